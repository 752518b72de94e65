import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import type { CompensatieBegunstigde, CompensatieRunDetail } from '../../../../shared/swv-zorg/compensatie.contract';
import { COMPENSATIE_LEZERS } from '../../../../shared/swv-zorg/compensatie.contract';
import type { Betaling } from '../../../../shared/engines/betaalrun.contract';
import { useApi } from '../../api/hooks';
import { DataGrid } from '../../components/DataGrid';
import { Fout, Laden } from '../../components/States';
import { aantalMet, formatAantal, formatDatum, formatEuro, formatPercentage } from '../../components/format';
import { BetaalRunPagina, Getal } from '../../components/betaalrun/BetaalRunPagina';
import { periodeLabel } from '../../components/betaalrun/labels';
import { volledigeKop, euroKolom } from '../../components/kolommen';
import type { ColDef } from 'ag-grid-community';
import type { CompensatieRij } from '../../../../shared/swv-zorg/compensatie.contract';
import { COMPENSATIE_BETALING_KOLOMMEN } from './columns';

const LIJN_KOLOMMEN: ColDef<CompensatieRij>[] = ([
  { field: 'trajectnummer', headerName: 'Traject', minWidth: 130, pinned: 'left' },
  { field: 'deelnemer', headerName: 'Deelnemer', minWidth: 110 },
  { field: 'einddatum', headerName: 'Einde', minWidth: 110, valueFormatter: (p) => formatDatum(String(p.value ?? '')) },
  { field: 'percentage', headerName: '%', minWidth: 70, type: 'rightAligned' },
  euroKolom<CompensatieRij>('bedragCent', 'Bedrag'),
  euroKolom<CompensatieRij>('reedsBetaaldCent', 'Reeds betaald'),
  euroKolom<CompensatieRij>('teBetalenCent', 'Te betalen'),
  { field: 'reden', headerName: 'Reden', flex: 3, minWidth: 420, wrapText: true, autoHeight: true },
] satisfies ColDef<CompensatieRij>[] as ColDef<CompensatieRij>[]).map(volledigeKop);

/** One compensation run: the generic payment-run page with the rule's parameters and the trajectories of an aanspreekpunt. */
export function CompensatieRunPage() {
  const runId = Number(useParams().id);
  const run = useApi('compensatie.get', { runId });
  if (run.isError) return <Fout error={run.error} titel="Compensatierun niet gevonden" opnieuw={() => void run.refetch()} />;
  if (!run.data) return <Laden />;
  return (
    <BetaalRunPagina
      run={run.data}
      titel={`Compensatie samenwerkingsverbanden Zorg — ${periodeLabel(run.data.periode)}`}
      invalidates={['compensatie.get', 'compensatie.list', 'betaalrun.get', 'document.list']}
      kolommen={COMPENSATIE_BETALING_KOLOMMEN}
      begunstigde={['aanspreekpunt', 'aanspreekpunten']}
      lezers={COMPENSATIE_LEZERS}
      samenvatting={<Samenvatting run={run.data} />}
      begunstigdeDetail={(b) => <Trajecten runId={run.data.id} b={b} />}
      terugvordering={{
        procedureSoort: 'terugvordering-compensatie-swv-zorg',
        gronden: 'Artikel 38 van het besluit van 18 november 2022: compensatie die niet of niet meer verschuldigd is, wordt teruggevorderd of verminderd.',
        wie: 'dit aanspreekpunt',
      }}
    />
  );
}

function Samenvatting({ run }: { run: CompensatieRunDetail }) {
  const b = run.berekening;
  const bedrag = b.bedragen.find((x) => x.van <= b.tot && (x.tot === null || x.tot >= b.tot));
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 5 }} maw={1280}>
        <Getal label="Trajecten geëindigd" waarde={formatAantal(b.aantalTrajecten)} testid="aantal-trajecten" />
        <Getal label={`${formatPercentage(b.pctVolledigBp)} / ${formatPercentage(b.pctVroegtijdigBp)} / ${formatPercentage(b.pctKortBp)}`} waarde={`${b.aantal100} / ${b.aantal60} / ${b.aantal0}`} />
        <Getal label="Verschuldigd voor het halfjaar" waarde={formatEuro(run.totaalCent)} testid="totaal-verschuldigd" />
        <Getal label="Te betalen" waarde={formatEuro(run.teBetalenTotaalCent)} testid="totaal-te-betalen" />
        <Getal label="Terug te vorderen" waarde={formatEuro(run.terugTeVorderenCent)} />
      </SimpleGrid>
      <Paper withBorder p="md" component="section" aria-labelledby="regel-titel" maw={1280}>
        <Title order={2} size="h4" id="regel-titel" mb="xs">
          Regel (art. 20–21)
        </Title>
        <Text size="sm">
          {bedrag ? formatEuro(bedrag.bedragCent) : '—'} per traject: {b.pctVolledigBp / 100} % met eindverslag en eindadvies, {b.pctVroegtijdigBp / 100} % bij een vroegtijdig einde, telkens na minstens{' '}
          {b.minimumMaanden} maanden vanaf het trajectplan; {b.pctKortBp / 100} % voor een korter traject. Trajecten aangemeld vóór {formatDatum(b.regelingVanaf)} vallen onder de vroegere regeling (in dit halfjaar geëindigd: {b.oudeRegeling}).
          Uitbetaling uiterlijk {formatDatum(b.uitbetalingUiterlijk)}.
        </Text>
        <Text size="xs" c="dimmed" mt={4}>
          {b.afrondingsregel}
        </Text>
      </Paper>
    </>
  );
}

function Trajecten({ runId, b }: { runId: number; b: Betaling<CompensatieBegunstigde> }) {
  const lijnen = useApi('compensatie.lijnen', { runId, organisatieId: b.organisatieId });
  if (lijnen.isError) return <Fout error={lijnen.error} opnieuw={() => void lijnen.refetch()} />;
  return (
    <>
      <Text size="sm" mb="xs">
        {b.berekening.swvNamen.join(', ')}: {aantalMet(b.berekening.trajecten, 'traject', 'trajecten')}, {formatEuro(b.berekening.bedragCent)}
        {b.berekening.andereHalfjarenCent ? `, waarvan ${formatEuro(b.berekening.andereHalfjarenCent)} al in een ander halfjaar betaald` : ''}.
      </Text>
      <DataGrid<CompensatieRij>
        gridId="compensatie-lijnen"
        ariaLabel="Trajecten van het aanspreekpunt"
        rowData={lijnen.data}
        loading={lijnen.isPending}
        columnDefs={LIJN_KOLOMMEN}
        getRowId={(r) => String(r.trajectId)}
        rijNaam={['traject', 'trajecten']}
        height={360}
      />
    </>
  );
}
