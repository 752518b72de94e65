import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, List, Modal, NumberInput, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { SWV_BEHANDELAARS } from '../../../../shared/swv-zorg/register.contract';
import type { Oproep, SwvAanvraagRij } from '../../../../shared/swv-zorg/oproep.contract';
import { foutmelding } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataGrid } from '../../components/DataGrid';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { Sectie } from '../../components/dossier/Sectie';
import { TermijnKaart, termijnLijstStijl } from '../../components/dossier/TermijnKaart';
import { aantalMet, formatDatum } from '../../components/format';
import { useMag } from '../../components/rechten';
import { useToast } from '../../components/Toasts';
import { volledigeKop } from '../../components/kolommen';
import type { ColDef } from 'ag-grid-community';
import { AANVRAAG_STATUS, KEUZE_LABEL, OPROEP_FASE } from './labels';
import { OproepDialoog } from './OproepDialoog';
import { BesluitDialoog } from './Dialogen';
import { swvNaamKolom } from './columns';

const AANVRAAG_KOLOMMEN: ColDef<SwvAanvraagRij>[] = ([
  swvNaamKolom<SwvAanvraagRij>({ field: 'naam', pinned: 'left' }),
  { field: 'aanspreekpuntNaam', headerName: 'Aanspreekpunt', flex: 1, minWidth: 180 },
  { field: 'keuze', headerName: 'Keuze', minWidth: 160, valueFormatter: (p) => KEUZE_LABEL[p.value as SwvAanvraagRij['keuze']] ?? '' },
  { colId: 'regios', headerName: "Regio's", minWidth: 90, type: 'rightAligned', valueGetter: (p) => p.data?.regios.length ?? 0 },
  { field: 'ontvangenOp', headerName: 'Ontvangen', minWidth: 120, valueFormatter: (p) => formatDatum(String(p.value ?? '')) },
  { colId: 'status', headerName: 'Status', minWidth: 190, valueGetter: (p) => (p.data ? AANVRAAG_STATUS[p.data.status].label : '') },
  { field: 'volgendeTermijn', headerName: 'Volgende termijn', minWidth: 140, valueFormatter: (p) => formatDatum(p.value ? String(p.value) : '') },
] satisfies ColDef<SwvAanvraagRij>[] as ColDef<SwvAanvraagRij>[]).map(volledigeKop);

const BESLIS_GRONDEN =
  'Artikel 16 van het besluit van 18 november 2022: de gegronde aanvragen worden per werk- en zorgregio vergeleken; een aanvraag enkel als combinatie wordt alleen gemandateerd als ze in elke regio de hoogst gerangschikte is, een aanvraag ook per regio waar ze de hoogst gerangschikte is. Artikel 18: kennisgeving van de beslissing.';

/** A call: its applications, their deadlines, the ranking matrix with the explanation of every outcome, and the mandate decisions. */
export function OproepDetailPage() {
  const id = Number(useParams().id);
  const oproep = useApi('oproep.get', { id });
  if (oproep.isError) return <Fout error={oproep.error} titel="Oproep niet gevonden" opnieuw={() => void oproep.refetch()} />;
  if (!oproep.data) return <Laden />;
  return <Detail o={oproep.data} />;
}

function Detail({ o }: { o: Oproep }) {
  const navigate = useNavigate();
  const mag = useMag(SWV_BEHANDELAARS);
  const [wijzig, setWijzig] = useState(false);
  const [beslis, setBeslis] = useState(false);
  const [scoren, setScoren] = useState<SwvAanvraagRij | null>(null);
  const open = useCallback((a: SwvAanvraagRij) => navigate(`/samenwerkingsverbanden/aanvragen/${a.id}`), [navigate]);
  const beslisM = useApiMutation('oproep.beslis', { invalidates: ['oproep.get', 'beslissing.list', 'inbox.list'] });
  const naam = (r: string) => o.regioNamen[r] ?? r;
  const fase = OPROEP_FASE[o.fase];
  const gegrond = o.aanvragen.filter((a) => a.status === 'gegrond');
  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to="/samenwerkingsverbanden/oproepen">
          ← Oproepen
        </Anchor>
      </Text>
      <PageHeader
        titel={o.titel}
        intro={`Indienen van ${formatDatum(o.indienenVan)} tot en met ${formatDatum(o.indienenTot)} · mandaat van ${formatDatum(o.mandaatVan)} tot en met ${formatDatum(o.mandaatTot)} · ${o.regios.map(naam).join(', ')}`}
        acties={
          <>
            <StatusBadge info={fase} />
            {mag && (
              <Button component={Link} to={`/samenwerkingsverbanden/aanvragen/nieuw?oproep=${o.id}`} variant="outline">
                Aanvraag registreren
              </Button>
            )}
            {mag && o.fase !== 'afgerond' && (
              <Button variant="default" onClick={() => setWijzig(true)}>
                Oproep wijzigen
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <Sectie id="oproep-termijnen" titel="Termijnen na het sluiten van de oproep">
          <ul style={termijnLijstStijl}>
            {o.termijnen.map((t) => (
              <TermijnKaart key={t.omschrijving} omschrijving={t.omschrijving} vervaldatum={t.vervaldatum} afleiding={t.afleiding} stand={{ label: 'Per aanvraag verlengd met de opschorting', kleur: 'gray' }} />
            ))}
          </ul>
        </Sectie>
        <section aria-labelledby="aanvragen-titel">
          <Title order={2} size="h3" id="aanvragen-titel" mb="xs">
            Aanvragen
          </Title>
          <DataGrid<SwvAanvraagRij>
            gridId="oproep-aanvragen"
            ariaLabel="Aanvragen van de oproep"
            rowData={o.aanvragen}
            columnDefs={AANVRAAG_KOLOMMEN}
            getRowId={(a) => String(a.id)}
            onOpen={open}
            rijNaam={['aanvraag', 'aanvragen']}
            height={260}
          />
        </section>
        <Paper withBorder p="md" component="section" aria-labelledby="rangschikking-titel" data-testid="rangschikking">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h3" id="rangschikking-titel">
              Rangschikking per werk- en zorgregio
            </Title>
            {mag && gegrond.length > 0 && (
              <Group gap="xs">
                {gegrond.map((a) => (
                  <Button key={a.id} size="compact-sm" variant="outline" onClick={() => setScoren(a)}>
                    Scoren: {a.naam}
                  </Button>
                ))}
              </Group>
            )}
          </Group>
          <Text size="sm" c="dimmed" mb="xs">
            Criteria: {o.criteria.map((c) => `${c.omschrijving} (gewicht ${c.gewicht}, score 0–${c.max})`).join('; ')}. Bij gelijke stand:{' '}
            {o.beslechting.soort === 'criterium' ? `de hoogste score op "${o.criteria.find((c) => c.code === (o.beslechting as { criterium: string }).criterium)?.omschrijving}"` : 'de vroegst ingediende aanvraag'}.
          </Text>
          <Matrix o={o} />
          {o.rangschikking.volledig ? (
            <List size="sm" mt="sm" data-testid="uitkomsten">
              {o.rangschikking.uitkomsten.map((u) => (
                <List.Item key={u.aanvraagId}>
                  <strong>{o.aanvragen.find((a) => a.id === u.aanvraagId)?.naam}</strong>: {u.uitleg}
                </List.Item>
              ))}
            </List>
          ) : (
            o.rangschikking.ontbreekt.length > 0 && (
              <Alert color="yellow" mt="sm" title="Nog te scoren">
                <List size="sm">
                  {o.rangschikking.ontbreekt.map((x) => (
                    <List.Item key={x}>{x}</List.Item>
                  ))}
                </List>
              </Alert>
            )
          )}
        </Paper>
        <Sectie id="oproep-beslissen" titel="Mandaat- en weigeringsbeslissingen">
          {o.beslisBlokkades.length ? (
            <List size="sm">
              {o.beslisBlokkades.map((b) => (
                <List.Item key={b}>{b}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">Alle gegronde aanvragen zijn gerangschikt. De ontwerpen van beslissing volgen de rangschikking hierboven.</Text>
          )}
          {mag && (
            <Group mt="sm">
              <Button onClick={() => setBeslis(true)} disabled={o.beslisBlokkades.length > 0}>
                Beslissingen opstellen
              </Button>
            </Group>
          )}
        </Sectie>
      </Stack>
      <OproepDialoog opened={wijzig} onClose={() => setWijzig(false)} oproep={o} />
      {scoren && <ScoreDialoog o={o} aanvraag={scoren} onClose={() => setScoren(null)} />}
      <BesluitDialoog
        titel="Mandaat- en weigeringsbeslissingen opstellen"
        opened={beslis}
        onClose={() => setBeslis(false)}
        uitleg="Voor elke gegronde aanvraag wordt een ontwerp opgesteld: een mandaat voor de regio's waar ze de hoogst gerangschikte is, of een weigering. De uitleg van de rangschikking komt bij de feiten. Elk ontwerp wacht op de goedkeuring van een ondertekenaar."
        feiten={`Op de oproep "${o.titel}" ${o.aanvragen.length === 1 ? 'werd 1 aanvraag' : `werden ${o.aanvragen.length} aanvragen`} ingediend; ${gegrond.length === 1 ? '1 ervan is gegrond en werd' : `${gegrond.length} ervan zijn gegrond en werden`} per werk- en zorgregio gescoord op de criteria van de oproep.`}
        rechtsgronden={BESLIS_GRONDEN}
        uitvoeren={(w) => beslisM.mutateAsync({ id: o.id, datum: w.datum, feiten: w.feiten, rechtsgronden: w.rechtsgronden, ondertekenaarId: w.ondertekenaarId })}
      />
    </>
  );
}

/** Applications × regions: total score and rank per cell; a dash where the application does not cover the region. */
function Matrix({ o }: { o: Oproep }) {
  const r = o.rangschikking;
  const rijen = o.aanvragen.filter((a) => ['gegrond', 'gemandateerd', 'geweigerd'].includes(a.status));
  if (!rijen.length) return <Text size="sm">Nog geen gegronde aanvragen.</Text>;
  return (
    <Table withTableBorder withColumnBorders aria-label="Rangschikking: aanvragen per werk- en zorgregio" data-testid="matrix">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Aanvraag</Table.Th>
          {o.regios.map((code) => (
            <Table.Th key={code} scope="col">
              {o.regioNamen[code] ?? code}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rijen.map((a) => (
          <Table.Tr key={a.id}>
            <Table.Th scope="row">
              {a.naam}
              <Text size="xs" c="dimmed">
                {KEUZE_LABEL[a.keuze]}
              </Text>
            </Table.Th>
            {o.regios.map((code) => {
              if (!a.regios.includes(code)) return <Table.Td key={code}>—</Table.Td>;
              const cel = r.perRegio[code]?.find((x) => x.aanvraagId === a.id);
              if (!cel) return <Table.Td key={code}>nog te scoren</Table.Td>;
              const gewonnen = r.mandaten[code] === a.id;
              return (
                <Table.Td key={code} bg={gewonnen ? 'var(--mantine-color-green-0)' : undefined}>
                  <Text size="sm" fw={gewonnen ? 700 : 400}>
                    {cel.totaal} punten · {cel.rang === null ? 'valt weg' : `rang ${cel.rang}`}
                    {gewonnen ? ' · mandaat' : ''}
                  </Text>
                  {cel.uitleg && (
                    <Text size="xs" c="dimmed">
                      {cel.uitleg}
                    </Text>
                  )}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Scores of one application per region and criterion, each with its motivation (art. 16 §2). */
function ScoreDialoog({ o, aanvraag, onClose }: { o: Oproep; aanvraag: SwvAanvraagRij; onClose: () => void }) {
  const toast = useToast();
  const detail = useApi('mandaataanvraag.get', { id: aanvraag.id });
  const m = useApiMutation('oproep.score', { invalidates: ['oproep.get', 'mandaataanvraag.get'] });
  const regios = aanvraag.regios.filter((r) => o.regios.includes(r));
  const sleutel = (r: string, c: string) => `${r}|${c}`;
  const [waarden, setWaarden] = useState<Record<string, { score: number | ''; motivering: string }>>({});
  const [fout, setFout] = useState<string | null>(null);
  useEffect(() => {
    if (!detail.data) return;
    const w: Record<string, { score: number | ''; motivering: string }> = {};
    for (const r of regios) for (const c of o.criteria) w[sleutel(r, c.code)] = { score: '', motivering: '' };
    for (const s of detail.data.scores) w[sleutel(s.regioCode, s.criterium)] = { score: s.score, motivering: s.motivering };
    setWaarden(w);
    // The form starts from the stored scores once they are loaded.
  }, [detail.data]);
  const bewaar = async () => {
    setFout(null);
    try {
      let n = 0;
      for (const r of regios) {
        for (const c of o.criteria) {
          const v = waarden[sleutel(r, c.code)];
          if (!v || v.score === '') continue;
          const oud = detail.data?.scores.find((s) => s.regioCode === r && s.criterium === c.code);
          if (oud && oud.score === v.score && oud.motivering === v.motivering) continue;
          await m.mutateAsync({ aanvraagId: aanvraag.id, regioCode: r, criterium: c.code, score: Number(v.score), motivering: v.motivering });
          n++;
        }
      }
      toast('succes', 'Scores bewaard', `${aantalMet(n, 'score', 'scores')} van ${aanvraag.naam}.`);
      onClose();
    } catch (err) {
      setFout(`${foutmelding(err)} (de scores tot dan werden bewaard)`);
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Scoren: ${aanvraag.naam}`} size="xl" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        {fout && (
          <Alert color="red" role="alert" title="Niet alles bewaard">
            {fout}
          </Alert>
        )}
        {regios.map((r) => (
          <Paper key={r} withBorder p="sm">
            <Title order={3} size="h5" mb="xs">
              {o.regioNamen[r] ?? r}
            </Title>
            {o.criteria.map((c) => {
              const k = sleutel(r, c.code);
              const v = waarden[k] ?? { score: '', motivering: '' };
              return (
                <Group key={c.code} align="flex-start" wrap="nowrap" mb="xs">
                  <NumberInput label={`${c.omschrijving} (0–${c.max})`} min={0} max={c.max} value={v.score} onChange={(x) => setWaarden({ ...waarden, [k]: { ...v, score: x === '' ? '' : Number(x) } })} w={220} />
                  <Textarea label="Motivering" autosize minRows={1} value={v.motivering} onChange={(e) => setWaarden({ ...waarden, [k]: { ...v, motivering: e.currentTarget.value } })} style={{ flex: 1 }} />
                </Group>
              );
            })}
          </Paper>
        ))}
        <Group>
          <Button onClick={() => void bewaar()} loading={m.isPending}>
            Scores bewaren
          </Button>
          <Button variant="default" onClick={onClose}>
            Sluiten
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
