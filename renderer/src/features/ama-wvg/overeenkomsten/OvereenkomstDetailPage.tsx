import { useState } from 'react';
import { Alert, Anchor, Badge, Button, FileInput, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import {
  DEELNEMER_PERSOONSGEGEVENS,
  EINDE_REDENEN_OVEREENKOMST,
  OVEREENKOMST_SCHRIJVERS,
  SCAN_MIME_TYPES,
  overeenkomstMethods,
  type Overeenkomst,
} from '../../../../../shared/ama-wvg/overeenkomst.contract';
import { call, foutmelding } from '../../../api/client';
import { useApi, useApiMutation, useSessie } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { Fout, Laden, Leeg } from '../../../components/States';
import { formatDatum, formatTijdstip } from '../../../components/format';
import { leesBase64 } from '../../../components/ImportPanel';
import { openPdf } from '../../../components/pdf';
import { useMag } from '../../../components/rechten';
import { useToast } from '../../../components/Toasts';
import { ActieDialoog } from '../../../components/ActieDialoog';
import { contractResolver } from '../../../components/contractResolver';
import { EINDE_REDEN_OVEREENKOMST_LABELS } from './labels';
import { DatumVeldVan } from '../../../components/DatumVeld';

const INVALIDATES = ['overeenkomst.get', 'overeenkomst.list', 'overeenkomst.evaluatiesAchterstallig', 'overeenkomst.zonderEindeNaEindeErkenning', 'audit.list'] as const;

/** One agreement: participant (initials), werkpost, period, evaluations, the scanned agreement and its history. */
export function OvereenkomstDetailPage() {
  const id = Number(useParams().id);
  const o = useApi('overeenkomst.get', { id });
  if (o.isError) return <Fout error={o.error} titel="Overeenkomst niet gevonden" opnieuw={() => void o.refetch()} />;
  if (!o.data) return <Laden />;
  return <Detail o={o.data} />;
}

function Veld({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

function Detail({ o }: { o: Overeenkomst }) {
  const magSchrijven = useMag(OVEREENKOMST_SCHRIJVERS);
  const magPersoonsgegevens = useMag(DEELNEMER_PERSOONSGEGEVENS);
  const [evaluatie, setEvaluatie] = useState(false);
  const [beeindig, setBeeindig] = useState(false);
  const loopt = !o.einddatum || o.einddatum >= (useSessie().data?.vandaag ?? '');
  return (
    <>
      <PageHeader
        titel={`Overeenkomst ${o.id}`}
        intro={`${o.organisatieNaam} · deelnemer ${o.deelnemerInitialen} · werkpost ${o.werkpostNaam}`}
        acties={
          magSchrijven && (
            <>
              <Button onClick={() => setEvaluatie(true)}>Evaluatie registreren</Button>
              {loopt && (
                <Button variant="outline" onClick={() => setBeeindig(true)}>
                  Beëindigen
                </Button>
              )}
            </>
          )
        }
      />
      <Stack gap="lg" maw={1100}>
        <Paper withBorder p="md" component="section" aria-label="Gegevens" data-testid="overeenkomst-gegevens">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Veld label="Begeleider">
              <Anchor component={Link} to={`/organisaties/${o.organisatieId}`}>
                {o.organisatieNaam}
              </Anchor>
            </Veld>
            <Veld label="Erkenning">
              <Anchor component={Link} to={`/erkenningen/${o.erkenningId}`}>
                {o.erkenningsnummer}
              </Anchor>{' '}
              (tot {formatDatum(o.erkenningGeldigTot)})
            </Veld>
            <Veld label="Deelnemer">
              {o.deelnemerInitialen} · {o.deelnemerInszGemaskeerd}
              {magPersoonsgegevens && (
                <>
                  {' '}
                  ·{' '}
                  <Anchor component={Link} to={`/overeenkomsten/deelnemer`} size="sm">
                    opzoeken per deelnemer
                  </Anchor>
                </>
              )}
            </Veld>
            <Veld label="Werkpost">
              {o.werkpostNaam}
              {o.werkpostKbo ? ` (${o.werkpostKbo})` : ''}
            </Veld>
            <Veld label="Locaties">{o.werkpostLocaties.map((l) => `${l.straat}, ${l.postcode} ${l.gemeente}`).join(' · ')}</Veld>
            <Veld label="Periode">
              {formatDatum(o.startdatum)} – {o.einddatum ? formatDatum(o.einddatum) : `open (loopt tot uiterlijk ${formatDatum(o.effectiefEinde)})`}
              {o.eindeReden && ` · ${EINDE_REDEN_OVEREENKOMST_LABELS[o.eindeReden]}`}
            </Veld>
            <Veld label="Contact (e-mail)">{o.contactEmail ?? '—'}</Veld>
            <Veld label="Officieel model (art. 75)">{o.modelOvereenkomst ? 'Ja' : 'Nee'}</Veld>
            <Veld label="Geen combinatie met AMA SE of VAPH verklaard (art. 42)">{o.geenCombinatieVerklaard ? 'Ja' : 'Nee'}</Veld>
            <Veld label="Bron">{o.bron.startsWith('import') ? 'Import uit het e-loket' : 'Manuele registratie'}</Veld>
          </SimpleGrid>
        </Paper>

        <section aria-labelledby="evaluaties-titel">
          <Title order={2} size="h3" id="evaluaties-titel" mb="sm">
            Evaluaties
          </Title>
          {o.evaluaties.length === 0 ? (
            <Leeg>Nog geen evaluatie geregistreerd.</Leeg>
          ) : (
            <List data-testid="evaluaties" spacing={4}>
              {[...o.evaluaties].reverse().map((e) => (
                <List.Item key={e.id}>
                  <strong>{formatDatum(e.datum)}</strong>
                  {e.opmerking ? ` — ${e.opmerking}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </section>

        <Scan o={o} magSchrijven={magSchrijven} magOpenen={magPersoonsgegevens} />
        <Historiek id={o.id} evaluatieIds={o.evaluaties.map((e) => e.id)} />
      </Stack>
      <EvaluatieDialog o={o} opened={evaluatie} onClose={() => setEvaluatie(false)} />
      <BeeindigDialog o={o} opened={beeindig} onClose={() => setBeeindig(false)} />
    </>
  );
}

function Scan({ o, magSchrijven, magOpenen }: { o: Overeenkomst; magSchrijven: boolean; magOpenen: boolean }) {
  const toast = useToast();
  const [bestand, setBestand] = useState<File | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const voegToe = useApiMutation('overeenkomst.voegScanToe', { invalidates: [...INVALIDATES] });
  const upload = async () => {
    if (!bestand) return;
    setFout(null);
    const mimeType = (SCAN_MIME_TYPES as readonly string[]).includes(bestand.type) ? (bestand.type as (typeof SCAN_MIME_TYPES)[number]) : 'application/pdf';
    try {
      await voegToe.mutateAsync({ id: o.id, bestandsnaam: bestand.name, mimeType, inhoudBase64: await leesBase64(bestand) });
      setBestand(null);
      toast('succes', 'Scan bewaard', `${bestand.name} is bij de overeenkomst bewaard.`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  const open = async () => {
    try {
      const s = await call('overeenkomst.scan', { id: o.id });
      if (s.mimeType === 'application/pdf') await openPdf(s.inhoudBase64, s.bestandsnaam);
      else window.open(URL.createObjectURL(new Blob([Uint8Array.from(atob(s.inhoudBase64), (c) => c.charCodeAt(0))], { type: s.mimeType })), '_blank');
    } catch (err) {
      toast('fout', 'Scan niet geopend', foutmelding(err));
    }
  };
  return (
    <section aria-labelledby="scan-titel">
      <Title order={2} size="h3" id="scan-titel" mb="sm">
        Gescande overeenkomst
      </Title>
      <Stack gap="sm">
        {o.scan ? (
          <Group>
            <Text size="sm">
              {o.scan.bestandsnaam} ({Math.ceil(o.scan.grootte / 1024)} kB, toegevoegd op {formatTijdstip(o.scan.toegevoegdOp)})
            </Text>
            {magOpenen && (
              <Button size="compact-sm" variant="outline" onClick={() => void open()}>
                Openen
              </Button>
            )}
          </Group>
        ) : (
          <Text size="sm">Nog geen scan.</Text>
        )}
        {magSchrijven && (
          <Group align="flex-end">
            <FileInput
              label={o.scan ? 'Scan vervangen' : 'Scan toevoegen'}
              description="PDF, JPG, PNG of TIFF, hoogstens 10 MB"
              accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff"
              value={bestand}
              onChange={setBestand}
              clearable
              w={320}
              error={fout ?? undefined}
            />
            <Button onClick={() => void upload()} disabled={!bestand} loading={voegToe.isPending}>
              Bewaren
            </Button>
          </Group>
        )}
      </Stack>
    </section>
  );
}

/** The agreement's own audit entries and those of its evaluations (audited as entity 'evaluatie'), newest first. */
function Historiek({ id, evaluatieIds }: { id: number; evaluatieIds: number[] }) {
  const audit = useQuery({
    queryKey: ['audit.list', 'overeenkomst', id, evaluatieIds],
    queryFn: async () => {
      const lijsten = await Promise.all([
        call('audit.list', { entiteit: 'overeenkomst', entiteitId: String(id) }),
        ...evaluatieIds.map((e) => call('audit.list', { entiteit: 'evaluatie', entiteitId: String(e) })),
      ]);
      return lijsten.flat().sort((a, b) => b.tijdstip.localeCompare(a.tijdstip) || b.id - a.id);
    },
  });
  return (
    <section aria-labelledby="historiek-titel">
      <Title order={2} size="h3" id="historiek-titel" mb="sm">
        Wijzigingshistoriek
      </Title>
      {audit.isError ? (
        <Fout error={audit.error} opnieuw={() => void audit.refetch()} />
      ) : !audit.data ? (
        <Laden />
      ) : audit.data.length === 0 ? (
        <Leeg>Geen wijzigingen geregistreerd (een geïmporteerde overeenkomst staat in de audit van haar import).</Leeg>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="wijzigingshistoriek">
          {audit.data.map((r) => (
            <Paper key={r.id} withBorder p="xs" component="li">
              <Group gap="xs">
                <Badge variant="light" radius="xs" tt="none">
                  {r.entiteit === 'evaluatie' ? 'Evaluatie' : r.actie.charAt(0).toUpperCase() + r.actie.slice(1)}
                </Badge>
                <Text size="sm" fw={600}>
                  {formatTijdstip(r.tijdstip)}
                </Text>
                <Text size="sm">door {r.gebruiker}</Text>
              </Group>
              {r.nieuw && (
                <Text size="sm" mt={4}>
                  {Object.entries(r.nieuw)
                    .map(([k, v]) => `${k}: ${r.oud && k in r.oud ? `${JSON.stringify(r.oud[k])} → ` : ''}${JSON.stringify(v)}`)
                    .join(' · ')}
                </Text>
              )}
              {r.reden && <Text size="sm">Reden: {r.reden}</Text>}
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}

interface EvaluatieWaarden {
  datum: string;
  opmerking: string;
}

function EvaluatieDialog({ o, opened, onClose }: { o: Overeenkomst; opened: boolean; onClose: () => void }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const form = useForm<EvaluatieWaarden>({
    resolver: contractResolver<EvaluatieWaarden>((v) => ({ id: o.id, datum: v.datum, opmerking: v.opmerking || undefined }), overeenkomstMethods['overeenkomst.registreerEvaluatie'].input),
    mode: 'onTouched',
  });
  const m = useApiMutation('overeenkomst.registreerEvaluatie', { invalidates: [...INVALIDATES] });
  return (
    <ActieDialoog
      titel="Evaluatie registreren"
      knop="Registreren"
      opened={opened}
      onClose={onClose}
      form={form}
      begin={{ datum: vandaag, opmerking: '' }}
      veldNaam={(v) => (v === 'datum' || v === 'opmerking' ? v : null)}
      uitvoeren={async (v) => {
        await m.mutateAsync({ id: o.id, datum: v.datum, opmerking: v.opmerking || undefined });
        toast('succes', 'Evaluatie geregistreerd', `Evaluatie van ${formatDatum(v.datum)} bewaard.`);
      }}
    >
      <Text size="sm">De begeleider evalueert de deelnemer minstens jaarlijks (BVR art. 43 §3, 7°).</Text>
      <DatumVeldVan label="Datum van de evaluatie" aria-required control={form.control} name="datum" error={form.formState.errors.datum?.message} data-autofocus />
      <Textarea label="Opmerking" autosize minRows={2} {...form.register('opmerking')} error={form.formState.errors.opmerking?.message} />
    </ActieDialoog>
  );
}

interface EindeWaarden {
  einddatum: string;
  eindeReden: string;
  reden: string;
}

const eindeSchema = z.object({ einddatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Geef de einddatum.' }) });

function BeeindigDialog({ o, opened, onClose }: { o: Overeenkomst; opened: boolean; onClose: () => void }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const form = useForm<EindeWaarden>({ resolver: contractResolver<EindeWaarden>((v) => ({ einddatum: v.einddatum }), eindeSchema), mode: 'onTouched' });
  const m = useApiMutation('overeenkomst.wijzig', { invalidates: [...INVALIDATES] });
  return (
    <ActieDialoog
      titel="Overeenkomst beëindigen"
      knop="Beëindigen"
      opened={opened}
      onClose={onClose}
      form={form}
      begin={{ einddatum: vandaag, eindeReden: 'einde-overeenkomst', reden: '' }}
      veldNaam={(v) => (v === 'einddatum' || v === 'eindeReden' ? v : null)}
      uitvoeren={async (v) => {
        await m.mutateAsync({ id: o.id, versie: o.versie, einddatum: v.einddatum, eindeReden: v.eindeReden as (typeof EINDE_REDENEN_OVEREENKOMST)[number], reden: v.reden || undefined });
        toast('succes', 'Overeenkomst beëindigd', `De overeenkomst eindigt op ${formatDatum(v.einddatum)}.`);
      }}
    >
      <DatumVeldVan label="Einddatum" aria-required control={form.control} name="einddatum" error={form.formState.errors.einddatum?.message} data-autofocus />
      <NativeSelect
        label="Reden"
        {...form.register('eindeReden')}
        data={EINDE_REDENEN_OVEREENKOMST.map((r) => ({ value: r, label: EINDE_REDEN_OVEREENKOMST_LABELS[r] }))}
        error={form.formState.errors.eindeReden?.message}
      />
      <Textarea label="Toelichting (voor de audit)" autosize minRows={2} {...form.register('reden')} />
      <Alert color="gray">Een overeenkomst loopt nooit langer dan de erkenning van de begeleider.</Alert>
    </ActieDialoog>
  );
}
