import { useCallback, useMemo, useState } from 'react';
import { call } from '../../../api/client';
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DEELNEMER_PERSOONSGEGEVENS, OVEREENKOMST_PAGINA, OVEREENKOMST_SCHRIJVERS, type OvereenkomstNaEindeErkenning, type OvereenkomstRij } from '../../../../../shared/ama-wvg/overeenkomst.contract';
import { foutmelding } from '../../../api/client';
import { useApi, useApiMutation, useJob, useParameterGetal } from '../../../api/hooks';
import { DataGrid } from '../../../components/DataGrid';
import { ImportPanel } from '../../../components/ImportPanel';
import { PageHeader } from '../../../components/PageHeader';
import { TabbladGebied } from '../../../components/TabbladGebied';
import { Fout } from '../../../components/States';
import { aantalMet, formatAantal } from '../../../components/format';
import { useMag } from '../../../components/rechten';
import { useToast } from '../../../components/Toasts';
import { ACHTERSTALLIG_KOLOMMEN, NA_EINDE_KOLOMMEN, OVEREENKOMST_KOLOMMEN, overeenkomstRowId } from './columns';
import { DeelnemerZoeken } from './DeelnemerZoeken';
import { RegisterGrid } from '../../../components/RegisterGrid';
import { PaginaGrid } from '../../../components/PaginaGrid';
import { Bevestiging } from '../../../components/Bevestiging';
import { DatumVeld } from '../../../components/DatumVeld';

export type OvereenkomstenTab = 'register' | 'deelnemer' | 'evaluaties' | 'na-einde-erkenning' | 'importeren';

const TABS: { value: OvereenkomstenTab; label: string }[] = [
  { value: 'register', label: 'Register' },
  { value: 'deelnemer', label: 'Per deelnemer' },
  { value: 'evaluaties', label: 'Evaluaties achterstallig' },
  { value: 'na-einde-erkenning', label: 'Zonder einde na einde erkenning' },
  { value: 'importeren', label: 'Importeren' },
];

/** Overeenkomsten AMA WVG (BVR art. 42–45, 75): the register, per participant, follow-up lists and the e-loket import. */
export function OvereenkomstenPage({ tab }: { tab: OvereenkomstenTab }) {
  const magSchrijven = useMag(OVEREENKOMST_SCHRIJVERS);
  return (
    <>
      <PageHeader
        titel="Overeenkomsten AMA WVG"
        intro="Overeenkomsten tussen deelnemer, werkpost en erkende begeleider arbeidsmatige activiteiten (BVR 18 november 2022, art. 42–45 en 75), met de jaarlijkse evaluaties."
        acties={
          magSchrijven && (
            <Button component={Link} to="/overeenkomsten/nieuw">
              Nieuwe overeenkomst
            </Button>
          )
        }
      />
      <TabbladGebied basis="/overeenkomsten" naam="Overeenkomsten AMA WVG" tabs={TABS} tab={tab} inhoud={{ register: () => <RegisterTab />, deelnemer: () => <DeelnemerTab />, evaluaties: () => <EvaluatiesTab />, 'na-einde-erkenning': () => <NaEindeTab />, importeren: () => <ImporterenTab /> }} />
    </>
  );
}

function useOpen() {
  const navigate = useNavigate();
  return useCallback((r: OvereenkomstRij) => navigate(`/overeenkomsten/${r.id}`), [navigate]);
}

function RegisterTab() {
  const [actiefOp, setActiefOp] = useState('');
  const [params] = useSearchParams();
  const [begeleider, setBegeleider] = useState(params.get('begeleider') ?? '');
  const invoer = useMemo(
    () => ({ actiefOp: actiefOp || undefined, organisatieId: begeleider ? Number(begeleider) : undefined }),
    [actiefOp, begeleider],
  );
  const lijst = useApi('overeenkomst.begeleiders', {}, { staleTime: 60_000 });
  const begeleiders = useMemo(() => (lijst.data ?? []).map((b) => ({ value: String(b.organisatieId), label: b.naam })), [lijst.data]);
  const open = useOpen();
  return (
    <PaginaGrid
      gridId="overeenkomsten"
      ariaLabel="Register van overeenkomsten"
      methode="overeenkomst.pagina"
      invoer={invoer}
      kolommen={OVEREENKOMST_PAGINA}
      columnDefs={OVEREENKOMST_KOLOMMEN}
      getRowId={overeenkomstRowId}
      onOpen={open}
      rijNaam={['overeenkomst', 'overeenkomsten']}
      height="calc(100vh - 400px)"
      toolbar={
        <>
          {/* A searchable list, not a native select: its ~2,000 options (at 10×) cost the register's opening a
              third of its time as DOM nodes. The dropdown exists only while open (Mantine keeps it mounted and hidden
              by default: 100 options and a scroll area measured at every opening of the register; issue 13). */}
          <Select
            label="Begeleider"
            placeholder="Alle begeleiders"
            searchable
            clearable
            limit={100}
            comboboxProps={{ keepMounted: false }}
            nothingFoundMessage="Geen begeleider gevonden"
            value={begeleider || null}
            onChange={(v) => setBegeleider(v ?? '')}
            data={begeleiders}
            w={280}
          />
          <DatumVeld label="Lopend op" value={actiefOp} onChange={setActiefOp} w={170} />
        </>
      }
    />
  );
}

function DeelnemerTab() {
  const mag = useMag(DEELNEMER_PERSOONSGEGEVENS);
  if (!mag) return <Text>De gegevens van een deelnemer zijn persoonsgegevens: alleen een dossierbeheerder van het Departement Zorg kan ze opzoeken.</Text>;
  return <DeelnemerZoeken />;
}

function EvaluatiesTab() {
  const lijst = useApi('overeenkomst.evaluatiesAchterstallig', {});
  const open = useOpen();
  const maanden = useParameterGetal('AMA_WVG_EVALUATIE_INTERVAL');
  return (
    <Stack gap="sm">
      <Text size="sm" maw={760}>
        Lopende overeenkomsten zonder evaluatie in de laatste {maanden === undefined ? 'evaluatieperiode' : aantalMet(maanden, 'maand', 'maanden')} (de begeleider
        evalueert minstens jaarlijks, BVR art. 43 §3, 7°).
      </Text>
      {lijst.isError && <Fout error={lijst.error} opnieuw={() => void lijst.refetch()} />}
      <DataGrid
        gridId="overeenkomsten-evaluaties"
        ariaLabel="Overeenkomsten met een achterstallige evaluatie"
        rowData={lijst.data}
        columnDefs={ACHTERSTALLIG_KOLOMMEN}
        getRowId={overeenkomstRowId}
        loading={lijst.isPending}
        onOpen={open}
        rijNaam={['overeenkomst', 'overeenkomsten']}
        height="calc(100vh - 440px)"
      />
    </Stack>
  );
}

function NaEindeTab() {
  const lijst = useApi('overeenkomst.zonderEindeNaEindeErkenning', {});
  const magSchrijven = useMag(OVEREENKOMST_SCHRIJVERS);
  const beeindig = useApiMutation('overeenkomst.beeindigBijEindeErkenning', { invalidates: ['overeenkomst.zonderEindeNaEindeErkenning', 'overeenkomst.list', 'overeenkomst.get'] });
  const toast = useToast();
  const open = useOpen();
  const [fout, setFout] = useState<string | null>(null);
  const [bevestig, setBevestig] = useState(false);
  const ids = useMemo(() => (lijst.data ?? []).map((r) => r.id), [lijst.data]);
  const sluitAf = async () => {
    setFout(null);
    setBevestig(false);
    try {
      const r = await beeindig.mutateAsync({ ids });
      toast('succes', 'Overeenkomsten afgesloten', `${aantalMet(r.beeindigd, 'overeenkomst', 'overeenkomsten')} afgesloten op de laatste dag van de erkenning.`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm" maw={760}>
        Overeenkomsten zonder einddatum waarvan de erkenning van de begeleider beëindigd is: een overeenkomst loopt niet langer dan de erkenning
        (BVR art. 43 en 47). Sluit ze af op de laatste dag van de erkenning; bij een nieuwe erkenning registreert de begeleider ze opnieuw.
      </Text>
      {fout && (
        <Alert color="red" role="alert" title="Niet gelukt">
          {fout}
        </Alert>
      )}
      <RegisterGrid<OvereenkomstNaEindeErkenning>
        gridId="overeenkomsten-na-einde"
        ariaLabel="Overeenkomsten zonder einde na het einde van de erkenning"
        query={lijst}
        columnDefs={NA_EINDE_KOLOMMEN}
        getRowId={overeenkomstRowId}
        onOpen={open}
        rijNaam={['overeenkomst', 'overeenkomsten']}
        height="calc(100vh - 480px)"
      />
      {magSchrijven && ids.length > 0 && (
        <Group>
          <Button onClick={() => setBevestig(true)} loading={beeindig.isPending}>
            Alle {formatAantal(ids.length)} afsluiten op het einde van de erkenning
          </Button>
        </Group>
      )}
      <Bevestiging opened={bevestig} onClose={() => setBevestig(false)} titel="Overeenkomsten afsluiten" knop="Ja, afsluiten" onBevestig={() => void sluitAf()}>
        <Text size="sm">
          {aantalMet(ids.length, 'overeenkomst krijgt', 'overeenkomsten krijgen')} als einddatum de laatste dag van de erkenning van de begeleider. De
          wijziging wordt per overeenkomst met haar reden in de audit bewaard; een begeleider met een nieuwe erkenning registreert de overeenkomst opnieuw.
        </Text>
      </Bevestiging>
    </Stack>
  );
}

function ImporterenTab() {
  const mag = useMag(OVEREENKOMST_SCHRIJVERS);
  const importeer = useApiMutation('overeenkomst.importeer', { invalidates: ['overeenkomst.list', 'overeenkomst.evaluatiesAchterstallig', 'overeenkomst.zonderEindeNaEindeErkenning'] });
  const job = useJob();
  if (!mag) return <Text>Alleen een dossierbeheerder van het Departement Zorg kan overeenkomsten importeren.</Text>;
  return (
    <ImportPanel
      uitleg={
        <Text maw={760}>
          Importeer de export van het e-loket (CSV of Excel) met de kolommen organisatietype, erkenningsnummer, voornaam, achternaam,
          rijksregisternummer, werkpost, werkpost_kbo, werkpost_adres, startdatum, einddatum en contact_email. Elke rij wordt gecontroleerd zoals een
          manuele registratie (BVR art. 42–45 en 75). Controleer eerst: dan wordt nog niets bewaard. Rijen die al geregistreerd zijn, worden
          overgeslagen.
        </Text>
      }
      importeer={(invoer) => job.run((jobId) => importeer.mutateAsync({ ...invoer, jobId }), 'Bestand lezen...')}
      bezig={importeer.isPending}
      voortgang={job.voortgang}
      gridId="overeenkomsten-rapport"
      naarRegister={{ to: '/overeenkomsten', tekst: (n) => `Naar het register (${formatAantal(n)} nieuwe overeenkomsten)` }}
      succesTitel="Overeenkomsten geïmporteerd"
      voorbeeldbestand={(soort) => call('overeenkomst.voorbeeldbestand', { soort })}
    />
  );
}
