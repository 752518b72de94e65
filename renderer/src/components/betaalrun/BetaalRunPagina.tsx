import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Badge, Button, Group, List, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { ColDef } from 'ag-grid-community';
import type { BetaalRunDetail, Betaling } from '../../../../shared/engines/betaalrun.contract';
import { BETAALRUN_BEHANDELAARS } from '../../../../shared/engines/betaalrun.contract';
import type { Rol } from '../../../../shared/api/roles';
import type { MethodName } from '../../../../shared/api/contract';
import { call, foutmelding } from '../../api/client';
import { useApiMutation, useJob } from '../../api/hooks';
import { DataGrid } from '../DataGrid';
import { PageHeader } from '../PageHeader';
import { aantalMet, formatAantal, formatEuro, formatTijdstip } from '../format';
import { openPdf, saveBestand } from '../pdf';
import { useMag, useMagInDepartement } from '../rechten';
import { useToast } from '../Toasts';
import { JobVoortgangBalk } from '../JobVoortgang';
import { RUN_STATUS_KLEUR, RUN_STATUS_LABELS } from './labels';
import { Bevestiging } from '../Bevestiging';

/**
 * The page of one payment run, for every scheme (engines/betaalrun): status and approval (four eyes),
 * the statements, the payment file, cancelling a proposal, the amounts per payee and, per payee, the
 * statement and the recovery of a negative saldo. The scheme adds its own sections (its computation)
 * and the detail of one payee (its lines).
 */
export interface BetaalRunPaginaProps<R, P> {
  run: BetaalRunDetail<R, P>;
  titel: string;
  /** The methods and queries to refresh after a change. */
  invalidates: MethodName[];
  kolommen: ColDef<Betaling<P>>[];
  /** "begeleider" / "begeleiders" */
  begunstigde: [string, string];
  /** Key figures and the scheme's computation, above the payees. */
  samenvatting: ReactNode;
  /** The detail of one payee (its lines), below the grid. */
  begunstigdeDetail: (b: Betaling<P>) => ReactNode;
  /** Roles that may see a payee's lines. */
  lezers: readonly Rol[];
  /** Recovery as a separate claim: the procedure kind and the default grounds. */
  terugvordering: { procedureSoort: string; gronden: string; wie: string };
}

export function Getal({ label, waarde, testid }: { label: string; waarde: string; testid?: string }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={20} data-testid={testid}>
        {waarde}
      </Text>
    </Paper>
  );
}

export function BetaalRunPagina<R, P>(props: BetaalRunPaginaProps<R, P>) {
  const { run } = props;
  const toast = useToast();
  const isOndertekenaar = useMag(['ondertekenaar']);
  const magLezen = useMag(props.lezers);
  const magExport = useMag(BETAALRUN_BEHANDELAARS);
  const [gekozen, setGekozen] = useState<Betaling<P> | null>(null);
  const [annuleer, setAnnuleer] = useState(false);
  const [bevestig, setBevestig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const [resultaat, setResultaat] = useState<string | null>(null);
  const goedkeuren = useApiMutation('betaalrun.goedkeuren', { invalidates: props.invalidates });
  const brieven = useApiMutation('betaalrun.brievenUitgeven', { invalidates: props.invalidates });
  const exporteer = useApiMutation('betaalrun.exporteer', { invalidates: ['audit.list'] });
  const job = useJob();
  const zonderNota = run.status === 'goedgekeurd' ? run.betalingen.filter((x) => x.saldoCent !== 0 && !x.documentId).length : 0;

  const keurGoed = async (fn: 'goedkeuren' | 'brieven') => {
    setFout(null);
    setResultaat(null);
    try {
      const m = fn === 'goedkeuren' ? goedkeuren : brieven;
      const r = await job.run((jobId) => m.mutateAsync({ runId: run.id, jobId }), fn === 'goedkeuren' ? 'Goedkeuren...' : "Berekeningsnota's uitgeven...");
      const tekst = `${aantalMet(r.brieven.uitgegeven, 'berekeningsnota', "berekeningsnota's")} uitgegeven${r.brieven.mislukt.length ? `, ${r.brieven.mislukt.length} mislukt: ${r.brieven.mislukt.map((x) => `${x.organisatieNaam} (${x.melding})`).join('; ')}` : ''}.`;
      setResultaat(tekst);
      toast(r.brieven.mislukt.length ? 'info' : 'succes', fn === 'goedkeuren' ? 'Goedgekeurd' : "Berekeningsnota's uitgegeven", tekst);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };

  const [exportWaarschuwingen, setExportWaarschuwingen] = useState<string[]>([]);
  const exportBestand = async (formaat: 'csv' | 'xlsx') => {
    setFout(null);
    try {
      const r = await exporteer.mutateAsync({ runId: run.id, formaat });
      await saveBestand(r.inhoudBase64, r.bestandsnaam);
      // A short toast; what was left out stays on the page (the warnings above the grid), not in a toast that covers it.
      setExportWaarschuwingen(r.waarschuwingen);
      toast(
        r.waarschuwingen.length ? 'info' : 'succes',
        'Betaalbestand gemaakt',
        `${aantalMet(r.aantalBetalingen, 'betaling', 'betalingen')}, samen ${formatEuro(r.totaalCent)}.${r.waarschuwingen.length ? ` Let op: ${aantalMet(r.waarschuwingen.length, 'waarschuwing', 'waarschuwingen')} op de pagina.` : ''}`,
      );
    } catch (err) {
      setFout(foutmelding(err));
    }
  };

  const huidig = gekozen ? (run.betalingen.find((x) => x.id === gekozen.id) ?? gekozen) : null;
  return (
    <>
      <PageHeader
        titel={props.titel}
        intro={`Afrekening ${run.volgnummer} · berekend door ${run.aangemaaktDoor} op ${formatTijdstip(run.aangemaaktOp)}${run.goedgekeurdDoor ? ` · goedgekeurd door ${run.goedgekeurdDoor} op ${formatTijdstip(run.goedgekeurdOp!)}` : ''}`}
        acties={
          <>
            <Badge size="lg" color={RUN_STATUS_KLEUR[run.status]} variant="light" radius="xs" tt="none" data-testid="runstatus">
              {RUN_STATUS_LABELS[run.status]}
            </Badge>
            {run.status === 'voorstel' && isOndertekenaar && (
              <Button onClick={() => setBevestig(true)} loading={goedkeuren.isPending}>
                Goedkeuren en nota's uitgeven
              </Button>
            )}
            {zonderNota > 0 && isOndertekenaar && (
              <Button onClick={() => void keurGoed('brieven')} loading={brieven.isPending}>
                Ontbrekende nota's uitgeven ({zonderNota})
              </Button>
            )}
            {run.status === 'goedgekeurd' && magExport && (
              <>
                <Button variant="outline" onClick={() => void exportBestand('csv')} loading={exporteer.isPending}>
                  Betaalbestand (CSV)
                </Button>
                <Button variant="outline" onClick={() => void exportBestand('xlsx')} loading={exporteer.isPending}>
                  Betaalbestand (Excel)
                </Button>
              </>
            )}
            {run.status === 'voorstel' && magExport && (
              <Button variant="default" color="red" onClick={() => setAnnuleer(true)}>
                Annuleren
              </Button>
            )}
          </>
        }
      />
      <GoedkeurBevestiging
        opened={bevestig}
        onClose={() => setBevestig(false)}
        onBevestig={() => {
          setBevestig(false);
          void keurGoed('goedkeuren');
        }}
        teBetalenCent={run.teBetalenTotaalCent}
        terugCent={run.terugTeVorderenCent}
        begunstigden={run.betalingen.length}
        nota={run.betalingen.filter((x) => x.saldoCent !== 0).length}
        begunstigde={props.begunstigde[1]}
      />
      <Stack gap="lg">
        {fout && (
          <Alert color="red" role="alert" title="Niet gelukt">
            {fout}
          </Alert>
        )}
        <JobVoortgangBalk voortgang={job.voortgang} stop={job.stop} label="Voortgang van de berekeningsnota’s" />
        {resultaat && (
          <Alert color="green" title="Klaar" data-testid="runresultaat">
            {resultaat}
          </Alert>
        )}
        {exportWaarschuwingen.length > 0 && (
          <Alert color="orange" title="Niet in het betaalbestand" data-testid="exportwaarschuwingen">
            <List size="sm">
              {exportWaarschuwingen.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {props.samenvatting}
        {run.waarschuwingen.length > 0 && (
          <Alert color="orange" title="Na te kijken">
            <List size="sm">
              {run.waarschuwingen.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <section aria-labelledby="betalingen-titel">
          <Title order={2} size="h3" id="betalingen-titel" mb="xs">
            Per {props.begunstigde[0]}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            Kies een {props.begunstigde[0]} (Enter of dubbelklik) voor de berekening en de berekeningsnota.
          </Text>
          <DataGrid<Betaling<P>>
            gridId={`betalingen-${run.regeling}`}
            ariaLabel={`Bedragen per ${props.begunstigde[0]}`}
            rowData={run.betalingen}
            columnDefs={props.kolommen}
            getRowId={(r) => String(r.id)}
            onOpen={setGekozen}
            rijNaam={props.begunstigde}
            height={360}
          />
        </section>
        {huidig && magLezen && (
          <Paper withBorder p="md" component="section" aria-labelledby="begunstigde-titel" data-testid="begeleider-detail">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4" id="begunstigde-titel">
                {huidig.organisatieNaam} ({huidig.kbo})
              </Title>
              <Nota run={run} b={huidig} />
            </Group>
            {run.status === 'goedgekeurd' && huidig.saldoCent < 0 && <Terugvordering b={huidig} {...props.terugvordering} invalidates={props.invalidates} departement={run.departement} />}
            {props.begunstigdeDetail(huidig)}
          </Paper>
        )}
      </Stack>
      <AnnuleerDialoog runId={run.id} invalidates={props.invalidates} opened={annuleer} onClose={() => setAnnuleer(false)} />
    </>
  );
}

/** The statement of a payee: the issued letter, or a preview while the run is a proposal. */
function Nota<R, P>({ run, b }: { run: BetaalRunDetail<R, P>; b: Betaling<P> }) {
  const toast = useToast();
  const [bezig, setBezig] = useState(false);
  const open = async () => {
    setBezig(true);
    try {
      if (b.documentId) {
        const d = await call('document.get', { id: b.documentId });
        await openPdf(d.pdfBase64, d.bestandsnaam);
      } else {
        const v = await call('betaalrun.voorbeeldNota', { runId: run.id, organisatieId: b.organisatieId });
        await openPdf(v.pdfBase64, 'VOORBEELD-berekeningsnota.pdf');
      }
    } catch (err) {
      toast('fout', 'Geen berekeningsnota', foutmelding(err));
    } finally {
      setBezig(false);
    }
  };
  return (
    <Group gap="xs">
      <Button size="compact-sm" variant="outline" onClick={() => void open()} loading={bezig}>
        {b.documentId ? 'Berekeningsnota openen' : 'Voorbeeld berekeningsnota'}
      </Button>
      {b.documentId && (
        <Anchor component={Link} to={`/brieven/${b.documentId}`} size="sm">
          bij de brieven
        </Anchor>
      )}
    </Group>
  );
}

/** A negative saldo: by default offset against the next payments; or a separate claim through the hearing procedure. */
function Terugvordering<P>({ b, procedureSoort, gronden: standaard, wie, invalidates, departement }: { b: Betaling<P>; procedureSoort: string; gronden: string; wie: string; invalidates: MethodName[]; departement: 'ZORG' | 'WSE' }) {
  const navigate = useNavigate();
  const mag = useMagInDepartement(departement);
  const [open, setOpen] = useState(false);
  const [feiten, setFeiten] = useState('');
  const [gronden, setGronden] = useState(standaard);
  const [fout, setFout] = useState<string | null>(null);
  const wijze = useApiMutation('betaalrun.terugvordering', { invalidates });
  const start = useApiMutation('procedure.start', { invalidates: ['procedure.list', 'inbox.list', ...invalidates] });
  const bedrag = formatEuro(-b.saldoCent);
  const voornemen = async () => {
    setFout(null);
    try {
      if (b.terugvordering !== 'vordering') await wijze.mutateAsync({ betalingId: b.id, wijze: 'vordering', reden: 'Afzonderlijke vordering met hoorprocedure' });
      const p = await start.mutateAsync({ soort: procedureSoort, rechtId: b.id, feiten, gronden });
      navigate(`/procedures/${p.id}`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Alert color="orange" title={`${bedrag} terug te vorderen`} mb="sm">
      <Stack gap="xs">
        <Text size="sm">
          {b.procedureId ? (
            <>
              Er loopt een procedure tot terugvordering:{' '}
              <Anchor component={Link} to={`/procedures/${b.procedureId}`}>
                procedure {b.procedureId}
              </Anchor>
              .
            </>
          ) : b.terugvordering === 'vordering' ? (
            'Dit bedrag wordt als afzonderlijke vordering teruggevorderd.'
          ) : (
            `Standaard wordt dit bedrag verrekend met de volgende betalingen aan ${wie}. U kunt het ook als afzonderlijke vordering terugvorderen, met een voornemen, een reactietermijn en een beslissing waartegen bezwaar mogelijk is.`
          )}
        </Text>
        {!b.procedureId && mag && (
          <Group>
            <Button size="compact-sm" color="orange" onClick={() => setOpen(true)}>
              Voornemen tot terugvordering
            </Button>
          </Group>
        )}
      </Stack>
      <Modal opened={open} onClose={() => setOpen(false)} title="Voornemen tot terugvordering" size="lg" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
        <Stack gap="sm">
          <Text size="sm">
            {wie.charAt(0).toUpperCase() + wie.slice(1)} krijgt een brief met het voornemen om {bedrag} terug te vorderen en kan binnen de reactietermijn reageren of gehoord worden.
          </Text>
          {fout && (
            <Alert color="red" role="alert" title="Niet gelukt">
              {fout}
            </Alert>
          )}
          <Textarea label="Feiten" description="Wat werd vastgesteld, wanneer en door wie." aria-required autosize minRows={3} value={feiten} onChange={(e) => setFeiten(e.currentTarget.value)} data-autofocus />
          <Textarea label="Gronden" aria-required autosize minRows={2} value={gronden} onChange={(e) => setGronden(e.currentTarget.value)} />
          <Group>
            <Button onClick={() => void voornemen()} loading={start.isPending || wijze.isPending}>
              Voornemen uitgeven
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              Annuleren
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Alert>
  );
}

function AnnuleerDialoog({ runId, invalidates, opened, onClose }: { runId: number; invalidates: MethodName[]; opened: boolean; onClose: () => void }) {
  const toast = useToast();
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const m = useApiMutation('betaalrun.annuleren', { invalidates });
  const bevestig = async () => {
    setFout(null);
    try {
      await m.mutateAsync({ runId, reden });
      toast('succes', 'Voorstel geannuleerd', 'U kunt de periode opnieuw berekenen.');
      onClose();
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Bevestiging opened={opened} onClose={onClose} titel="Voorstel annuleren" knop="Ja, het voorstel annuleren" kleur="red" terug="Terug" bezig={m.isPending} onBevestig={() => void bevestig()}>
      <Text size="sm">Het voorstel vervalt en wordt niet betaald; de periode kan daarna opnieuw berekend worden.</Text>
      <Textarea label="Reden" aria-required autosize minRows={2} value={reden} onChange={(e) => setReden(e.currentTarget.value)} error={fout ?? undefined} data-autofocus />
    </Bevestiging>
  );
}

/** Approving money cannot be undone: say what will happen (amounts, letters) and ask. */
function GoedkeurBevestiging(p: { opened: boolean; onClose: () => void; onBevestig: () => void; teBetalenCent: number; terugCent: number; begunstigden: number; nota: number; begunstigde: string }) {
  return (
    <Bevestiging opened={p.opened} onClose={p.onClose} titel="Run goedkeuren" knop="Ja, goedkeuren" onBevestig={p.onBevestig}>
      <Text size="sm">
          U keurt de bedragen voor {formatAantal(p.begunstigden)} {p.begunstigde} goed: {formatEuro(p.teBetalenCent)} te betalen
          {p.terugCent > 0 ? ` en ${formatEuro(p.terugCent)} terug te vorderen` : ''}. Er {p.nota === 1 ? 'wordt 1 berekeningsnota' : `worden ${formatAantal(p.nota)} berekeningsnota's`} uitgegeven
          en de begunstigden liggen vast zoals ze nu geregistreerd zijn. Dit kan niet ongedaan gemaakt worden.
      </Text>
    </Bevestiging>
  );
}
