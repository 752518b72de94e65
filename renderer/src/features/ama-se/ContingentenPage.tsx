import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, NativeSelect, NumberInput, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { WSE_BEHANDELAARS, WSE_IMPORTEURS, type ContingentOverzicht, type SeOproep } from '../../../../shared/ama-se/contingent.contract';
import { SE_DEELNAME_PAGINA, type SeDeelname } from '../../../../shared/ama-se/deelname.contract';
import type { AfrekeningRun, VoorschotRun } from '../../../../shared/ama-se/geld.contract';
import { AFRONDING_LABEL, AFRONDINGEN, type Afronding } from '../../../../shared/ama-se/contingent';
import { call, foutmelding } from '../../api/client';
import { useApi, useApiMutation, useJob, useParameterGetal, useSessie } from '../../api/hooks';
import { ImportPanel } from '../../components/ImportPanel';
import { jaren, maanden, NieuweBerekening } from '../../components/betaalrun/NieuweBerekening';
import { PageHeader } from '../../components/PageHeader';
import { TabbladGebied } from '../../components/TabbladGebied';
import { RegisterGrid } from '../../components/RegisterGrid';
import { PaginaGrid } from '../../components/PaginaGrid';
import { DataGrid } from '../../components/DataGrid';
import { JobVoortgangBalk } from '../../components/JobVoortgang';
import { useToast } from '../../components/Toasts';
import { aantalMet, formatAantal, formatDatum, formatPercentage, maandNaam, maandNaamVan } from '../../components/format';
import { useMag } from '../../components/rechten';
import { AFREKENINGRUN_KOLOMMEN, CONTINGENT_KOLOMMEN, DEELNAME_KOLOMMEN, EVALUATIE_KOLOMMEN, SE_OPROEP_KOLOMMEN, VOORSCHOTRUN_KOLOMMEN } from './columns';
import { Bevestiging } from '../../components/Bevestiging';
import { DatumVeld } from '../../components/DatumVeld';

export type SeTab = 'register' | 'oproepen' | 'deelnames' | 'voorschotten' | 'afrekeningen' | 'evaluatie' | 'importeren';

const TABS: { value: SeTab; label: string }[] = [
  { value: 'register', label: 'Contingenten' },
  { value: 'oproepen', label: 'Oproepen' },
  { value: 'deelnames', label: 'Begeleidingsovereenkomsten' },
  { value: 'voorschotten', label: 'Voorschotten' },
  { value: 'afrekeningen', label: 'Jaarafrekening' },
  { value: 'evaluatie', label: 'Evaluatie invulling' },
  { value: 'importeren', label: 'Importeren' },
];

/** The WSE workspace (BVR art. 56, 58–68, 76): contingents, calls, participations, advances, settlement and the evaluation of the fill rate. */
export function ContingentenPage({ tab }: { tab: SeTab }) {
  return (
    <>
      <PageHeader
        titel="Contingenten AMA SE"
        intro="Arbeidsmatige activiteiten in de sociale economie (Departement WSE): contingenten van de maatwerkbedrijven, oproepen, begeleidingsovereenkomsten, maandelijkse voorschotten, de jaarafrekening en de jaarlijkse evaluatie van de invulling (BVR 18 november 2022, art. 56 en 58–68)."
      />
      <TabbladGebied basis="/contingenten" naam="Contingenten AMA SE" tabs={TABS} tab={tab} inhoud={{ register: () => <RegisterTab />, oproepen: () => <OproepenTab />, deelnames: () => <DeelnamesTab />, voorschotten: () => <VoorschottenTab />, afrekeningen: () => <AfrekeningenTab />, evaluatie: () => <EvaluatieTab />, importeren: () => <ImporterenTab /> }} />
    </>
  );
}

function RegisterTab() {
  const navigate = useNavigate();
  const vandaag = useSessie().data?.vandaag ?? '';
  const [peildatum, setPeildatum] = useState('');
  const lijst = useApi('contingent.list', { peildatum: peildatum || vandaag || undefined });
  const open = useCallback((c: ContingentOverzicht) => navigate(`/contingenten/${c.organisatieId}`), [navigate]);
  const totaal = (lijst.data ?? []).reduce((s, c) => s + c.plaatsen, 0);
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="contingent-totaal">
        {formatAantal((lijst.data ?? []).filter((c) => c.plaatsen > 0).length)} maatwerkbedrijven met samen {formatAantal(totaal)} plaatsen op {formatDatum(peildatum || vandaag)}.
      </Text>
      <RegisterGrid<ContingentOverzicht>
        gridId="se-contingenten"
        ariaLabel="Contingenten AMA SE"
        query={lijst}
        columnDefs={CONTINGENT_KOLOMMEN}
        getRowId={(c) => String(c.organisatieId)}
        onOpen={open}
        rijNaam={['maatwerkbedrijf', 'maatwerkbedrijven']}
        height="calc(100vh - 400px)"
        toolbar={<DatumVeld label="Op datum" value={peildatum || vandaag} onChange={setPeildatum} w={170} />}
      />
    </Stack>
  );
}

function OproepenTab() {
  const navigate = useNavigate();
  const mag = useMag(WSE_BEHANDELAARS);
  const [nieuw, setNieuw] = useState(false);
  const lijst = useApi('seOproep.list', {});
  const open = useCallback((o: SeOproep) => navigate(`/contingenten/oproepen/${o.id}`), [navigate]);
  return (
    <Stack gap="sm">
      {mag && (
        <Group>
          <Button onClick={() => setNieuw(true)}>Nieuwe oproep</Button>
        </Group>
      )}
      <RegisterGrid<SeOproep>
        gridId="se-oproepen"
        ariaLabel="Oproepen voor plaatsen AMA SE"
        query={lijst}
        columnDefs={SE_OPROEP_KOLOMMEN}
        getRowId={(o) => String(o.id)}
        onOpen={open}
        rijNaam={['oproep', 'oproepen']}
        height="calc(100vh - 420px)"
      />
      {nieuw && <OproepDialoog onClose={() => setNieuw(false)} />}
    </Stack>
  );
}

function OproepDialoog({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const vandaag = useSessie().data?.vandaag ?? '';
  const mut = useApiMutation('seOproep.create', { invalidates: ['seOproep.list'] });
  const [v, setV] = useState({ titel: '', soort: 'toekenning' as 'toekenning' | 'herverdeling', plaatsen: 10, plaatsenVanaf: '', verdelingscriteria: '', prioriteitscriteria: '', advies: '', geopendOp: vandaag, sluitOp: '' });
  const [fout, setFout] = useState<string | null>(null);
  const zet = (k: keyof typeof v) => (e: { currentTarget: { value: string } }) => setV({ ...v, [k]: e.currentTarget.value });
  const bewaar = async () => {
    setFout(null);
    try {
      const o = await mut.mutateAsync(v);
      onClose();
      navigate(`/contingenten/oproepen/${o.id}`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Modal opened onClose={onClose} title="Nieuwe oproep voor plaatsen (art. 60–63)" size="lg" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <TextInput label="Titel" value={v.titel} onChange={zet('titel')} required data-autofocus />
        <SegmentedControl aria-label="Soort oproep" value={v.soort} onChange={(s) => setV({ ...v, soort: s as typeof v.soort })}
          data={[{ value: 'toekenning', label: 'Toekenning' }, { value: 'herverdeling', label: 'Herverdeling van vrijgekomen plaatsen' }]} />
        <Group grow>
          <NumberInput label="Te verdelen plaatsen" value={v.plaatsen} min={1} onChange={(n) => setV({ ...v, plaatsen: Number(n) || 0 })} />
          <DatumVeld label="Plaatsen gaan in op" value={v.plaatsenVanaf} onChange={(d) => setV({ ...v, plaatsenVanaf: d })} required />
        </Group>
        <Group grow>
          <DatumVeld label="Open vanaf" value={v.geopendOp} onChange={(d) => setV({ ...v, geopendOp: d })} required />
          <DatumVeld label="Sluit op" value={v.sluitOp} onChange={(d) => setV({ ...v, sluitOp: d })} required />
        </Group>
        <Textarea label="Verdelingscriteria" value={v.verdelingscriteria} onChange={zet('verdelingscriteria')} autosize minRows={2} required />
        <Textarea label="Prioriteitscriteria" value={v.prioriteitscriteria} onChange={zet('prioriteitscriteria')} autosize minRows={2} required />
        <TextInput label="Advies van de Adviescommissie Sociale Economie" description="Datum en kenmerk van het advies over de criteria (art. 60)." value={v.advies} onChange={zet('advies')} required />
        {fout && (
          <Alert color="red" role="alert" title="Niet bewaard">
            {fout}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void bewaar()} loading={mut.isPending}>
            Oproep openen
          </Button>
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function DeelnamesTab() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const contingenten = useApi('contingent.list', {});
  const [filter, setFilter] = useState({ organisatieId: params.get('organisatieId') ?? '', lopendOp: '', metSignaal: false });
  const invoer = useMemo(
    () => ({ organisatieId: filter.organisatieId ? Number(filter.organisatieId) : undefined, lopendOp: filter.lopendOp || undefined }),
    [filter.organisatieId, filter.lopendOp],
  );
  // Signals are worked out per row in the core, not in SQL: "only with a signal" reads the (short) filtered list whole.
  const metSignaal = useApi('seOvereenkomst.list', { ...invoer, metSignaal: true }, { enabled: filter.metSignaal });
  const open = useCallback((d: SeDeelname) => navigate(`/contingenten/deelnames/${d.id}`), [navigate]);
  const gemeen = {
    ariaLabel: 'Begeleidingsovereenkomsten AMA SE',
    columnDefs: DEELNAME_KOLOMMEN,
    getRowId: (d: SeDeelname) => String(d.id),
    onOpen: open,
    rijNaam: ['begeleidingsovereenkomst', 'begeleidingsovereenkomsten'] as [string, string],
    height: 'calc(100vh - 420px)',
    toolbar: (
        <>
          <NativeSelect label="Maatwerkbedrijf" value={filter.organisatieId} onChange={(e) => setFilter({ ...filter, organisatieId: e.currentTarget.value })} w={280}
            data={[{ value: '', label: 'Alle' }, ...(contingenten.data ?? []).map((c) => ({ value: String(c.organisatieId), label: c.naam }))]} />
          <DatumVeld label="Lopend op" value={filter.lopendOp} onChange={(d) => setFilter({ ...filter, lopendOp: d })} w={170} />
          <Checkbox label="Enkel met een signaal" checked={filter.metSignaal} onChange={(e) => setFilter({ ...filter, metSignaal: e.currentTarget.checked })} mt={24} />
        </>
    ),
  };
  return filter.metSignaal ? (
    <RegisterGrid<SeDeelname> gridId="se-deelnames-signalen" query={metSignaal} {...gemeen} />
  ) : (
    <PaginaGrid gridId="se-deelnames" exportNaam="begeleidingsovereenkomsten-ama-se" methode="seOvereenkomst.pagina" invoer={invoer} kolommen={SE_DEELNAME_PAGINA} {...gemeen} />
  );
}

/** The runs of one AMA SE scheme with "compute" (a period, progress) — the advances per month and the settlement per year. */
function RunsTab(p: {
  uitleg: string;
  knop: string;
  gridId: string;
  ariaLabel: string;
  runs: ReturnType<typeof useApi<'voorschot.list'>> | ReturnType<typeof useApi<'contingent.afrekeningen'>>;
  pad: string;
  kolommen: typeof VOORSCHOTRUN_KOLOMMEN | typeof AFREKENINGRUN_KOLOMMEN;
  bereken: (periode: string, jobId: string) => Promise<{ id: number; periode: string; volgnummer: number }>;
  bezig: boolean;
  dialoog: { titel: string; uitleg: string; startBericht: string; perioden: { opties: string[]; standaard: string; label: string } };
}) {
  const navigate = useNavigate();
  const mag = useMag(WSE_BEHANDELAARS);
  const [nieuw, setNieuw] = useState(false);
  const open = useCallback((r: VoorschotRun | AfrekeningRun) => navigate(`${p.pad}/${r.id}`), [navigate, p.pad]);
  return (
    <Stack gap="sm">
      <Text size="sm" maw={860}>{p.uitleg}</Text>
      {mag && (
        <Group>
          <Button onClick={() => setNieuw(true)}>{p.knop}</Button>
        </Group>
      )}
      <RegisterGrid<VoorschotRun | AfrekeningRun>
        gridId={p.gridId}
        ariaLabel={p.ariaLabel}
        query={p.runs as never}
        columnDefs={p.kolommen as never}
        getRowId={(r) => String(r.id)}
        onOpen={open}
        rijNaam={['betaalrun', 'betaalruns']}
        height="calc(100vh - 460px)"
      />
      <NieuweBerekening
        opened={nieuw}
        onClose={() => setNieuw(false)}
        titel={p.dialoog.titel}
        uitleg={p.dialoog.uitleg}
        bereken={p.bereken}
        bezig={p.bezig}
        samenvatting={() => 'voorstel klaar om na te kijken.'}
        pad={(id) => `${p.pad}/${id}`}
        startBericht={p.dialoog.startBericht}
        perioden={p.dialoog.perioden}
      />
    </Stack>
  );
}

function VoorschottenTab() {
  const runs = useApi('voorschot.list', {});
  const bereken = useApiMutation('voorschot.berekenVoorstel', { invalidates: ['voorschot.list', 'betaalrun.list'] });
  const vandaag = useSessie().data?.vandaag ?? '';
  const pct = useParameterGetal('AMA_SE_VOORSCHOT_PCT');
  return (
    <RunsTab
      uitleg={`Elke maand een voorschot van ${pct === undefined ? 'een percentage' : formatPercentage(pct)} van de subsidie: contingent × bedrag per deelnemer per jaar ÷ 12, met het contingent zoals het die maand gold (art. 68).`}
      knop="Voorschot berekenen" gridId="se-voorschotten" ariaLabel="Voorschotruns AMA SE" runs={runs} pad="/contingenten/voorschotten" kolommen={VOORSCHOTRUN_KOLOMMEN}
      bereken={(periode, jobId) => bereken.mutateAsync({ periode, jobId })} bezig={bereken.isPending}
      dialoog={{
        titel: 'Maandelijks voorschot berekenen',
        uitleg: 'Het voorstel berekent per maatwerkbedrijf het voorschot van de maand. Werd de maand al afgerekend, dan bevat het voorstel enkel het verschil.',
        startBericht: 'Contingenten lezen...',
        perioden: { ...maanden(vandaag), label: 'Maand' },
      }}
    />
  );
}

function AfrekeningenTab() {
  const runs = useApi('contingent.afrekeningen', {});
  const bereken = useApiMutation('contingent.berekenAfrekening', { invalidates: ['contingent.afrekeningen', 'betaalrun.list'] });
  const vandaag = useSessie().data?.vandaag ?? '';
  const maand = useParameterGetal('AMA_SE_AFREKENING_MAAND');
  const deler = useParameterGetal('AMA_SE_DEELNEMERSJAAR_DELER');
  return (
    <RunsTab
      uitleg={`Uiterlijk op de laatste werkdag van ${maand === undefined ? 'de afrekeningsmaand' : maandNaam(maand)} van het volgende jaar: per maatwerkbedrijf de dagen met een begeleidingsovereenkomst (deelnemersjaren = dagen ÷ ${deler === undefined ? 'de dagen per deelnemersjaar' : deler === 0 ? 'de dagen van het jaar' : deler}), de subsidie begrensd tot het contingent, min de voorschotten van het jaar. Een negatief saldo wordt verrekend of teruggevorderd (art. 68).`}
      knop="Jaarafrekening berekenen" gridId="se-afrekeningen" ariaLabel="Jaarafrekeningen AMA SE" runs={runs} pad="/contingenten/afrekeningen" kolommen={AFREKENINGRUN_KOLOMMEN}
      bereken={(periode, jobId) => bereken.mutateAsync({ jaar: Number(periode), jobId })} bezig={bereken.isPending}
      dialoog={{
        titel: 'Jaarafrekening berekenen',
        uitleg: 'Het voorstel telt per maatwerkbedrijf de dagen met een begeleidingsovereenkomst in het jaar en trekt de goedgekeurde voorschotten af.',
        startBericht: 'Begeleidingsovereenkomsten lezen...',
        perioden: { ...jaren(vandaag), label: 'Jaar' },
      }}
    />
  );
}

function EvaluatieTab() {
  const vandaag = useSessie().data?.vandaag ?? '';
  const magBeslissen = useMag(WSE_BEHANDELAARS);
  const magGoedkeuren = useMag(['ondertekenaar']);
  const toast = useToast();
  const job = useJob();
  const [jaar, setJaar] = useState(jaren(vandaag).standaard);
  const [watAls, setWatAls] = useState<{ drempelPct?: number; afronding?: Afronding }>({});
  const [bevestig, setBevestig] = useState<'beslissen' | 'goedkeuren' | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const ev = useApi('contingent.berekenEvaluatie', { jaar: Number(jaar), ...watAls });
  const beslissen = useApiMutation('contingent.evaluatieBeslissen', { invalidates: ['contingent.berekenEvaluatie', 'beslissing.list', 'inbox.list'] });
  const goedkeuren = useApiMutation('contingent.evaluatieGoedkeuren', { invalidates: ['contingent.berekenEvaluatie', 'beslissing.list', 'contingent.list', 'contingent.get', 'inbox.list'] });
  const d = ev.data;
  const ontwerpen = (d?.rijen ?? []).filter((r) => r.beslissingStatus === 'ontwerp').length;
  const open = (d?.rijen ?? []).filter((r) => r.verminderingPlaatsen > 0 && r.beslissingId === null).length;
  const voerUit = async () => {
    setFout(null);
    try {
      if (bevestig === 'beslissen') {
        const r = await job.run((jobId) => beslissen.mutateAsync({ jaar: Number(jaar), datum: vandaag, jobId }), 'Ontwerpen maken...');
        toast('succes', 'Ontwerpen gemaakt', `${aantalMet(r.beslissingen, 'ontwerp van beslissing wacht', 'ontwerpen van beslissing wachten')} op goedkeuring.`);
      } else {
        const r = await job.run((jobId) => goedkeuren.mutateAsync({ jaar: Number(jaar), jobId }), 'Goedkeuren...');
        toast(r.mislukt.length ? 'info' : 'succes', 'Beslissingen uitgegeven', `${r.goedgekeurd} goedgekeurd${r.mislukt.length ? `, ${r.mislukt.length} niet (zie de beslissingen)` : ''}.`);
      }
      setBevestig(null);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  // The threshold and rounding as the evaluation applies them (the parameters, or the what-if below), not written here.
  const drempel = d ? `${d.drempelPct.toLocaleString('nl-BE')} %` : 'de drempel';
  return (
    <Stack gap="sm">
      <Text size="sm" maw={900}>
        Ligt de invullingsgraad van een kalenderjaar onder {drempel}, dan daalt het contingent vanaf {d ? `1 ${maandNaamVan(d.ingangsdatum)}` : 'de ingangsdatum'} van het volgende jaar met ({drempel} − invullingsgraad) × contingent, afgerond
        {d ? ` ${AFRONDING_LABEL[d.afronding]}` : ''} op hele plaatsen (art. 61–63; de drempel en de afronding zijn parameters). Met een andere drempel of afronding zie je een simulatie: er wordt niets bewaard.
      </Text>
      <Group align="end">
        <NativeSelect label="Jaar" value={jaar} onChange={(e) => setJaar(e.currentTarget.value)} data={jaren(vandaag).opties} w={120} />
        <NumberInput label="Drempel (%) — simulatie" value={watAls.drempelPct ?? ''} placeholder={d ? String(d.drempelPct) : ''} min={0} max={100} w={190}
          onChange={(n) => setWatAls({ ...watAls, drempelPct: n === '' ? undefined : Number(n) })} />
        <NativeSelect label="Afronding — simulatie" value={watAls.afronding ?? ''} w={300} onChange={(e) => setWatAls({ ...watAls, afronding: (e.currentTarget.value || undefined) as Afronding | undefined })}
          data={[{ value: '', label: 'Zoals ingesteld' }, ...AFRONDINGEN.map((a) => ({ value: a, label: AFRONDING_LABEL[a] }))]} />
        {(watAls.drempelPct !== undefined || watAls.afronding) && (
          <Button variant="default" onClick={() => setWatAls({})}>
            Terug naar de instellingen
          </Button>
        )}
      </Group>
      {d && (
        <Text size="sm" data-testid="evaluatie-samenvatting">
          {d.standaard ? '' : 'Simulatie: '}
          {d.organisaties} maatwerkbedrijven geëvalueerd; {d.onderDrempel} onder {d.drempelPct.toLocaleString('nl-BE')} %; samen {d.vrijgekomenPlaatsen} plaatsen vrij vanaf {formatDatum(d.ingangsdatum)} voor een
          herverdelingsoproep.
        </Text>
      )}
      {d?.opmerking && <Alert color="yellow">{d.opmerking}</Alert>}
      {d?.standaard && !d.opmerking && (
        <Group>
          {magBeslissen && open > 0 && <Button onClick={() => setBevestig('beslissen')}>Beslissingen voorbereiden ({open})</Button>}
          {magGoedkeuren && ontwerpen > 0 && <Button onClick={() => setBevestig('goedkeuren')}>Goedkeuren en brieven uitgeven ({ontwerpen})</Button>}
        </Group>
      )}
      <DataGrid gridId="se-evaluatie" ariaLabel="Evaluatie van de invullingsgraad" rowData={d?.rijen ?? []} columnDefs={EVALUATIE_KOLOMMEN} getRowId={(r) => String(r.organisatieId)} rijNaam={['maatwerkbedrijf', 'maatwerkbedrijven']} height="calc(100vh - 520px)" />
      <Bevestiging
        opened={bevestig !== null}
        onClose={() => setBevestig(null)}
        titel={bevestig === 'beslissen' ? 'Beslissingen voorbereiden' : 'Goedkeuren en brieven uitgeven'}
        knop={bevestig === 'beslissen' ? 'Ja, ontwerpen maken' : 'Ja, goedkeuren en brieven uitgeven'}
        bezig={beslissen.isPending || goedkeuren.isPending}
        onBevestig={() => void voerUit()}
        fout={fout}
      >
        <Text size="sm">
            {bevestig === 'beslissen'
              ? `U maakt ${open} ontwerpen van beslissing tot vermindering van het contingent vanaf ${d ? formatDatum(d.ingangsdatum) : ''}. Een ondertekenaar keurt ze daarna goed.`
              : `U keurt ${ontwerpen} beslissingen tot vermindering goed. Elk maatwerkbedrijf krijgt een brief en het contingent wordt vanaf ${d ? formatDatum(d.ingangsdatum) : ''} verminderd. Dit kan niet ongedaan gemaakt worden.`}
        </Text>
        <JobVoortgangBalk voortgang={job.voortgang} label="Voortgang" />
      </Bevestiging>
    </Stack>
  );
}

function ImporterenTab() {
  const mag = useMag(WSE_IMPORTEURS);
  const contingenten = useApiMutation('contingent.importeer', { invalidates: ['contingent.list'] });
  const deelnames = useApiMutation('seOvereenkomst.importeer', { invalidates: ['seOvereenkomst.list', 'contingent.list'] });
  const [wat, setWat] = useState<'deelnames' | 'contingenten'>('deelnames');
  if (!mag) return <Text>Alleen een dossierbeheerder van het Departement WSE of een beheerder kan importeren.</Text>;
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Wat importeert u?"
        value={wat}
        onChange={(v) => setWat(v as typeof wat)}
        data={[
          { value: 'deelnames', label: 'Begeleidingsovereenkomsten' },
          { value: 'contingenten', label: 'Bestaande contingenten' },
        ]}
        w={460}
      />
      {wat === 'contingenten' ? (
        <ImportPanel
          uitleg={
            <Text maw={820}>
              De contingenten die op 31 december 2023 toegekend waren (art. 76), één rij per periode met de kolommen ondernemingsnummer, plaatsen, geldig_van, geldig_tot (mag leeg zijn) en
              beslissing. Het maatwerkbedrijf staat al in het register van de organisaties.
            </Text>
          }
          importeer={(invoer) => contingenten.mutateAsync(invoer)}
          bezig={contingenten.isPending}
          gridId="se-contingent-rapport"
          naarRegister={{ to: '/contingenten', tekst: (n) => `Naar de contingenten (${aantalMet(n, 'periode', 'perioden')})` }}
          succesTitel="Contingenten geïmporteerd"
          voorbeeldbestand={(soort) => call('contingent.voorbeeldbestand', { soort })}
        />
      ) : (
        <ImportPanel
          uitleg={
            <Text maw={820}>
              Eén rij per begeleidingsovereenkomst met de kolommen ondernemingsnummer_maatwerkbedrijf, rijksregisternummer, voornaam, achternaam, startdatum, einddatum (mag leeg zijn) en
              ondernemingsnummer_werkpost. Een overeenkomst die al bekend is (zelfde maatwerkbedrijf, deelnemer en startdatum) wordt bijgewerkt. Een deelnemer met een overeenkomst AMA WVG in
              dezelfde periode wordt geweigerd (art. 56).
            </Text>
          }
          importeer={(invoer) => deelnames.mutateAsync(invoer)}
          bezig={deelnames.isPending}
          gridId="se-deelname-rapport"
          naarRegister={{ to: '/contingenten/deelnames', tekst: (n) => `Naar de begeleidingsovereenkomsten (${formatAantal(n)})` }}
          succesTitel="Begeleidingsovereenkomsten geïmporteerd"
          voorbeeldbestand={(soort) => call('seOvereenkomst.voorbeeldbestand', { soort })}
        />
      )}
    </Stack>
  );
}

