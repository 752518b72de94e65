import { useMemo } from 'react';
import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { SUBSIDIE_LEZERS, type SubsidieBetalingRij, type SubsidieRunDetail } from '../../../../../shared/ama-wvg/subsidie.contract';
import { useApi } from '../../../api/hooks';
import { Fout, Laden } from '../../../components/States';
import { formatAantal, formatDatum, formatEuro } from '../../../components/format';
import { BetaalRunPagina, Getal } from '../../../components/betaalrun/BetaalRunPagina';
import { periodeLabel } from '../../../components/betaalrun/labels';
import { BETALING_KOLOMMEN } from './columns';

/** One subsidy run: the generic payment-run page with the cap and the lines per participant of a begeleider. */
export function SubsidieRunPage() {
  const runId = Number(useParams().id);
  const run = useApi('subsidie.get', { runId });
  if (run.isError) return <Fout error={run.error} titel="Subsidierun niet gevonden" opnieuw={() => void run.refetch()} />;
  if (!run.data) return <Laden />;
  return (
    <BetaalRunPagina
      run={run.data}
      titel={`Subsidie AMA WVG — ${periodeLabel(run.data.periode)}`}
      invalidates={['subsidie.get', 'subsidie.list', 'betaalrun.get', 'document.list']}
      kolommen={BETALING_KOLOMMEN}
      begunstigde={['begeleider', 'begeleiders']}
      lezers={SUBSIDIE_LEZERS}
      samenvatting={<Samenvatting run={run.data} />}
      begunstigdeDetail={(b) => <Begeleider run={run.data} b={b as SubsidieBetalingRij} />}
      terugvordering={{
        procedureSoort: 'terugvordering-subsidie-ama-wvg',
        gronden: 'Artikel 50 van het besluit van 18 november 2022: niet verschuldigde subsidie wordt teruggevorderd.',
        wie: 'deze begeleider',
      }}
    />
  );
}

function Samenvatting({ run }: { run: SubsidieRunDetail }) {
  const b = run.berekening;
  const toets = b.plafond.toets;
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 5 }} maw={1280}>
        <Getal label="Begeleiders" waarde={formatAantal(run.aantalBegunstigden)} />
        <Getal label="Verschuldigd voor het halfjaar" waarde={formatEuro(run.totaalCent)} testid="totaal-verschuldigd" />
        <Getal label="Verschil met eerdere afrekeningen" waarde={formatEuro(run.saldoTotaalCent)} />
        <Getal label="Te betalen" waarde={formatEuro(run.teBetalenTotaalCent)} testid="totaal-te-betalen" />
        <Getal label="Terug te vorderen" waarde={formatEuro(run.terugTeVorderenCent)} />
      </SimpleGrid>
      <Paper withBorder p="md" component="section" aria-labelledby="plafond-titel" maw={1280} data-testid="plafond">
        <Title order={2} size="h4" id="plafond-titel" mb="xs">
          Maximum aantal begeleidingen
        </Title>
        <Text size="sm">
          {formatAantal(toets.maxBegeleidingenJaar)} gesubsidieerde begeleidingen per jaar; toegestaan voor {toets.grondslag === 'jaar' ? 'het jaar' : 'het halfjaar'}:{' '}
          <strong>{toets.toegestaan}</strong>. Geteld: <strong>{toets.begeleidingen}</strong> deelnemerjaren ({formatAantal(toets.dagenTotaal)} begeleide dagen).{' '}
          {toets.overschreden ? (
            <>
              Het maximum is overschreden: <strong>vermindering met {toets.verminderingspercentage}</strong> — {b.plafond.regelOmschrijving}
            </>
          ) : (
            'Het maximum is niet overschreden: geen vermindering.'
          )}
        </Text>
        <Text size="xs" c="dimmed" mt={4}>
          {toets.formule}
        </Text>
        <Text size="xs" c="dimmed" mt={4}>
          Jaarbedrag per deelnemer: {b.bedragen.map((x) => `${formatEuro(x.bedragCent)} vanaf ${formatDatum(x.van)}`).join(', ')}. {b.afrondingsregel} Uitbetaling
          uiterlijk {formatDatum(b.uitbetalingUiterlijk)}.
        </Text>
      </Paper>

    </>
  );
}

/** The participant lines of one begeleider, with each line's computation. */
function Begeleider({ run, b }: { run: SubsidieRunDetail; b: SubsidieBetalingRij }) {
  const lijnen = useApi('subsidie.lijnen', { runId: run.id, organisatieId: b.organisatieId });
  const totaal = useMemo(() => (lijnen.data ?? []).reduce((s, l) => s + l.bedragCent, 0), [lijnen.data]);
  return (
    <>
      <Text size="sm" mb="xs">
        {b.berekening.formule}
      </Text>
      {lijnen.isError ? (
        <Fout error={lijnen.error} opnieuw={() => void lijnen.refetch()} />
      ) : !lijnen.data ? (
        <Laden />
      ) : (
        <Table striped withTableBorder aria-label="Berekening per deelnemer" data-testid="lijnen">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Deelnemer</Table.Th>
              <Table.Th>Begeleide periode(s)</Table.Th>
              <Table.Th ta="right">Dagen</Table.Th>
              <Table.Th>Berekening</Table.Th>
              <Table.Th ta="right">Bedrag</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lijnen.data.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>{l.deelnemer}</Table.Td>
                <Table.Td>{l.perioden.map((p) => `${formatDatum(p.van)} – ${formatDatum(p.tot)}`).join(', ')}</Table.Td>
                <Table.Td ta="right">{l.dagen}</Table.Td>
                <Table.Td>
                  <Text size="xs">{l.formule}</Text>
                  <Text size="xs" c="dimmed">
                    {l.afronding}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatEuro(l.bedragCent)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td colSpan={4} fw={700}>
                Som van de lijnen (bruto)
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {formatEuro(totaal)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}

