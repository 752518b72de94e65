import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { WSE_BEHANDELAARS } from '../../../../shared/ama-se/contingent.contract';
import type { AfrekeningRunDetail, VoorschotRunDetail } from '../../../../shared/ama-se/geld.contract';
import { useApi } from '../../api/hooks';
import { Fout, Laden } from '../../components/States';
import { formatDatum, formatEuro, maandNaamVan } from '../../components/format';
import { BetaalRunPagina, Getal } from '../../components/betaalrun/BetaalRunPagina';
import { periodeLabel } from '../../components/betaalrun/labels';
import { AFREKENING_BETALING_KOLOMMEN, VOORSCHOT_BETALING_KOLOMMEN } from './columns';

const LEZERS = [...WSE_BEHANDELAARS, 'ondertekenaar'] as const;
const TERUGVORDERING = {
  procedureSoort: '',
  gronden: 'Artikel 65 en 68 van het besluit van 18 november 2022: subsidie die niet of niet meer verschuldigd is, wordt teruggevorderd of verrekend.',
  wie: 'dit maatwerkbedrijf',
};

/** One monthly advance run AMA SE (art. 68): the generic payment-run page with the month's rule. */
export function VoorschotRunPage() {
  const runId = Number(useParams().id);
  const run = useApi('voorschot.get', { runId });
  if (run.isError) return <Fout error={run.error} titel="Voorschotrun niet gevonden" opnieuw={() => void run.refetch()} />;
  if (!run.data) return <Laden />;
  const r: VoorschotRunDetail = run.data;
  return (
    <BetaalRunPagina
      run={r}
      titel={`Voorschot AMA SE — ${periodeLabel(r.periode)}`}
      invalidates={['voorschot.get', 'voorschot.list', 'betaalrun.get', 'document.list']}
      kolommen={VOORSCHOT_BETALING_KOLOMMEN}
      begunstigde={['maatwerkbedrijf', 'maatwerkbedrijven']}
      lezers={LEZERS}
      samenvatting={
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} maw={1100}>
            <Getal label="Maatwerkbedrijven" waarde={String(r.berekening.organisaties)} />
            <Getal label="Voorschotten samen" waarde={formatEuro(r.totaalCent)} testid="totaal-verschuldigd" />
            <Getal label="Te betalen" waarde={formatEuro(r.teBetalenTotaalCent)} testid="totaal-te-betalen" />
            <Getal label="Betaling uiterlijk" waarde={formatDatum(r.berekening.betaaldatum)} />
          </SimpleGrid>
          <Paper withBorder p="md" maw={1100}>
            <Title order={2} size="h4" mb="xs">Regel (art. 68)</Title>
            <Text size="sm">
              {r.berekening.pctBp / 100} % × contingent × {formatEuro(r.berekening.bedragCent)} ÷ 12; het contingent telt per dag zoals het in {periodeLabel(r.periode)} gold.
            </Text>
          </Paper>
        </>
      }
      begunstigdeDetail={(b) => <Text size="sm">{b.organisatieNaam}: gemiddeld {b.berekening.plaatsen.toLocaleString('nl-BE')} plaatsen ({b.berekening.plaatsDagen} plaatsdagen ÷ {b.berekening.dagenInMaand} dagen).</Text>}
      terugvordering={{ ...TERUGVORDERING, procedureSoort: 'terugvordering-voorschot-ama-se' }}
    />
  );
}

/** One yearly settlement AMA SE (art. 68): fill rate, subsidy capped at the contingent, advances deducted. */
export function AfrekeningRunPage() {
  const runId = Number(useParams().id);
  const run = useApi('contingent.afrekening', { runId });
  if (run.isError) return <Fout error={run.error} titel="Jaarafrekening niet gevonden" opnieuw={() => void run.refetch()} />;
  if (!run.data) return <Laden />;
  const r: AfrekeningRunDetail = run.data;
  const bedrag = r.berekening.bedragen.find((x) => x.van <= r.berekening.tot && (x.tot === null || x.tot >= r.berekening.tot));
  const subsidie = r.rijen.reduce((s, x) => s + x.subsidieCent, 0);
  const voorschotten = r.rijen.reduce((s, x) => s + x.voorschottenCent, 0);
  return (
    <BetaalRunPagina
      run={r}
      titel={`Jaarafrekening AMA SE — ${r.periode}`}
      invalidates={['contingent.afrekening', 'contingent.afrekeningen', 'betaalrun.get', 'document.list']}
      kolommen={AFREKENING_BETALING_KOLOMMEN}
      begunstigde={['maatwerkbedrijf', 'maatwerkbedrijven']}
      lezers={LEZERS}
      samenvatting={
        <>
          <SimpleGrid cols={{ base: 2, md: 5 }} maw={1280}>
            <Getal label="Subsidie" waarde={formatEuro(subsidie)} testid="totaal-subsidie" />
            <Getal label="Voorschotten" waarde={formatEuro(voorschotten)} />
            <Getal label="Saldo" waarde={formatEuro(r.totaalCent)} testid="totaal-verschuldigd" />
            <Getal label="Te betalen" waarde={formatEuro(r.teBetalenTotaalCent)} testid="totaal-te-betalen" />
            <Getal label="Terug te vorderen" waarde={formatEuro(r.terugTeVorderenCent)} />
          </SimpleGrid>
          <Paper withBorder p="md" maw={1280}>
            <Title order={2} size="h4" mb="xs">Regel (art. 68)</Title>
            <Text size="sm">
              Deelnemersjaren = dagen met een begeleidingsovereenkomst ÷ {r.berekening.deler}; subsidie = het kleinste van deelnemersjaren en contingent × {bedrag ? formatEuro(bedrag.bedragCent) : '—'};
              min de goedgekeurde voorschotten van {r.periode}. Afrekening uiterlijk {formatDatum(r.berekening.uiterlijk)} (laatste werkdag van {maandNaamVan(r.berekening.uiterlijk)}).
            </Text>
            <Text size="xs" c="dimmed" mt={4}>{r.berekening.afrondingsregel}</Text>
          </Paper>
        </>
      }
      begunstigdeDetail={(b) => (
        <Text size="sm">
          {b.organisatieNaam}: contingent {b.berekening.contingentPlaatsen.toLocaleString('nl-BE')} plaatsen, {b.berekening.deelnemersdagen} deelnemersdagen in {b.berekening.deelnames} overeenkomsten ={' '}
          {b.berekening.deelnemersjaren.toLocaleString('nl-BE')} deelnemersjaren, invullingsgraad {b.berekening.bezettingsgraad === null ? '—' : `${b.berekening.bezettingsgraad.toLocaleString('nl-BE')} %`}
          {b.berekening.begrensd ? ' (subsidie begrensd tot het contingent)' : ''}.
        </Text>
      )}
      terugvordering={{ ...TERUGVORDERING, procedureSoort: 'terugvordering-afrekening-ama-se' }}
    />
  );
}
