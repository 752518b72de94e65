import { useCallback, useMemo, useState } from 'react';
import { Button, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { SWV_BEHANDELAARS, type Mandaat, type SamenwerkingsverbandRij } from '../../../../shared/swv-zorg/register.contract';
import type { OproepRij } from '../../../../shared/swv-zorg/oproep.contract';
import { TRAJECT_PAGINA, type TrajectRij } from '../../../../shared/swv-zorg/traject.contract';
import { TRAJECT_STATUSSEN } from '../../../../shared/swv-zorg/compensatie';
import type { CompensatieRun, CompensatieVoorstel } from '../../../../shared/swv-zorg/compensatie.contract';
import { useApi, useApiMutation, useJob, useParameterGetal, useReferentie, useSessie } from '../../api/hooks';
import { ImportPanel } from '../../components/ImportPanel';
import { call } from '../../api/client';
import { halfjaren, NieuweBerekening } from '../../components/betaalrun/NieuweBerekening';
import { PageHeader } from '../../components/PageHeader';
import { TabbladGebied } from '../../components/TabbladGebied';
import { RegisterGrid } from '../../components/RegisterGrid';
import { PaginaGrid } from '../../components/PaginaGrid';
import { aantalMet, formatAantal, formatPercentage } from '../../components/format';
import { useMag } from '../../components/rechten';
import { periodeLabel } from '../../components/betaalrun/labels';
import { COMPENSATIERUN_KOLOMMEN, MANDAAT_KOLOMMEN, OPROEP_KOLOMMEN, SWV_KOLOMMEN, TRAJECT_KOLOMMEN } from './columns';
import { TRAJECT_STATUS } from './labels';
import { OproepDialoog } from './OproepDialoog';
import { DatumVeld } from '../../components/DatumVeld';

export type SwvTab = 'mandaten' | 'register' | 'oproepen' | 'trajecten' | 'compensatie' | 'importeren';

const TABS: { value: SwvTab; label: string }[] = [
  { value: 'mandaten', label: 'Mandaten per regio' },
  { value: 'register', label: 'Samenwerkingsverbanden' },
  { value: 'oproepen', label: 'Oproepen' },
  { value: 'trajecten', label: 'Trajecten' },
  { value: 'compensatie', label: 'Compensatie' },
  { value: 'importeren', label: 'Importeren' },
];

/** Samenwerkingsverbanden Zorg (BVR art. 7, 10–21, 38, 40): mandates, calls, VDAB trajectories and the compensation. */
export function SamenwerkingsverbandenPage({ tab }: { tab: SwvTab }) {
  return (
    <>
      <PageHeader
        titel="Samenwerkingsverbanden Zorg"
        intro="Mandaten per werk- en zorgregio, oproepen en rangschikking, de activeringstrajecten van VDAB en de halfjaarlijkse compensatie (BVR 18 november 2022, art. 7, 10–21, 38, 40 en 78)."
      />
      <TabbladGebied basis="/samenwerkingsverbanden" naam="Samenwerkingsverbanden Zorg" tabs={TABS} tab={tab} inhoud={{ mandaten: () => <MandatenTab />, register: () => <RegisterTab />, oproepen: () => <OproepenTab />, trajecten: () => <TrajectenTab />, compensatie: () => <CompensatieTab />, importeren: () => <ImporterenTab /> }} />
    </>
  );
}

function MandatenTab() {
  const navigate = useNavigate();
  const vandaag = useSessie().data?.vandaag ?? '';
  const [peildatum, setPeildatum] = useState('');
  const lijst = useApi('mandaat.list', { peildatum: peildatum || vandaag || undefined });
  const open = useCallback((m: Mandaat) => navigate(`/samenwerkingsverbanden/mandaten/${m.id}`), [navigate]);
  return (
    <RegisterGrid<Mandaat>
      gridId="swv-mandaten"
      ariaLabel="Mandaten per werk- en zorgregio"
      query={lijst}
      columnDefs={MANDAAT_KOLOMMEN}
      getRowId={(m) => String(m.id)}
      onOpen={open}
      rijNaam={['mandaat', 'mandaten']}
      height="calc(100vh - 360px)"
      toolbar={<DatumVeld label="Op datum" value={peildatum || vandaag} onChange={setPeildatum} w={170} />}
    />
  );
}

function RegisterTab() {
  const navigate = useNavigate();
  const lijst = useApi('swv.list', {});
  const open = useCallback((s: SamenwerkingsverbandRij) => navigate(`/samenwerkingsverbanden/${s.id}`), [navigate]);
  return (
    <RegisterGrid<SamenwerkingsverbandRij>
      gridId="swv-register"
      ariaLabel="Samenwerkingsverbanden Zorg"
      query={lijst}
      columnDefs={SWV_KOLOMMEN}
      getRowId={(s) => String(s.id)}
      onOpen={open}
      rijNaam={['samenwerkingsverband', 'samenwerkingsverbanden']}
      height="calc(100vh - 360px)"
    />
  );
}

function OproepenTab() {
  const navigate = useNavigate();
  const mag = useMag(SWV_BEHANDELAARS);
  const [nieuw, setNieuw] = useState(false);
  const lijst = useApi('oproep.list', {});
  const open = useCallback((o: OproepRij) => navigate(`/samenwerkingsverbanden/oproepen/${o.id}`), [navigate]);
  return (
    <Stack gap="sm">
      {mag && (
        <Group>
          <Button onClick={() => setNieuw(true)}>Nieuwe oproep</Button>
        </Group>
      )}
      <RegisterGrid<OproepRij>
        gridId="swv-oproepen"
        ariaLabel="Oproepen tot mandatering"
        query={lijst}
        columnDefs={OPROEP_KOLOMMEN}
        getRowId={(o) => String(o.id)}
        onOpen={open}
        rijNaam={['oproep', 'oproepen']}
        height="calc(100vh - 420px)"
      />
      <OproepDialoog opened={nieuw} onClose={() => setNieuw(false)} />
    </Stack>
  );
}

function TrajectenTab() {
  const navigate = useNavigate();
  const ref = useReferentie();
  const swvs = useApi('swv.list', {});
  const [filter, setFilter] = useState({ swvId: '', regioCode: '', status: '', eindeIn: '' });
  const zet = (k: keyof typeof filter) => (e: { currentTarget: { value: string } }) => setFilter({ ...filter, [k]: e.currentTarget.value });
  const invoer = useMemo(
    () => ({
      swvId: filter.swvId ? Number(filter.swvId) : undefined,
      regioCode: filter.regioCode || undefined,
      status: (filter.status || undefined) as TrajectRij['status'] | undefined,
      eindeIn: /^\d{4}-H[12]$/.test(filter.eindeIn) ? filter.eindeIn : undefined,
    }),
    [filter],
  );
  const open = useCallback((t: TrajectRij) => navigate(`/samenwerkingsverbanden/trajecten/${t.id}`), [navigate]);
  const { opties: halfjaarOpties } = halfjaren(useSessie().data?.vandaag ?? '');
  return (
    <PaginaGrid
      gridId="swv-trajecten"
      exportNaam="trajecten"
      ariaLabel="Activeringstrajecten"
      methode="traject.pagina"
      invoer={invoer}
      kolommen={TRAJECT_PAGINA}
      searchLabel="Zoeken (trajectnummer, regio, samenwerkingsverband)"
      columnDefs={TRAJECT_KOLOMMEN}
      getRowId={(t) => String(t.id)}
      onOpen={open}
      rijNaam={['traject', 'trajecten']}
      height="calc(100vh - 420px)"
      toolbar={
        <>
          <NativeSelect label="Samenwerkingsverband" value={filter.swvId} onChange={zet('swvId')} w={240}
            data={[{ value: '', label: 'Alle' }, ...(swvs.data ?? []).map((s) => ({ value: String(s.id), label: s.naam }))]} />
          <NativeSelect label="Regio" value={filter.regioCode} onChange={zet('regioCode')} w={200}
            data={[{ value: '', label: 'Alle regio’s' }, ...(ref.data?.regios ?? []).map((r) => ({ value: r.code, label: r.naam }))]} />
          <NativeSelect label="Status" value={filter.status} onChange={zet('status')} w={190}
            data={[{ value: '', label: 'Alle' }, ...TRAJECT_STATUSSEN.map((s) => ({ value: s, label: TRAJECT_STATUS[s] }))]} />
          <NativeSelect label="Geëindigd in" value={filter.eindeIn} onChange={zet('eindeIn')} w={200}
            data={[{ value: '', label: 'Niet filteren' }, ...halfjaarOpties.map((h) => ({ value: h, label: periodeLabel(h) }))]} />
        </>
      }
    />
  );
}

function CompensatieTab() {
  const navigate = useNavigate();
  const mag = useMag(SWV_BEHANDELAARS);
  const runs = useApi('compensatie.list', {});
  const [nieuw, setNieuw] = useState(false);
  const open = useCallback((r: CompensatieRun) => navigate(`/samenwerkingsverbanden/compensatie/${r.id}`), [navigate]);
  const volledig = useParameterGetal('SWV_ZORG_COMPENSATIE_PCT_VOLLEDIG');
  const vroegtijdig = useParameterGetal('SWV_ZORG_COMPENSATIE_PCT_VROEGTIJDIG');
  const minimum = useParameterGetal('SWV_ZORG_TRAJECT_MINIMUMDUUR');
  const regel =
    volledig === undefined || vroegtijdig === undefined || minimum === undefined
      ? 'een percentage volgens het einde van het traject'
      : `${formatPercentage(volledig)} met eindverslag en eindadvies, ${formatPercentage(vroegtijdig)} bij een vroegtijdig einde, telkens na minstens ${aantalMet(minimum, 'maand', 'maanden')}`;
  return (
    <Stack gap="sm">
      <Text size="sm" maw={820}>
        Tweemaal per jaar een compensatie per afgerond activeringstraject: {regel} (BVR art. 20–21). Elk traject wordt over alle afrekeningen heen één keer
        betaald.
      </Text>
      {mag && (
        <Group>
          <Button onClick={() => setNieuw(true)}>Nieuwe berekening</Button>
        </Group>
      )}
      <RegisterGrid<CompensatieRun>
        gridId="swv-compensatieruns"
        ariaLabel="Compensatieruns"
        query={runs}
        columnDefs={COMPENSATIERUN_KOLOMMEN}
        getRowId={(r) => String(r.id)}
        onOpen={open}
        rijNaam={['betaalrun', 'betaalruns']}
        height="calc(100vh - 460px)"
      />
      <NieuweCompensatie opened={nieuw} onClose={() => setNieuw(false)} />
    </Stack>
  );
}

function NieuweCompensatie({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const bereken = useApiMutation('compensatie.berekenVoorstel', { invalidates: ['compensatie.list', 'betaalrun.list'] });
  return (
    <NieuweBerekening
      opened={opened}
      onClose={onClose}
      titel="Nieuwe berekening van de compensatie"
      uitleg="Het voorstel telt de trajecten waarvan het eindverslag en het eindadvies, of het vroegtijdige einde, in het halfjaar vallen. Werd het halfjaar al afgerekend, dan bevat het voorstel enkel het verschil."
      bereken={(periode, jobId) => bereken.mutateAsync({ periode, jobId })}
      bezig={bereken.isPending}
      samenvatting={(run) => `${aantalMet((run as CompensatieVoorstel).rijen.length, 'traject', 'trajecten')}.`}
      pad={(id) => `/samenwerkingsverbanden/compensatie/${id}`}
      startBericht="Trajecten lezen..."
    />
  );
}

function ImporterenTab() {
  const mag = useMag(SWV_BEHANDELAARS);
  const mandaten = useApiMutation('mandaat.importeer', { invalidates: ['mandaat.list', 'swv.list'] });
  const trajecten = useApiMutation('traject.importeer', { invalidates: ['traject.list'] });
  const job = useJob();
  const [wat, setWat] = useState<'trajecten' | 'mandaten'>('trajecten');
  if (!mag) return <Text>Alleen een dossierbeheerder van het Departement Zorg of een beheerder kan importeren.</Text>;
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Wat importeert u?"
        value={wat}
        onChange={(v) => setWat(v as typeof wat)}
        data={[
          { value: 'trajecten', label: 'Trajectgegevens van VDAB' },
          { value: 'mandaten', label: 'Lopende mandaten' },
        ]}
        w={440}
      />
      {wat === 'mandaten' ? (
        <ImportPanel
          uitleg={
            <Text maw={820}>
              Eén rij per werk- en zorgregio met de kolommen werk_en_zorgregio, naam_samenwerkingsverband, aanspreekpunt_ondernemingsnummer,
              partner_ondernemingsnummers (gescheiden door "|"), geldig_van, geldig_tot en ministerieel_besluit. Het aanspreekpunt en elke partner
              staan al in het register van de organisaties. Een samenwerkingsverband wordt alleen in zijn geheel ingelezen.
            </Text>
          }
          importeer={(invoer) => mandaten.mutateAsync(invoer)}
          bezig={mandaten.isPending}
          gridId="mandaten-rapport"
          naarRegister={{ to: '/samenwerkingsverbanden', tekst: (n) => `Naar de mandaten (${formatAantal(n)} nieuwe)` }}
          succesTitel="Mandaten geïmporteerd"
          voorbeeldbestand={(soort) => call('mandaat.voorbeeldbestand', { soort })}
        />
      ) : (
        <ImportPanel
          uitleg={
            <Text maw={820}>
              Het bestand van VDAB met de kolommen trajectnummer, rijksregisternummer, werk_en_zorgregio, datum_aanmelding, datum_trajectplan, status,
              datum_einde, datum_eindverslag, datum_eindadvies en reden_einde. Een traject dat al bekend is, wordt bijgewerkt en behoudt zijn historiek; een
              nieuw traject gaat naar het samenwerkingsverband dat op de datum van aanmelding voor de regio gemandateerd was.
            </Text>
          }
          importeer={(invoer) => job.run((jobId) => trajecten.mutateAsync({ ...invoer, jobId }), 'Bestand lezen...')}
          bezig={trajecten.isPending}
          voortgang={job.voortgang}
          gridId="trajecten-rapport"
          naarRegister={{ to: '/samenwerkingsverbanden/trajecten', tekst: (n) => `Naar de trajecten (${formatAantal(n)} nieuw of bijgewerkt)` }}
          succesTitel="Trajecten geïmporteerd"
          voorbeeldbestand={(soort) => call('traject.voorbeeldbestand', { soort })}
        />
      )}
    </Stack>
  );
}
