import { Anchor, DataList, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Procedure } from '../../../../../shared/engines/procedure.contract';
import type { BezwaarRij } from '../../../../../shared/engines/bezwaar.contract';
import { formatDatum } from '../../../components/format';
import { Leeg } from '../../../components/States';
import { Sectie, Veld } from '../../../components/dossier/Sectie';
import { TermijnKaart, termijnLijstStijl } from '../../../components/dossier/TermijnKaart';
import { dossierLink } from '../../../components/dossier/labels';
import { beslissingTypeLabel } from '../../../components/dossier/labels';
import { StatusBadge } from '../../../components/StatusBadge';
import { BEZWAAR_STATUS, TERMIJN_STAND, TIJDIGHEID, UITKOMST } from './labels';

export function ProcedureGegevens({ p }: { p: Procedure }) {
  const recht = dossierLink(p.rechtEntiteit, p.rechtId);
  return (
    <Sectie id="gegevens" titel="Voornemen">
      <Paper withBorder p="md">
        <DataList labelWidth={210} gap="xs" data-testid="procedure-gegevens">
          <Veld label="Organisatie">
            <Anchor component={Link} to={`/organisaties/${p.organisatieId}`} fz="inherit">
              {p.organisatieNaam}
            </Anchor>
          </Veld>
          <Veld label="Over">
            {recht ? (
              <Anchor component={Link} to={recht} fz="inherit">
                {p.rechtOmschrijving}
              </Anchor>
            ) : (
              p.rechtOmschrijving
            )}
          </Veld>
          <Veld label="Voornemen van">{formatDatum(p.voornemenDatum)}</Veld>
          <Veld label="Gronden">
            <Text span fz="inherit" style={{ whiteSpace: 'pre-wrap' }}>
              {p.gronden}
            </Text>
          </Veld>
          <Veld label="Feiten">
            <Text span fz="inherit" style={{ whiteSpace: 'pre-wrap' }}>
              {p.feiten}
            </Text>
          </Veld>
          <Veld label="Brief voornemen">
            {p.voornemenDocumentId && (
              <Anchor component={Link} to={`/brieven/${p.voornemenDocumentId}`} fz="inherit">
                Brief openen
              </Anchor>
            )}
          </Veld>
          <Veld label="Ter kennis gebracht op">{p.kennisgevingsdatum ? formatDatum(p.kennisgevingsdatum) : 'Nog niet: registreer de verzending van het voornemen'}</Veld>
          <Veld label="Reactietermijn">{`${p.reactieTermijnDagen} dagen vanaf de kennisgeving`}</Veld>
          <Veld label="Reactie">
            {p.reactie ? `Ontvangen op ${formatDatum(p.reactie.ontvangenOp)}: ${p.reactie.samenvatting}` : 'Nog geen reactie'}
          </Veld>
          <Veld label="Vraagt om gehoord te worden">{p.hoorzittingGevraagd ? 'Ja' : 'Nee'}</Veld>
          <Veld label="Behandelaar">{p.behandelaar}</Veld>
          {p.afgeslotenOp && <Veld label="Afgesloten">{`Op ${formatDatum(p.afgeslotenOp)}: ${p.afsluitReden ?? ''}`}</Veld>}
        </DataList>
      </Paper>
    </Sectie>
  );
}

export function ProcedureTermijnen({ p }: { p: Procedure }) {
  return (
    <Sectie id="termijnen" titel="Termijnen">
      <Stack gap="xs" component="ul" style={termijnLijstStijl} data-testid="termijnen">
        {p.termijnen.map((t) => (
          <TermijnKaart key={t.soort} omschrijving={t.omschrijving} vervaldatum={t.vervaldatum} stand={TERMIJN_STAND[t.stand]} afleiding={t.afleiding} />
        ))}
      </Stack>
    </Sectie>
  );
}

export function Hoorzittingen({ p }: { p: Procedure }) {
  return (
    <Sectie id="hoorzittingen" titel="Hoorzitting">
      {p.hoorzittingen.length === 0 ? (
        <Leeg>{p.hoorzittingGevraagd ? 'De organisatie vraagt om gehoord te worden; nog geen hoorzitting gepland.' : 'Geen hoorzitting.'}</Leeg>
      ) : (
        <Stack gap="xs">
          {p.hoorzittingen.map((h) => (
            <Paper key={h.id} withBorder p="sm" data-testid="hoorzitting">
              <Text size="sm" fw={600}>
                {formatDatum(h.datum)}
                {h.uur ? ` om ${h.uur} uur` : ''}, {h.plaats}{' '}
                <StatusBadge info={h.gehouden ? { label: 'Gehouden', kleur: 'green' } : { label: 'Gepland', kleur: 'violet' }} />
              </Text>
              {h.aanwezigen && <Text size="sm">Aanwezigen: {h.aanwezigen}</Text>}
              {h.verslag && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  Verslag: {h.verslag}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {h.uitnodigingDocumentId && (
                  <Anchor component={Link} to={`/brieven/${h.uitnodigingDocumentId}`} fz="inherit">
                    Uitnodiging
                  </Anchor>
                )}
                {h.verslagDocumentId && (
                  <>
                    {' · '}
                    <Anchor component={Link} to={`/brieven/${h.verslagDocumentId}`} fz="inherit">
                      Verslag (brief)
                    </Anchor>
                  </>
                )}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Sectie>
  );
}

/** Objections: against which decision, received, in time, handling deadline, outcome. */
export function BezwarenTabel({ bezwaren, labelledBy }: { bezwaren: BezwaarRij[]; labelledBy: string }) {
  if (bezwaren.length === 0) return <Leeg>Geen bezwaren.</Leeg>;
  return (
    <Paper withBorder>
      <Table striped verticalSpacing="xs" aria-labelledby={labelledBy} data-testid="bezwaren">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Bezwaar</Table.Th>
            <Table.Th>Tegen</Table.Th>
            <Table.Th>Ontvangen</Table.Th>
            <Table.Th>Tijdig</Table.Th>
            <Table.Th>Beslissen uiterlijk</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bezwaren.map((z) => (
            <Table.Tr key={z.id}>
              <Table.Td>
                <Anchor component={Link} to={`/bezwaren/${z.id}`} fz="inherit">
                  Bezwaar {z.id}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/beslissingen/${z.beslissingId}`} fz="inherit">
                  {beslissingTypeLabel(z.beslissingType)}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatDatum(z.ontvangenOp)}</Table.Td>
              <Table.Td>
                <StatusBadge info={TIJDIGHEID[z.tijdigheid]} />
              </Table.Td>
              <Table.Td>{z.status === 'beslist' ? '' : formatDatum(z.behandelingUiterlijk)}</Table.Td>
              <Table.Td>
                <StatusBadge info={z.uitkomst ? { label: UITKOMST[z.uitkomst].label, kleur: 'green' } : z.ontwerpBeslissingId ? { label: 'Wacht op goedkeuring', kleur: 'orange' } : BEZWAAR_STATUS[z.status]} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
