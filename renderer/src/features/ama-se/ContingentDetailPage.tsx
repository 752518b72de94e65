import { useState } from 'react';
import { Alert, Anchor, Button, Checkbox, DataList, Grid, Group, Modal, NativeSelect, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { SE_PARTNER_ROL_LABEL, SE_PARTNER_ROLLEN, WSE_BEHANDELAARS, type ContingentDossier, type SePartnerRol } from '../../../../shared/ama-se/contingent.contract';
import { foutmelding } from '../../api/client';
import { useApi, useApiMutation, useParameterGetal, useSessie } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { Sectie, Veld } from '../../components/dossier/Sectie';
import { BESLISSING_STATUS, beslissingTypeLabel } from '../../components/dossier/labels';
import { aantalMet, formatDatum } from '../../components/format';
import { useMag } from '../../components/rechten';
import { MaatregelDialoog } from '../../components/dossier/MaatregelDialoog';
import { DatumVeld } from '../../components/DatumVeld';

const REDEN: Record<string, string> = { bestaand: 'Bestaand contingent (art. 76)', toekenning: 'Toekenning na oproep', vermindering: 'Vermindering na evaluatie', schorsing: 'Schorsing', intrekking: 'Intrekking' };

/** The contingent of one maatwerkbedrijf: its periods with the decision behind each, partners, reported changes (art. 64) and decisions. */
export function ContingentDetailPage() {
  const organisatieId = Number(useParams().id);
  const c = useApi('contingent.get', { organisatieId });
  if (c.isError) return <Fout error={c.error} titel="Maatwerkbedrijf niet gevonden" opnieuw={() => void c.refetch()} />;
  if (!c.data) return <Laden />;
  return <Detail c={c.data} />;
}

function Detail({ c }: { c: ContingentDossier }) {
  const mag = useMag(WSE_BEHANDELAARS);
  const [partner, setPartner] = useState(false);
  const [melding, setMelding] = useState(false);
  const [maatregel, setMaatregel] = useState(false);
  const reactieDagen = useParameterGetal('AMA_SE_HOOR_REACTIETERMIJN');
  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to="/contingenten">
          ← Contingenten AMA SE
        </Anchor>
      </Text>
      <PageHeader
        titel={c.naam}
        intro={`${c.ondernemingsnummer} · ${c.provincie ?? ''} · ${c.plaatsen} plaatsen vandaag`}
        acties={
          mag && (
            <>
              <Button variant="outline" onClick={() => setPartner(true)}>
                Partner toevoegen of beëindigen
              </Button>
              <Button variant="outline" onClick={() => setMelding(true)}>
                Melding registreren (art. 64)
              </Button>
              {c.plaatsen > 0 && (
                <Button color="red" variant="outline" onClick={() => setMaatregel(true)}>
                  Schorsing of intrekking starten
                </Button>
              )}
            </>
          )
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Sectie id="perioden" titel="Contingent per periode">
              <Table withTableBorder aria-labelledby="perioden-titel" data-testid="contingent-perioden">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Van</Table.Th>
                    <Table.Th>Tot en met</Table.Th>
                    <Table.Th ta="right">Plaatsen</Table.Th>
                    <Table.Th>Waarom</Table.Th>
                    <Table.Th>Beslissing</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.perioden.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{formatDatum(p.geldigVan)}</Table.Td>
                      <Table.Td>{p.geldigTot ? formatDatum(p.geldigTot) : 'onbepaald'}</Table.Td>
                      <Table.Td ta="right">{p.plaatsen}</Table.Td>
                      <Table.Td>{REDEN[p.reden] ?? p.reden}</Table.Td>
                      <Table.Td>{p.beslissingId ? <Anchor component={Link} to={`/beslissingen/${p.beslissingId}`}>{p.beslissing}</Anchor> : p.beslissing}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Sectie>
            <Sectie id="beslissingen" titel="Beslissingen">
              {c.beslissingen.length === 0 ? (
                <Text size="sm">Nog geen beslissingen in de toepassing.</Text>
              ) : (
                <Stack gap={4}>
                  {c.beslissingen.map((b) => (
                    <Group key={b.id} gap="xs">
                      <Anchor component={Link} to={`/beslissingen/${b.id}`}>
                        {formatDatum(b.beslissingsdatum)} – {beslissingTypeLabel(b.type)}
                      </Anchor>
                      <StatusBadge info={BESLISSING_STATUS[b.status]} />
                    </Group>
                  ))}
                </Stack>
              )}
            </Sectie>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Sectie id="gegevens" titel="Samenwerkingsverband (art. 58)">
              <Paper withBorder p="md">
                <DataList labelWidth={180} gap="xs">
                  <Veld label="Maatwerkbedrijf">{c.naam}</Veld>
                  <Veld label="Lopende deelnames">
                    <Anchor component={Link} to={`/contingenten/deelnames?organisatieId=${c.organisatieId}`} fz="inherit">
                      {c.lopendeDeelnames}
                    </Anchor>
                  </Veld>
                </DataList>
                {c.partnersLijst.length === 0 ? (
                  <Text size="sm" mt="sm">
                    Geen partners: het maatwerkbedrijf werkt alleen.
                  </Text>
                ) : (
                  <Stack gap={4} mt="sm" data-testid="se-partners">
                    {c.partnersLijst.map((p) => (
                      <Text key={p.id} size="sm">
                        {p.organisatieNaam} ({SE_PARTNER_ROL_LABEL[p.rol]}) – {formatDatum(p.van)}
                        {p.tot ? ` tot ${formatDatum(p.tot)}` : ''}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Paper>
            </Sectie>
            <Sectie id="meldingen" titel="Gemelde wijzigingen (art. 64)">
              {c.meldingen.length === 0 ? (
                <Text size="sm">Geen meldingen.</Text>
              ) : (
                <Stack gap={4}>
                  {c.meldingen.map((m) => (
                    <Text key={m.id} size="sm">
                      {formatDatum(m.datum)}: {m.omschrijving} <Text span c="dimmed" fz="xs">({m.geregistreerdDoor})</Text>
                    </Text>
                  ))}
                </Stack>
              )}
            </Sectie>
          </Stack>
        </Grid.Col>
      </Grid>
      {partner && <PartnerDialoog c={c} onClose={() => setPartner(false)} />}
      {melding && <MeldingDialoog c={c} onClose={() => setMelding(false)} />}
      {maatregel && (
        <MaatregelDialoog
          titel="Voornemen tot schorsing of intrekking (art. 65)"
          uitleg={`Op advies van WSE of VDAB, wanneer het maatwerkbedrijf of een partner de voorwaarden niet naleeft of de arbeids- of sociale wetgeving overtreedt. Het maatwerkbedrijf kan ${reactieDagen === undefined ? 'binnen de reactietermijn' : `binnen ${aantalMet(reactieDagen, 'dag', 'dagen')}`} reageren; daarna beslist de minister.`}
          rechtId={c.organisatieId}
          soorten={[{ value: 'schorsing-contingent', label: 'Schorsing: tijdelijk geen plaatsen' }, { value: 'intrekking-contingent', label: 'Intrekking: het contingent eindigt' }]}
          feitenUitleg="Het advies van WSE of VDAB en de vaststellingen, met hun datum."
          invalidates={['contingent.get', 'contingent.list']}
          onClose={() => setMaatregel(false)}
        />
      )}
    </>
  );
}

function PartnerDialoog({ c, onClose }: { c: ContingentDossier; onClose: () => void }) {
  const organisaties = useApi('organisatie.list', {});
  const vandaag = useSessie().data?.vandaag ?? '';
  const mut = useApiMutation('contingent.partner', { invalidates: ['contingent.get', 'contingent.list'] });
  const [v, setV] = useState({ organisatieId: '', rol: 'welzijn-zorg' as SePartnerRol, van: vandaag, tot: '', uitsluitendVlaams: false });
  const [fout, setFout] = useState<string | null>(null);
  const bewaar = async () => {
    setFout(null);
    try {
      await mut.mutateAsync({ maatwerkbedrijfId: c.organisatieId, organisatieId: Number(v.organisatieId), rol: v.rol, van: v.van, tot: v.tot || null, uitsluitendVlaams: v.uitsluitendVlaams });
      onClose();
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Modal opened onClose={onClose} title="Partner van het samenwerkingsverband" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <NativeSelect label="Organisatie" value={v.organisatieId} onChange={(e) => setV({ ...v, organisatieId: e.currentTarget.value })} data-autofocus
          data={[{ value: '', label: 'Kies een organisatie' }, ...(organisaties.data ?? []).filter((o) => o.id !== c.organisatieId).map((o) => ({ value: String(o.id), label: `${o.naam} (${o.kbo})` }))]} />
        <NativeSelect label="Rol" value={v.rol} onChange={(e) => setV({ ...v, rol: e.currentTarget.value as SePartnerRol })} data={SE_PARTNER_ROLLEN.map((r) => ({ value: r, label: SE_PARTNER_ROL_LABEL[r] }))} />
        <Group grow>
          <DatumVeld label="Vanaf" value={v.van} onChange={(d) => setV({ ...v, van: d })} />
          <DatumVeld label="Tot en met (om te beëindigen)" value={v.tot} onChange={(d) => setV({ ...v, tot: d })} />
        </Group>
        <Checkbox label="Een partner in Brussel behoort uitsluitend tot de Vlaamse Gemeenschap" checked={v.uitsluitendVlaams} onChange={(e) => setV({ ...v, uitsluitendVlaams: e.currentTarget.checked })} />
        {fout && (
          <Alert color="red" role="alert" title="Niet bewaard">
            {fout}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void bewaar()} loading={mut.isPending} disabled={!v.organisatieId}>
            Bewaren
          </Button>
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function MeldingDialoog({ c, onClose }: { c: ContingentDossier; onClose: () => void }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const mut = useApiMutation('contingent.melding', { invalidates: ['contingent.get'] });
  const [v, setV] = useState({ datum: vandaag, omschrijving: '' });
  const [fout, setFout] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title="Gemelde wijziging (art. 64)" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <DatumVeld label="Gemeld op" value={v.datum} onChange={(d) => setV({ ...v, datum: d })} />
        <Textarea label="Wat werd gemeld" value={v.omschrijving} onChange={(e) => setV({ ...v, omschrijving: e.currentTarget.value })} autosize minRows={3} data-autofocus />
        {fout && (
          <Alert color="red" role="alert" title="Niet bewaard">
            {fout}
          </Alert>
        )}
        <Group>
          <Button loading={mut.isPending} onClick={() => void mut.mutateAsync({ organisatieId: c.organisatieId, ...v }).then(onClose).catch((e: unknown) => setFout(foutmelding(e)))}>
            Bewaren
          </Button>
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
