import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Modal, NativeSelect, NumberInput, Paper, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { WSE_BEHANDELAARS, type SeAanvraag, type SeOproepDetail } from '../../../../shared/ama-se/contingent.contract';
import { foutmelding } from '../../api/client';
import { useApi, useApiMutation, useParameterGetal, useSessie } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden } from '../../components/States';
import { Sectie } from '../../components/dossier/Sectie';
import { BESLISSING_STATUS, beslissingTypeLabel } from '../../components/dossier/labels';
import { formatDatum } from '../../components/format';
import { useMag } from '../../components/rechten';
import { Bevestiging } from '../../components/Bevestiging';
import { DatumVeld } from '../../components/DatumVeld';

const STATUS: Record<SeAanvraag['status'], { label: string; kleur: string }> = {
  ingediend: { label: 'Ontvankelijkheid te beslissen', kleur: 'orange' },
  ontvankelijk: { label: 'Ontvankelijk', kleur: 'blue' },
  onontvankelijk: { label: 'Onontvankelijk', kleur: 'gray' },
  toegekend: { label: 'Plaatsen toegekend', kleur: 'green' },
  geweigerd: { label: 'Geen plaatsen', kleur: 'gray' },
};

const INVALIDATES = ['seOproep.get', 'seOproep.list', 'seAanvraag.get', 'beslissing.list', 'inbox.list', 'contingent.list'] as const;

/** A call for AMA SE places: its criteria, the applications with their admissibility deadline, the allocation proposal and the decisions (art. 60–63, 67). */
export function SeOproepDetailPage() {
  const id = Number(useParams().id);
  const o = useApi('seOproep.get', { id });
  if (o.isError) return <Fout error={o.error} titel="Oproep niet gevonden" opnieuw={() => void o.refetch()} />;
  if (!o.data) return <Laden />;
  return <Detail o={o.data} />;
}

function Detail({ o }: { o: SeOproepDetail }) {
  const mag = useMag(WSE_BEHANDELAARS);
  const vandaag = useSessie().data?.vandaag ?? '';
  const [nieuw, setNieuw] = useState(false);
  const [ontvankelijk, setOntvankelijk] = useState<SeAanvraag | null>(null);
  const [beoordeel, setBeoordeel] = useState<SeAanvraag | null>(null);
  const [beslis, setBeslis] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const beslisMut = useApiMutation('seOproep.beslis', { invalidates: [...INVALIDATES] });
  const teBeslissen = o.aanvraagLijst.filter((a) => a.status === 'ontvankelijk' && !a.beslissingen.some((b) => b.status === 'ontwerp'));
  const toegekend = teBeslissen.reduce((s, a) => s + (a.teBeslissen ?? 0), 0);
  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to="/contingenten/oproepen">
          ← Oproepen
        </Anchor>
      </Text>
      <PageHeader
        titel={o.titel}
        intro={`${o.soort === 'herverdeling' ? 'Herverdeling van vrijgekomen plaatsen' : 'Toekenning'} · ${o.plaatsen} plaatsen vanaf ${formatDatum(o.plaatsenVanaf)} · open van ${formatDatum(o.geopendOp)} tot ${formatDatum(o.sluitOp)}`}
        acties={
          mag && (
            <>
              <Button variant="outline" onClick={() => setNieuw(true)}>
                Aanvraag registreren
              </Button>
              {teBeslissen.length > 0 && <Button onClick={() => setBeslis(true)}>Beslissingen voorbereiden ({teBeslissen.length})</Button>}
            </>
          )
        }
      />
      <Stack gap="lg">
        <Sectie id="criteria" titel="Criteria (art. 60)">
          <Paper withBorder p="md">
            <Text size="sm"><b>Verdeling:</b> {o.verdelingscriteria}</Text>
            <Text size="sm"><b>Prioriteit:</b> {o.prioriteitscriteria}</Text>
            <Text size="sm"><b>Advies:</b> {o.advies}</Text>
            <Text size="sm" mt="xs" c="dimmed">{o.verdeling}</Text>
          </Paper>
        </Sectie>
        <Sectie id="aanvragen" titel={`Aanvragen (${o.aanvraagLijst.length})`}>
          <Table withTableBorder aria-labelledby="aanvragen-titel" data-testid="se-aanvragen">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Maatwerkbedrijf</Table.Th>
                <Table.Th>Ontvangen</Table.Th>
                <Table.Th>Ontvankelijkheid uiterlijk</Table.Th>
                <Table.Th ta="right">Gevraagd</Table.Th>
                <Table.Th ta="right">Voorstel</Table.Th>
                <Table.Th ta="right">Te beslissen</Table.Th>
                <Table.Th>Stand</Table.Th>
                <Table.Th>Acties</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.aanvraagLijst.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/contingenten/${a.organisatieId}`}>{a.organisatieNaam}</Anchor>
                    {a.staatssteunProbleem && a.status === 'ontvankelijk' && <Text size="xs" c="orange.9">{a.staatssteunProbleem}</Text>}
                    {a.beslissingen.map((b) => (
                      <Text key={b.id} size="xs">
                        <Anchor component={Link} to={`/beslissingen/${b.id}`}>{beslissingTypeLabel(b.type)}</Anchor> – {BESLISSING_STATUS[b.status].label}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>{formatDatum(a.ontvangenOp)}</Table.Td>
                  <Table.Td>
                    {formatDatum(a.ontvankelijkheidUiterlijk)}
                    {a.status === 'ingediend' && a.ontvankelijkheidUiterlijk < vandaag && <Badge color="red" ml={4}>te laat</Badge>}
                  </Table.Td>
                  <Table.Td ta="right">{a.gevraagd}</Table.Td>
                  <Table.Td ta="right">{a.voorgesteld ?? '—'}</Table.Td>
                  <Table.Td ta="right">{a.teBeslissen ?? '—'}{a.toegekend !== null ? ' (aangepast)' : ''}</Table.Td>
                  <Table.Td><Badge color={STATUS[a.status].kleur} variant="light">{STATUS[a.status].label}</Badge></Table.Td>
                  <Table.Td>
                    {mag && a.status === 'ingediend' && !a.beslissingen.some((b) => b.status === 'ontwerp') && (
                      <Button size="xs" variant="outline" onClick={() => setOntvankelijk(a)}>Ontvankelijkheid</Button>
                    )}
                    {mag && a.status === 'ontvankelijk' && !a.beslissingen.some((b) => b.status === 'ontwerp') && (
                      <Button size="xs" variant="outline" onClick={() => setBeoordeel(a)}>Beoordelen</Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Sectie>
      </Stack>
      {nieuw && <AanvraagDialoog o={o} onClose={() => setNieuw(false)} />}
      {ontvankelijk && <OntvankelijkheidDialoog a={ontvankelijk} onClose={() => setOntvankelijk(null)} />}
      {beoordeel && <BeoordeelDialoog a={beoordeel} onClose={() => setBeoordeel(null)} />}
      <Bevestiging
        opened={beslis}
        onClose={() => setBeslis(false)}
        titel="Beslissingen voorbereiden"
        knop="Ja, ontwerpen maken"
        bezig={beslisMut.isPending}
        fout={fout}
        onBevestig={() => void beslisMut.mutateAsync({ id: o.id, datum: vandaag }).then(() => setBeslis(false)).catch((e: unknown) => setFout(foutmelding(e)))}
      >
        <Text size="sm">
          U maakt {teBeslissen.length} ontwerpen van ministeriële beslissing: samen {toegekend} van de {o.plaatsen} plaatsen, vanaf {formatDatum(o.plaatsenVanaf)}. Een ondertekenaar van WSE keurt ze
          goed; dan gaan de brieven uit en worden de plaatsen aan het contingent toegevoegd.
        </Text>
      </Bevestiging>
    </>
  );
}

function AanvraagDialoog({ o, onClose }: { o: SeOproepDetail; onClose: () => void }) {
  const contingenten = useApi('organisatie.list', {});
  const vandaag = useSessie().data?.vandaag ?? '';
  const mut = useApiMutation('seAanvraag.registreer', { invalidates: [...INVALIDATES] });
  const [v, setV] = useState({ organisatieId: '', ontvangenOp: vandaag, gevraagd: 1, motivering: '' });
  const [fout, setFout] = useState<string | null>(null);
  const mwb = (contingenten.data ?? []).filter((x) => x.typeCode === 'MAATWERKBEDRIJF');
  return (
    <Modal opened onClose={onClose} title="Aanvraag voor plaatsen registreren" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <NativeSelect label="Maatwerkbedrijf" value={v.organisatieId} onChange={(e) => setV({ ...v, organisatieId: e.currentTarget.value })} data-autofocus
          data={[{ value: '', label: 'Kies een maatwerkbedrijf' }, ...mwb.map((x) => ({ value: String(x.id), label: `${x.naam} (${x.kbo})` }))]} />
        <Group grow>
          <DatumVeld label="Ontvangen op" value={v.ontvangenOp} onChange={(d) => setV({ ...v, ontvangenOp: d })} />
          <NumberInput label="Gevraagde plaatsen" value={v.gevraagd} min={1} onChange={(n) => setV({ ...v, gevraagd: Number(n) || 0 })} />
        </Group>
        <Textarea label="Motivering van de aanvraag" value={v.motivering} onChange={(e) => setV({ ...v, motivering: e.currentTarget.value })} autosize minRows={3} />
        {fout && <Alert color="red" role="alert" title="Niet geregistreerd">{fout}</Alert>}
        <Group>
          <Button loading={mut.isPending} disabled={!v.organisatieId}
            onClick={() => void mut.mutateAsync({ oproepId: o.id, organisatieId: Number(v.organisatieId), ontvangenOp: v.ontvangenOp, gevraagd: v.gevraagd, motivering: v.motivering }).then(onClose).catch((e: unknown) => setFout(foutmelding(e)))}>
            Registreren
          </Button>
          <Button variant="default" onClick={onClose}>Annuleren</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function OntvankelijkheidDialoog({ a, onClose }: { a: SeAanvraag; onClose: () => void }) {
  const termijnDagen = useParameterGetal('AMA_SE_ONTVANKELIJKHEID_TERMIJN');
  const vandaag = useSessie().data?.vandaag ?? '';
  const mut = useApiMutation('seAanvraag.ontvankelijkheid', { invalidates: [...INVALIDATES] });
  const [v, setV] = useState({ ontvankelijk: 'ja', feiten: '' });
  const [fout, setFout] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={`Ontvankelijkheid – ${a.organisatieNaam}`} closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <Text size="sm">Te beslissen uiterlijk op {formatDatum(a.ontvankelijkheidUiterlijk)} ({termijnDagen === undefined ? 'de termijn' : `${termijnDagen} dagen`} na ontvangst, art. 61–63).</Text>
        <NativeSelect label="Beslissing" value={v.ontvankelijk} onChange={(e) => setV({ ...v, ontvankelijk: e.currentTarget.value })} data={[{ value: 'ja', label: 'Ontvankelijk' }, { value: 'nee', label: 'Onontvankelijk' }]} data-autofocus />
        <Textarea label="Feiten (komen in de brief)" value={v.feiten} onChange={(e) => setV({ ...v, feiten: e.currentTarget.value })} autosize minRows={3} />
        {fout && <Alert color="red" role="alert" title="Niet bewaard">{fout}</Alert>}
        <Group>
          <Button loading={mut.isPending} onClick={() => void mut.mutateAsync({ id: a.id, ontvankelijk: v.ontvankelijk === 'ja', datum: vandaag, feiten: v.feiten }).then(onClose).catch((e: unknown) => setFout(foutmelding(e)))}>
            Ontwerp maken
          </Button>
          <Button variant="default" onClick={onClose}>Annuleren</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function BeoordeelDialoog({ a, onClose }: { a: SeAanvraag; onClose: () => void }) {
  const mut = useApiMutation('seAanvraag.beoordeel', { invalidates: [...INVALIDATES] });
  const [v, setV] = useState({
    prioriteit: a.prioriteit ?? '', moeilijkheden: a.ondernemingInMoeilijkheden === true, gecontroleerd: a.ondernemingInMoeilijkheden !== null, stimulerend: a.stimulerendEffect !== false,
    andereSteun: a.andereSteunCent === null ? '' : String(a.andereSteunCent / 100), toegekend: a.toegekend ?? '', motivering: a.toekenningMotivering ?? '',
  });
  const [fout, setFout] = useState<string | null>(null);
  const bewaar = async () => {
    setFout(null);
    try {
      await mut.mutateAsync({
        id: a.id, versie: a.versie, prioriteit: v.prioriteit === '' ? null : Number(v.prioriteit),
        ondernemingInMoeilijkheden: v.gecontroleerd ? v.moeilijkheden : null, stimulerendEffect: v.gecontroleerd ? v.stimulerend : null,
        andereSteunCent: v.andereSteun === '' ? null : Math.round(Number(v.andereSteun.replace(',', '.')) * 100),
        toegekend: v.toegekend === '' ? null : Number(v.toegekend), toekenningMotivering: v.toegekend === '' ? null : v.motivering,
      });
      onClose();
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Beoordeling – ${a.organisatieNaam}`} size="lg" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <NumberInput label="Prioriteitsscore (0–100)" value={v.prioriteit} min={0} max={100} onChange={(n) => setV({ ...v, prioriteit: n === '' ? '' : Number(n) })} data-autofocus />
        <Checkbox label="De staatssteuncontroles zijn uitgevoerd (art. 67)" checked={v.gecontroleerd} onChange={(e) => setV({ ...v, gecontroleerd: e.currentTarget.checked })} />
        {v.gecontroleerd && (
          <>
            <Checkbox label="Onderneming in moeilijkheden" checked={v.moeilijkheden} onChange={(e) => setV({ ...v, moeilijkheden: e.currentTarget.checked })} />
            <Checkbox label="De steun heeft een stimulerend effect" checked={v.stimulerend} onChange={(e) => setV({ ...v, stimulerend: e.currentTarget.checked })} />
            <TextInput label="Andere steun voor dezelfde kosten (euro)" value={v.andereSteun} onChange={(e) => setV({ ...v, andereSteun: e.currentTarget.value })} />
          </>
        )}
        <Text size="sm">Voorstel van verdeling: {a.voorgesteld ?? '—'} plaatsen (gevraagd {a.gevraagd}).</Text>
        <NumberInput label="Afwijken van het voorstel: toe te kennen plaatsen" description="Leeg laten om het voorstel te volgen." value={v.toegekend} min={0} max={a.gevraagd}
          onChange={(n) => setV({ ...v, toegekend: n === '' ? '' : Number(n) })} />
        {v.toegekend !== '' && <Textarea label="Motivering van de afwijking (komt in de beslissing)" value={v.motivering} onChange={(e) => setV({ ...v, motivering: e.currentTarget.value })} autosize minRows={2} />}
        {fout && <Alert color="red" role="alert" title="Niet bewaard">{fout}</Alert>}
        <Group>
          <Button onClick={() => void bewaar()} loading={mut.isPending}>Bewaren</Button>
          <Button variant="default" onClick={onClose}>Annuleren</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
