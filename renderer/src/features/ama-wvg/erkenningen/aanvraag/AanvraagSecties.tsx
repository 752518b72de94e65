import { Anchor, DataList, Paper, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { Aanvraag } from '../../../../../../shared/ama-wvg/aanvraag.contract';
import { formatDatum } from '../../../../components/format';
import { Leeg } from '../../../../components/States';
import { BACHELOR_LABELS, KANAAL_AANVRAAG } from '../labels';
import { Sectie, Veld } from '../../../../components/dossier/Sectie';

export function AanvraagGegevens({ a, erkenningId }: { a: Aanvraag; erkenningId: number | null }) {
  return (
    <Sectie id="gegevens" titel="Gegevens">
      <Paper withBorder p="md">
        <DataList labelWidth={210} gap="xs" data-testid="aanvraag-gegevens">
          <Veld label="Organisatie">
            <Anchor component={Link} to={`/organisaties/${a.organisatieId}`} fz="inherit">
              {a.organisatieNaam}
            </Anchor>{' '}
            ({a.organisatieKbo})
          </Veld>
          <Veld label="Ontvangen op">{formatDatum(a.ontvangenOp)}</Veld>
          <Veld label="Kanaal">{KANAAL_AANVRAAG[a.kanaal] ?? a.kanaal}</Veld>
          <Veld label="Uw kenmerk">{a.uwKenmerk}</Veld>
          <Veld label="Hernieuwing van">
            {a.hernieuwingVanId ? (
              <Anchor component={Link} to={`/erkenningen/${a.hernieuwingVanId}`} fz="inherit">
                Erkenning {a.hernieuwingVanId}
              </Anchor>
            ) : (
              'Nee, eerste aanvraag'
            )}
          </Veld>
          <Veld label="Verzekering verklaard">{a.verzekeringVerklaard ? 'Ja' : 'Nee'}</Veld>
          <Veld label="Behandelaar">{a.behandelaar}</Veld>
          <Veld label="Opmerkingen">{a.opmerkingen}</Veld>
          {erkenningId && (
            <Veld label="Erkenning">
              <Anchor component={Link} to={`/erkenningen/${erkenningId}`} fz="inherit">
                Naar de erkenning
              </Anchor>
            </Veld>
          )}
        </DataList>
      </Paper>
    </Sectie>
  );
}

/** Staff with their INSZ: personal data, shown only here and on the registration form. */
export function Personeel({ a }: { a: Aanvraag }) {
  return (
    <Sectie id="personeel" titel="Begeleidend personeel">
      {a.personeel.length === 0 ? (
        <Leeg>Geen personeelsleden opgegeven.</Leeg>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-labelledby="personeel-titel">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Naam</Table.Th>
                <Table.Th>Rijksregisternummer</Table.Th>
                <Table.Th>Kwalificatie</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.personeel.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.naam}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.insz}</Table.Td>
                  <Table.Td>
                    {p.bachelorRichting
                      ? `Bachelor ${BACHELOR_LABELS[p.bachelorRichting]?.toLowerCase() ?? p.bachelorRichting}`
                      : p.ervaringJaren !== null
                        ? `${p.ervaringJaren} jaar ervaring met de doelgroep`
                        : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Sectie>
  );
}
