import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Grid, Group, List, Modal, NativeSelect, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ICF_KEUZES, SWV_BEHANDELAARS, type IcfKeuze, type Samenwerkingsverband, type SwvPartner } from '../../../../shared/swv-zorg/register.contract';
import { foutmelding } from '../../api/client';
import { useApi, useApiMutation, useReferentie, useSessie } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { DossierDocumenten } from '../../components/dossier/DossierDocumenten';
import { Sectie } from '../../components/dossier/Sectie';
import { Tijdlijn } from '../../components/dossier/Tijdlijn';
import { formatDatum } from '../../components/format';
import { useMag } from '../../components/rechten';
import { useToast } from '../../components/Toasts';
import { BeslissingenTabel } from '../engines/beslissingen/BeslissingenTabel';
import { ICF_LABEL } from './labels';
import { DatumVeld } from '../../components/DatumVeld';

const INVALIDATES = ['swv.get', 'swv.list', 'mandaat.list', 'beslissing.list', 'inbox.list'] as const;

/** A samenwerkingsverband Zorg: partners with their proofs, mandates with their history, decisions, letters and timeline. */
export function SwvDetailPage() {
  const id = Number(useParams().id);
  const swv = useApi('swv.get', { id });
  if (swv.isError) return <Fout error={swv.error} titel="Samenwerkingsverband niet gevonden" opnieuw={() => void swv.refetch()} />;
  if (!swv.data) return <Laden />;
  return <Detail s={swv.data} />;
}

function Detail({ s }: { s: Samenwerkingsverband }) {
  const mag = useMag(SWV_BEHANDELAARS);
  const vandaag = useSessie().data?.vandaag ?? '';
  const [bewijs, setBewijs] = useState<SwvPartner | null>(null);
  const [vervang, setVervang] = useState<SwvPartner | null>(null);
  const lopend = (p: SwvPartner) => p.van <= vandaag && (p.tot === null || p.tot >= vandaag);
  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to="/samenwerkingsverbanden/register">
          ← Samenwerkingsverbanden
        </Anchor>
      </Text>
      <PageHeader titel={s.naam} intro={`Administratief aanspreekpunt: ${s.aanspreekpuntNaam} · gemandateerd voor ${s.regios || 'geen regio op vandaag'}`} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            {s.controles.length > 0 && (
              <Alert color="orange" title="Na te kijken (art. 7, 12 en 30)">
                <List size="sm">
                  {s.controles.map((c) => (
                    <List.Item key={c}>{c}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Sectie id="partners" titel="Partners">
              <Table withTableBorder aria-labelledby="partners-titel" data-testid="partners">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Organisatie</Table.Th>
                    <Table.Th>Categorie</Table.Th>
                    <Table.Th>Periode</Table.Th>
                    <Table.Th>Deskundigheid (art. 12)</Table.Th>
                    <Table.Th>ICF (art. 30)</Table.Th>
                    {mag && <Table.Th>Acties</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.partners.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/organisaties/${p.organisatieId}`} fz="inherit">
                          {p.organisatieNaam}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {p.typeNaam}
                        </Text>
                      </Table.Td>
                      <Table.Td>{p.categorie}</Table.Td>
                      <Table.Td>
                        {formatDatum(p.van)} – {p.tot ? formatDatum(p.tot) : 'lopend'}
                      </Table.Td>
                      <Table.Td>{p.expertise ?? <StatusBadge info={{ label: 'Ontbreekt', kleur: 'orange' }} />}</Table.Td>
                      <Table.Td>{p.icf ? ICF_LABEL[p.icf] : <StatusBadge info={{ label: 'Ontbreekt', kleur: 'orange' }} />}</Table.Td>
                      {mag && (
                        <Table.Td>
                          {lopend(p) && (
                            <Group gap={4}>
                              <Button size="compact-xs" variant="outline" onClick={() => setBewijs(p)} aria-label={`Bewijzen van ${p.organisatieNaam}`}>
                                Bewijzen
                              </Button>
                              <Button size="compact-xs" variant="outline" color="orange" onClick={() => setVervang(p)} aria-label={`${p.organisatieNaam} vervangen`}>
                                Vervangen
                              </Button>
                            </Group>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Sectie>
            <Sectie id="mandaten" titel="Mandaten">
              <Table withTableBorder aria-labelledby="mandaten-titel">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Regio</Table.Th>
                    <Table.Th>Periode</Table.Th>
                    <Table.Th>Stand</Table.Th>
                    <Table.Th>Laatste wijziging</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.mandaten.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/samenwerkingsverbanden/mandaten/${m.id}`} fz="inherit">
                          {m.regioNaam}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {formatDatum(m.geldigVan)} – {formatDatum(m.geldigTot)}
                      </Table.Td>
                      <Table.Td>{m.status === 'ingetrokken' ? 'Ingetrokken' : m.geschorst ? 'Geschorst' : 'Actief'}</Table.Td>
                      <Table.Td>{m.historiek.at(-1)?.toelichting}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Sectie>
            <Sectie id="beslissingen" titel="Beslissingen">
              <BeslissingenTabel beslissingen={s.beslissingen} labelledBy="beslissingen-titel" />
            </Sectie>
            <Sectie id="documenten" titel="Brieven">
              <DossierDocumenten documenten={s.documenten} labelledBy="documenten-titel" />
            </Sectie>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Sectie id="tijdlijn" titel="Tijdlijn">
            <Tijdlijn items={s.tijdlijn} />
          </Sectie>
        </Grid.Col>
      </Grid>
      {bewijs && <BewijsDialoog p={bewijs} onClose={() => setBewijs(null)} />}
      {vervang && <VervangDialoog swv={s} p={vervang} onClose={() => setVervang(null)} />}
    </>
  );
}

function BewijsDialoog({ p, onClose }: { p: SwvPartner; onClose: () => void }) {
  const [expertise, setExpertise] = useState(p.expertise ?? '');
  const [icf, setIcf] = useState<IcfKeuze | ''>(p.icf ?? '');
  const [fout, setFout] = useState<string | null>(null);
  const m = useApiMutation('swv.wijzigPartner', { invalidates: [...INVALIDATES] });
  return (
    <Modal opened onClose={onClose} title={`Bewijzen van ${p.organisatieNaam}`} closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        {fout && (
          <Alert color="red" role="alert" title="Niet bewaard">
            {fout}
          </Alert>
        )}
        <Textarea label="Bewijs van deskundigheid (art. 12)" description="Diploma of minstens twee jaar ervaring met de doelgroep, en kennis van het zorgaanbod." autosize minRows={2} value={expertise} onChange={(e) => setExpertise(e.currentTarget.value)} data-autofocus />
        <NativeSelect label="ICF (art. 30)" value={icf} onChange={(e) => setIcf(e.currentTarget.value as IcfKeuze | '')} data={[{ value: '', label: 'Ontbreekt' }, ...ICF_KEUZES.map((k) => ({ value: k, label: ICF_LABEL[k] }))]} />
        <Group>
          <Button loading={m.isPending} onClick={() => void m.mutateAsync({ partnerId: p.id, expertise: expertise || null, icf: icf || null }).then(onClose).catch((e: unknown) => setFout(foutmelding(e)))}>
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

/** Replacement of a partner (art. 19): a draft decision with a letter to the aanspreekpunt; the end date stays. */
function VervangDialoog({ swv, p, onClose }: { swv: Samenwerkingsverband; p: SwvPartner; onClose: () => void }) {
  const toast = useToast();
  const ref = useReferentie();
  const organisaties = useApi('organisatie.list', {});
  const vandaag = useSessie().data?.vandaag ?? '';
  const [nieuw, setNieuw] = useState('');
  const [datum, setDatum] = useState('');
  const [expertise, setExpertise] = useState('');
  const [icf, setIcf] = useState<IcfKeuze | ''>('');
  const [feiten, setFeiten] = useState('');
  const [gronden, setGronden] = useState('Artikel 19 van het besluit van 18 november 2022: een partner kan vervangen worden als de continuïteit van de dienstverlening in het gedrang komt; de vervanger voldoet aan alle voorwaarden en de einddatum van het mandaat blijft.');
  const [fout, setFout] = useState<string | null>(null);
  const m = useApiMutation('swv.vervangPartner', { invalidates: [...INVALIDATES] });
  useEffect(() => setDatum(vandaag), [vandaag]);
  const categorie = new Map((ref.data?.organisatieTypes ?? []).map((t) => [t.code, t.swvZorgCategorie]));
  const kandidaten = (organisaties.data ?? []).filter((o) => o.status === 'actief' && categorie.get(o.typeCode) === p.categorie && !swv.partners.some((x) => x.organisatieId === o.id && x.tot === null));
  const bevestig = async () => {
    setFout(null);
    try {
      await m.mutateAsync({ partnerId: p.id, nieuweOrganisatieId: Number(nieuw), datum, expertise: expertise || undefined, icf: icf || undefined, feiten, rechtsgronden: gronden });
      toast('succes', 'Ontwerp van beslissing voorgelegd', 'Na goedkeuring krijgt het aanspreekpunt de brief en wordt de partner vervangen.');
      onClose();
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Modal opened onClose={onClose} title={`${p.organisatieNaam} vervangen (art. 19)`} size="lg" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        {fout && (
          <Alert color="red" role="alert" title="Niet gelukt">
            {fout}
          </Alert>
        )}
        <NativeSelect label={`Vervanger (categorie ${p.categorie})`} aria-required value={nieuw} onChange={(e) => setNieuw(e.currentTarget.value)} data={[{ value: '', label: 'Kies een organisatie' }, ...kandidaten.map((o) => ({ value: String(o.id), label: `${o.naam} (${o.kbo})` }))]} data-autofocus />
        <DatumVeld label="Vanaf" aria-required value={datum} onChange={setDatum} w={200} />
        <Textarea label="Bewijs van deskundigheid van de vervanger" aria-required autosize minRows={2} value={expertise} onChange={(e) => setExpertise(e.currentTarget.value)} />
        <NativeSelect label="ICF van de vervanger" aria-required value={icf} onChange={(e) => setIcf(e.currentTarget.value as IcfKeuze | '')} data={[{ value: '', label: 'Kies' }, ...ICF_KEUZES.map((k) => ({ value: k, label: ICF_LABEL[k] }))]} />
        <Textarea label="Feiten" description="Waarom de continuïteit in het gedrang is." aria-required autosize minRows={2} value={feiten} onChange={(e) => setFeiten(e.currentTarget.value)} />
        <Textarea label="Juridische gronden" aria-required autosize minRows={2} value={gronden} onChange={(e) => setGronden(e.currentTarget.value)} />
        <Paper p="xs" withBorder>
          <Text size="xs">De einddatum van het mandaat blijft ongewijzigd. {p.organisatieNaam} zet de lopende trajecten voort, maar krijgt geen nieuwe deelnemers meer.</Text>
        </Paper>
        <Group>
          <Button onClick={() => void bevestig()} loading={m.isPending}>
            Ter goedkeuring voorleggen
          </Button>
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
