import { Anchor, Badge, DataList, Group, List, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Aanvraag, AanvraagTermijn } from '../../../../../../shared/ama-wvg/aanvraag.contract';
import { formatDatum } from '../../../../components/format';
import { Leeg } from '../../../../components/States';
import { useSessie } from '../../../../api/hooks';
import { StatusBadge } from '../../../../components/StatusBadge';
import { BACHELOR_LABELS, KANAAL_AANVRAAG } from '../labels';
import { Sectie, Veld } from '../../../../components/dossier/Sectie';
import { TermijnKaart, termijnLijstStijl } from '../../../../components/dossier/TermijnKaart';

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

/** The checks of art. 46 on the date of the application: ok or not, the Dutch message and the article. */
export function Controles({ a }: { a: Aanvraag }) {
  const niet = a.controles.filter((c) => !c.ok).length;
  return (
    <Sectie
      id="controles"
      titel="Controles"
      acties={
        <StatusBadge info={niet ? { label: `${niet} niet in orde`, kleur: 'red' } : { label: 'Alles in orde', kleur: 'green' }} />
      }
    >
      <Paper withBorder p="sm">
        <List spacing="xs" listStyleType="none" data-testid="controles" p={0} m={0}>
          {a.controles.map((c) => (
            <List.Item key={c.code}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge color={c.ok ? 'green' : 'red'} variant={c.ok ? 'light' : 'filled'} radius="xs" tt="none" miw={82} style={{ flexShrink: 0 }}>
                  {c.ok ? 'In orde' : 'Niet in orde'}
                </Badge>
                <Text size="sm">
                  {c.melding}{' '}
                  <Text span size="xs" c="dimmed">
                    ({c.artikel})
                  </Text>
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      </Paper>
    </Sectie>
  );
}

function TermijnRij({ t }: { t: AanvraagTermijn }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const stand = t.afgerond
    ? { label: 'Afgerond', kleur: 'gray' }
    : vandaag && t.vervaldatum < vandaag
      ? { label: 'Verstreken', kleur: 'red' }
      : { label: 'Loopt', kleur: 'blue' };
  return <TermijnKaart omschrijving={t.omschrijving} vervaldatum={t.vervaldatum} stand={stand} afleiding={t.afleiding} />;
}

/** The legal deadlines with their derivation, and the suspensions (requests for information). */
export function Termijnen({ a }: { a: Aanvraag }) {
  return (
    <Stack gap="lg">
      <Sectie id="termijnen" titel="Termijnen">
        <Stack gap="xs" component="ul" style={termijnLijstStijl} data-testid="termijnen">
          {a.termijnen.map((t) => (
            <TermijnRij key={t.soort} t={t} />
          ))}
        </Stack>
      </Sectie>
      <Sectie id="opschortingen" titel="Opschortingen">
        {a.opschortingen.length === 0 ? (
          <Leeg>Geen opschortingen.</Leeg>
        ) : (
          <Paper withBorder>
            <Table verticalSpacing="xs" aria-labelledby="opschortingen-titel" data-testid="opschortingen">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Van</Table.Th>
                  <Table.Th>Tot</Table.Th>
                  <Table.Th>Gevraagd</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.opschortingen.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>{formatDatum(o.van)}</Table.Td>
                    <Table.Td>{o.tot ? formatDatum(o.tot) : <StatusBadge info={{ label: 'Loopt nog', kleur: 'orange' }} />}</Table.Td>
                    <Table.Td>
                      {o.reden}
                      {o.antwoordUiterlijk && !o.tot && (
                        <Text size="xs" c="dimmed">
                          Antwoord uiterlijk {formatDatum(o.antwoordUiterlijk)}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </Sectie>
    </Stack>
  );
}
