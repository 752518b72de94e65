import { Anchor, DataList, Grid, Paper, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden } from '../../components/States';
import { Sectie, Veld } from '../../components/dossier/Sectie';
import { formatDatum, formatEuro, formatTijdstip } from '../../components/format';
import { periodeLabel } from '../../components/betaalrun/labels';
import { TRAJECT_STATUS } from './labels';

const VELD_LABEL: Record<string, string> = {
  regioCode: 'Regio', datumAanmelding: 'Aanmelding', datumTrajectplan: 'Trajectplan', status: 'Status', datumEinde: 'Einde', datumEindverslag: 'Eindverslag',
  datumEindadvies: 'Eindadvies', redenEinde: 'Reden einde', swvId: 'Samenwerkingsverband',
};
const waarde = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDatum(v) : String(v));

/** One activeringstraject: its data as VDAB supplied them, the attribution, the history of re-imports and the compensation. */
export function TrajectDetailPage() {
  const id = Number(useParams().id);
  const t = useApi('traject.get', { id });
  if (t.isError) return <Fout error={t.error} titel="Traject niet gevonden" opnieuw={() => void t.refetch()} />;
  const d = t.data;
  if (!d) return <Laden />;
  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to="/samenwerkingsverbanden/trajecten">
          ← Trajecten
        </Anchor>
      </Text>
      <PageHeader titel={`Traject ${d.trajectnummer}`} intro={d.toewijzing} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Sectie id="gegevens" titel="Gegevens van VDAB">
            <Paper withBorder p="md">
              <DataList labelWidth={200} gap="xs">
                <Veld label="Deelnemer">{d.deelnemer}</Veld>
                <Veld label="Rijksregisternummer">{d.insz}</Veld>
                <Veld label="Werk- en zorgregio">{d.regioNaam}</Veld>
                <Veld label="Samenwerkingsverband">
                  {d.swvId ? (
                    <Anchor component={Link} to={`/samenwerkingsverbanden/${d.swvId}`} fz="inherit">
                      {d.swvNaam}
                    </Anchor>
                  ) : null}
                </Veld>
                <Veld label="Aanmelding">{formatDatum(d.datumAanmelding)}</Veld>
                <Veld label="Trajectplan">{formatDatum(d.datumTrajectplan)}</Veld>
                <Veld label="Status">{TRAJECT_STATUS[d.status]}</Veld>
                <Veld label="Einde">{formatDatum(d.datumEinde)}</Veld>
                <Veld label="Eindverslag">{formatDatum(d.datumEindverslag)}</Veld>
                <Veld label="Eindadvies">{formatDatum(d.datumEindadvies)}</Veld>
                <Veld label="Reden einde">{d.redenEinde}</Veld>
                <Veld label="Einde volgens art. 21">{formatDatum(d.einde)}</Veld>
                <Veld label="Betaald">{formatEuro(d.betaaldCent)}</Veld>
              </DataList>
            </Paper>
          </Sectie>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="lg">
            <Sectie id="compensatie" titel="Compensatie">
              {d.compensaties.length === 0 ? (
                <Text size="sm">Nog in geen enkele afrekening.</Text>
              ) : (
                <Table withTableBorder aria-labelledby="compensatie-titel">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Afrekening</Table.Th>
                      <Table.Th ta="right">%</Table.Th>
                      <Table.Th ta="right">Bedrag</Table.Th>
                      <Table.Th ta="right">Te betalen</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.compensaties.map((c) => (
                      <Table.Tr key={c.runId}>
                        <Table.Td>
                          <Anchor component={Link} to={`/samenwerkingsverbanden/compensatie/${c.runId}`}>
                            {periodeLabel(c.periode)} ({c.volgnummer}, {c.status})
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {c.reden}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{c.percentage}</Table.Td>
                        <Table.Td ta="right">{formatEuro(c.bedragCent)}</Table.Td>
                        <Table.Td ta="right">{formatEuro(c.teBetalenCent)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Sectie>
            <Sectie id="historiek" titel="Historiek van de imports">
              {d.historiek.length === 0 ? (
                <Text size="sm">Sinds de eerste import ongewijzigd.</Text>
              ) : (
                <Stack gap={4}>
                  {d.historiek.map((h) => (
                    <Text key={h.id} size="sm">
                      {formatTijdstip(h.gewijzigdOp)}: {Object.entries(h.wijzigingen).map(([k, [oud, nieuw]]) => `${VELD_LABEL[k] ?? k} ${waarde(oud)} → ${waarde(nieuw)}`).join('; ')}
                    </Text>
                  ))}
                </Stack>
              )}
            </Sectie>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
