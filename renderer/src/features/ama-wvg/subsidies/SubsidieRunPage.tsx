import { useMemo, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, List, Modal, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { SUBSIDIE_BEREKENAARS, SUBSIDIE_LEZERS, type SubsidieBetalingRij, type SubsidieRunDetail } from '../../../../../shared/ama-wvg/subsidie.contract';
import { DOSSIERBEHEERDERS } from '../../../../../shared/api/roles';
import { call, foutmelding } from '../../../api/client';
import { useApi, useApiMutation, useJob } from '../../../api/hooks';
import { DataGrid } from '../../../components/DataGrid';
import { PageHeader } from '../../../components/PageHeader';
import { Fout, Laden } from '../../../components/States';
import { formatAantal, formatDatum, formatEuro, formatTijdstip } from '../../../components/format';
import { openPdf, saveBestand } from '../../../components/pdf';
import { useMag } from '../../../components/rechten';
import { useToast } from '../../../components/Toasts';
import { BETALING_KOLOMMEN } from './columns';
import { periodeLabel, RUN_STATUS_KLEUR, RUN_STATUS_LABELS } from './labels';
import { JobVoortgangBalk } from '../../../components/JobVoortgang';

const INVALIDATES = ['subsidie.get', 'subsidie.list', 'document.list'] as const;

/** One subsidy run: the cap, the amounts per begeleider, the lines of one begeleider, approval, statements and the payment file. */
export function SubsidieRunPage() {
  const runId = Number(useParams().id);
  const run = useApi('subsidie.get', { runId });
  if (run.isError) return <Fout error={run.error} titel="Subsidierun niet gevonden" opnieuw={() => void run.refetch()} />;
  if (!run.data) return <Laden />;
  return <RunDetail run={run.data} />;
}

function Getal({ label, waarde, testid }: { label: string; waarde: string; testid?: string }) {
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

function RunDetail({ run }: { run: SubsidieRunDetail }) {
  const toast = useToast();
  const isOndertekenaar = useMag(['ondertekenaar']);
  const magLezen = useMag(SUBSIDIE_LEZERS);
  const magAnnuleren = useMag([...SUBSIDIE_BEREKENAARS, 'ondertekenaar']);
  const [gekozen, setGekozen] = useState<SubsidieBetalingRij | null>(null);
  const [annuleer, setAnnuleer] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const [resultaat, setResultaat] = useState<string | null>(null);
  const goedkeuren = useApiMutation('subsidie.goedkeuren', { invalidates: [...INVALIDATES] });
  const brieven = useApiMutation('subsidie.brievenUitgeven', { invalidates: [...INVALIDATES] });
  const exporteer = useApiMutation('subsidie.exporteer', { invalidates: ['audit.list'] });
  const job = useJob();
  const b = run.berekening;
  const toets = b.plafond.toets;
  const zonderNota = run.status === 'goedgekeurd' ? run.betalingen.filter((x) => x.saldoCent !== 0 && !x.documentId).length : 0;

  const keurGoed = async (fn: 'goedkeuren' | 'brieven') => {
    setFout(null);
    setResultaat(null);
    try {
      const m = fn === 'goedkeuren' ? goedkeuren : brieven;
      const r = await job.run((jobId) => m.mutateAsync({ runId: run.id, jobId }), fn === 'goedkeuren' ? 'Goedkeuren...' : "Berekeningsnota's uitgeven...");
      const tekst = `${formatAantal(r.brieven.uitgegeven)} berekeningsnota('s) uitgegeven${r.brieven.mislukt.length ? `, ${r.brieven.mislukt.length} mislukt: ${r.brieven.mislukt.map((x) => `${x.organisatieNaam} (${x.melding})`).join('; ')}` : ''}.`;
      setResultaat(tekst);
      toast(r.brieven.mislukt.length ? 'info' : 'succes', fn === 'goedkeuren' ? 'Goedgekeurd' : "Berekeningsnota's uitgegeven", tekst);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };

  const exportBestand = async (formaat: 'csv' | 'xlsx') => {
    setFout(null);
    try {
      const r = await exporteer.mutateAsync({ runId: run.id, formaat });
      await saveBestand(r.inhoudBase64, r.bestandsnaam);
      toast('succes', 'Betaalbestand gemaakt', `${formatAantal(r.aantalBetalingen)} betaling(en), samen ${formatEuro(r.totaalCent)}.${r.waarschuwingen.length ? ` ${r.waarschuwingen.join(' ')}` : ''}`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };

  return (
    <>
      <PageHeader
        titel={`Subsidie AMA WVG — ${periodeLabel(run.periode)}`}
        intro={`Afrekening ${run.volgnummer} · berekend door ${run.aangemaaktDoor} op ${formatTijdstip(run.aangemaaktOp)}${run.goedgekeurdDoor ? ` · goedgekeurd door ${run.goedgekeurdDoor} op ${formatTijdstip(run.goedgekeurdOp!)}` : ''}`}
        acties={
          <>
            <Badge size="lg" color={RUN_STATUS_KLEUR[run.status]} variant="light" radius="xs" tt="none" data-testid="runstatus">
              {RUN_STATUS_LABELS[run.status]}
            </Badge>
            {run.status === 'voorstel' && isOndertekenaar && (
              <Button onClick={() => void keurGoed('goedkeuren')} loading={goedkeuren.isPending}>
                Goedkeuren en nota's uitgeven
              </Button>
            )}
            {zonderNota > 0 && isOndertekenaar && (
              <Button onClick={() => void keurGoed('brieven')} loading={brieven.isPending}>
                Ontbrekende nota's uitgeven ({zonderNota})
              </Button>
            )}
            {run.status === 'goedgekeurd' && magLezen && (
              <>
                <Button variant="outline" onClick={() => void exportBestand('csv')} loading={exporteer.isPending}>
                  Betaalbestand (CSV)
                </Button>
                <Button variant="outline" onClick={() => void exportBestand('xlsx')} loading={exporteer.isPending}>
                  Betaalbestand (Excel)
                </Button>
              </>
            )}
            {run.status === 'voorstel' && magAnnuleren && (
              <Button variant="default" color="red" onClick={() => setAnnuleer(true)}>
                Annuleren
              </Button>
            )}
          </>
        }
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
            Per begeleider
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            Kies een begeleider (Enter of dubbelklik) voor de berekening per deelnemer en de berekeningsnota.
          </Text>
          <DataGrid<SubsidieBetalingRij>
            gridId="subsidie-betalingen"
            ariaLabel="Bedragen per begeleider"
            rowData={run.betalingen}
            columnDefs={BETALING_KOLOMMEN}
            getRowId={(r) => String(r.id)}
            onOpen={setGekozen}
            rijNaam={['begeleider', 'begeleiders']}
            height={360}
          />
        </section>
        {gekozen && magLezen && <Begeleider run={run} b={run.betalingen.find((x) => x.id === gekozen.id) ?? gekozen} />}
      </Stack>
      <AnnuleerDialoog run={run} opened={annuleer} onClose={() => setAnnuleer(false)} />
    </>
  );
}

/** The participant lines of one begeleider, with each line's computation, the nota and a recovery. */
function Begeleider({ run, b }: { run: SubsidieRunDetail; b: SubsidieBetalingRij }) {
  const toast = useToast();
  const lijnen = useApi('subsidie.lijnen', { runId: run.id, organisatieId: b.organisatieId });
  const [voorbeeldBezig, setVoorbeeldBezig] = useState(false);
  const nota = async () => {
    setVoorbeeldBezig(true);
    try {
      if (b.documentId) {
        const d = await call('document.get', { id: b.documentId });
        await openPdf(d.pdfBase64, d.bestandsnaam);
      } else {
        const v = await call('subsidie.voorbeeldNota', { runId: run.id, organisatieId: b.organisatieId });
        await openPdf(v.pdfBase64, 'VOORBEELD-berekeningsnota.pdf');
      }
    } catch (err) {
      toast('fout', 'Geen berekeningsnota', foutmelding(err));
    } finally {
      setVoorbeeldBezig(false);
    }
  };
  const totaal = useMemo(() => (lijnen.data ?? []).reduce((s, l) => s + l.bedragCent, 0), [lijnen.data]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="begeleider-titel" data-testid="begeleider-detail">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="begeleider-titel">
          {b.organisatieNaam} ({b.kbo})
        </Title>
        <Group gap="xs">
          <Button size="compact-sm" variant="outline" onClick={() => void nota()} loading={voorbeeldBezig}>
            {b.documentId ? 'Berekeningsnota openen' : 'Voorbeeld berekeningsnota'}
          </Button>
          {b.documentId && (
            <Anchor component={Link} to={`/brieven/${b.documentId}`} size="sm">
              bij de brieven
            </Anchor>
          )}
        </Group>
      </Group>
      <Text size="sm" mb="xs">
        {b.berekening.formule}
      </Text>
      {run.status === 'goedgekeurd' && b.saldoCent < 0 && <Terugvordering b={b} />}
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
    </Paper>
  );
}

/** A negative saldo: by default offset against the next payments; or a separate claim through the hearing procedure. */
function Terugvordering({ b }: { b: SubsidieBetalingRij }) {
  const navigate = useNavigate();
  const magBerekenen = useMag(SUBSIDIE_BEREKENAARS);
  const magProcedure = useMag(DOSSIERBEHEERDERS);
  const [open, setOpen] = useState(false);
  const [feiten, setFeiten] = useState('');
  const [gronden, setGronden] = useState('Artikel 50 van het besluit van 18 november 2022: niet verschuldigde subsidie wordt teruggevorderd.');
  const [fout, setFout] = useState<string | null>(null);
  const wijze = useApiMutation('subsidie.terugvordering', { invalidates: [...INVALIDATES] });
  const start = useApiMutation('procedure.start', { invalidates: ['procedure.list', 'inbox.list', 'subsidie.get'] });
  const bedrag = formatEuro(-b.saldoCent);
  const voornemen = async () => {
    setFout(null);
    try {
      if (b.terugvordering !== 'vordering') await wijze.mutateAsync({ betalingId: b.id, wijze: 'vordering', reden: 'Afzonderlijke vordering met hoorprocedure' });
      const p = await start.mutateAsync({ soort: 'terugvordering-subsidie-ama-wvg', rechtId: b.id, feiten, gronden });
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
            'Standaard wordt dit bedrag verrekend met de volgende betalingen aan deze begeleider. U kunt het ook als afzonderlijke vordering terugvorderen, met een voornemen, een reactietermijn en een beslissing waartegen bezwaar mogelijk is.'
          )}
        </Text>
        {!b.procedureId && magBerekenen && magProcedure && (
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
            De begeleider krijgt een brief met het voornemen om {bedrag} terug te vorderen en kan binnen de reactietermijn reageren of gehoord worden.
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

function AnnuleerDialoog({ run, opened, onClose }: { run: SubsidieRunDetail; opened: boolean; onClose: () => void }) {
  const toast = useToast();
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const m = useApiMutation('subsidie.annuleren', { invalidates: [...INVALIDATES] });
  const bevestig = async () => {
    setFout(null);
    try {
      await m.mutateAsync({ runId: run.id, reden });
      toast('succes', 'Voorstel geannuleerd', 'U kunt het halfjaar opnieuw berekenen.');
      onClose();
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Voorstel annuleren" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <Textarea label="Reden" aria-required autosize minRows={2} value={reden} onChange={(e) => setReden(e.currentTarget.value)} error={fout ?? undefined} data-autofocus />
        <Group>
          <Button color="red" onClick={() => void bevestig()} loading={m.isPending}>
            Annuleren bevestigen
          </Button>
          <Button variant="default" onClick={onClose}>
            Terug
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
