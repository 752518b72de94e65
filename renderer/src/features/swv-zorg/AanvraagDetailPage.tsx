import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, DataList, Grid, Group, Modal, NumberInput, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { SWV_BEHANDELAARS } from '../../../../shared/swv-zorg/register.contract';
import { AANVRAAG_ITEMS, ITEM_CODES, type SwvAanvraag } from '../../../../shared/swv-zorg/oproep.contract';
import { call, foutmelding } from '../../api/client';
import { useApi, useApiMutation, useParameterGetal, useSessie } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { Controles, Termijnen } from '../../components/dossier/AanvraagSecties';
import { DossierDocumenten, mergeDocumenten } from '../../components/dossier/DossierDocumenten';
import { Sectie, Veld } from '../../components/dossier/Sectie';
import { Tijdlijn } from '../../components/dossier/Tijdlijn';
import { formatDatum } from '../../components/format';
import { openPdf } from '../../components/pdf';
import { useMag } from '../../components/rechten';
import { useToast } from '../../components/Toasts';
import { BeslissingenTabel } from '../engines/beslissingen/BeslissingenTabel';
import { AANVRAAG_STATUS, ICF_LABEL, KEUZE_LABEL } from './labels';
import { BesluitDialoog } from './Dialogen';
import { DatumVeld } from '../../components/DatumVeld';

const GRONDEN_ONTV = 'Artikel 14 en 15 van het besluit van 18 november 2022: de aanvraag bevat de punten 1° tot 9° en werd binnen de indieningsperiode van de oproep ingediend.';
const GRONDEN_GEGR = 'Artikel 7, 12, 13, 16 §1 en 30 van het besluit van 18 november 2022: samenstelling, werkingsgebied, deskundigheid, aanspreekpunt en ICF.';
const INVALIDATES = ['mandaataanvraag.get', 'oproep.get', 'inbox.list', 'beslissing.list', 'document.list'] as const;

/** One application for a mandate: data, checks, deadlines, scores, decisions, letters and timeline, with the actions its status allows. */
export function AanvraagDetailPage() {
  const id = Number(useParams().id);
  const aanvraag = useApi('mandaataanvraag.get', { id });
  const brieven = useApi('document.list', { dossierEntiteit: 'swv_aanvraag', dossierId: String(id) });
  if (aanvraag.isError) return <Fout error={aanvraag.error} titel="Aanvraag niet gevonden" opnieuw={() => void aanvraag.refetch()} />;
  const a = aanvraag.data;
  if (!a) return <Laden />;
  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to={`/samenwerkingsverbanden/oproepen/${a.oproepId}`}>
          ← Oproep
        </Anchor>
      </Text>
      <PageHeader titel={`Aanvraag tot mandatering: ${a.naam}`} intro={`Aanspreekpunt ${a.aanspreekpuntNaam} · ontvangen op ${formatDatum(a.ontvangenOp)} · behandelaar ${a.behandelaar}`} acties={<><StatusBadge info={AANVRAAG_STATUS[a.status]} testid="aanvraagstatus" /><Acties a={a} /></>} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Sectie id="gegevens" titel="Gegevens">
              <Paper withBorder p="md">
                <DataList labelWidth={210} gap="xs">
                  <Veld label="Keuze">{KEUZE_LABEL[a.keuze]}</Veld>
                  <Veld label="Werkingsgebied">{a.regios.join(', ')}</Veld>
                  <Veld label="Samenwerkingsverband">
                    {a.swvId ? (
                      <Anchor component={Link} to={`/samenwerkingsverbanden/${a.swvId}`} fz="inherit">
                        {a.naam}
                      </Anchor>
                    ) : (
                      'nog niet geregistreerd'
                    )}
                  </Veld>
                  <Veld label="Punten art. 14">{ITEM_CODES.filter((c) => a.items[c]).map((c) => `${c}°`).join(', ')}</Veld>
                </DataList>
              </Paper>
            </Sectie>
            <Sectie id="partners" titel="Partners">
              <Table withTableBorder aria-labelledby="partners-titel">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Organisatie</Table.Th>
                    <Table.Th>Type (categorie)</Table.Th>
                    <Table.Th>Deskundigheid</Table.Th>
                    <Table.Th>ICF</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {a.partners.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{p.organisatieNaam}</Table.Td>
                      <Table.Td>
                        {p.typeNaam} ({p.categorie ?? 'geen'})
                      </Table.Td>
                      <Table.Td>{p.expertise ?? '—'}</Table.Td>
                      <Table.Td>{p.icf ? ICF_LABEL[p.icf] : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Sectie>
            <Controles a={a} />
            {a.scores.length > 0 && (
              <Sectie id="scores" titel="Scores (art. 16 §2)">
                <Table withTableBorder aria-labelledby="scores-titel">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Regio</Table.Th>
                      <Table.Th>Criterium</Table.Th>
                      <Table.Th ta="right">Score</Table.Th>
                      <Table.Th>Motivering</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {a.scores.map((s) => (
                      <Table.Tr key={`${s.regioCode}-${s.criterium}`}>
                        <Table.Td>{s.regioCode}</Table.Td>
                        <Table.Td>{s.criterium}</Table.Td>
                        <Table.Td ta="right">{s.score}</Table.Td>
                        <Table.Td>
                          {s.motivering}
                          <Text size="xs" c="dimmed">
                            {s.door}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Sectie>
            )}
            <Sectie id="beslissingen" titel="Beslissingen">
              <BeslissingenTabel beslissingen={a.beslissingen} labelledBy="beslissingen-titel" />
            </Sectie>
            <Sectie id="documenten" titel="Brieven">
              <DossierDocumenten documenten={mergeDocumenten(a.documenten, brieven.data)} labelledBy="documenten-titel" />
            </Sectie>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Termijnen a={a} />
            <Sectie id="tijdlijn" titel="Tijdlijn">
              <Tijdlijn items={a.tijdlijn} />
            </Sectie>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** The actions the status allows: admissibility, information request and answer, merits. */
function Acties({ a }: { a: SwvAanvraag }) {
  const mag = useMag(SWV_BEHANDELAARS);
  const [open, setOpen] = useState<'ontv' | 'info' | 'antwoord' | 'gegr' | null>(null);
  const ontv = useApiMutation('mandaataanvraag.ontvankelijkheid', { invalidates: [...INVALIDATES] });
  const gegr = useApiMutation('mandaataanvraag.gegrondheid', { invalidates: [...INVALIDATES] });
  if (!mag) return null;
  const ontwerp = a.beslissingen.some((b) => b.status === 'ontwerp');
  const lopend = a.opschortingen.some((o) => o.tot === null);
  const feiten = `De aanvraag van "${a.naam}" werd ontvangen op ${formatDatum(a.ontvangenOp)}. ${a.controles.map((c) => c.melding).join(' ')}`;
  return (
    <>
      {a.status === 'ingediend' && !ontwerp && <Button onClick={() => setOpen('ontv')}>Beslissen over de ontvankelijkheid</Button>}
      {a.status === 'ontvankelijk' && !ontwerp && !lopend && (
        <>
          <Button variant="outline" onClick={() => setOpen('info')}>
            Informatie opvragen
          </Button>
          <Button onClick={() => setOpen('gegr')}>Beslissen ten gronde</Button>
        </>
      )}
      {lopend && <Button onClick={() => setOpen('antwoord')}>Antwoord ontvangen</Button>}
      <BesluitDialoog
        titel="Beslissing over de ontvankelijkheid (art. 15)"
        opened={open === 'ontv'}
        onClose={() => setOpen(null)}
        vraag={{ label: 'Is de aanvraag ontvankelijk?', ja: 'Ja, ontvankelijk', nee: 'Nee, onontvankelijk' }}
        uitleg="Het ontwerp wacht op de goedkeuring van een ondertekenaar; dan wordt de brief uitgegeven."
        feiten={feiten}
        rechtsgronden={GRONDEN_ONTV}
        uitvoeren={(w) => ontv.mutateAsync({ id: a.id, ontvankelijk: w.keuze, datum: w.datum, feiten: w.feiten, rechtsgronden: w.rechtsgronden, ondertekenaarId: w.ondertekenaarId })}
      />
      <BesluitDialoog
        titel="Beslissing ten gronde (art. 16 §1)"
        opened={open === 'gegr'}
        onClose={() => setOpen(null)}
        vraag={{ label: 'Voldoet de aanvraag aan de voorwaarden?', ja: 'Ja, gegrond: scoren en rangschikken', nee: 'Nee, ongegrond' }}
        uitleg="Een gegronde aanvraag wordt per werk- en zorgregio gescoord en gerangschikt; de mandaatbeslissing volgt na de rangschikking."
        feiten={feiten}
        rechtsgronden={GRONDEN_GEGR}
        uitvoeren={(w) => gegr.mutateAsync({ id: a.id, gegrond: w.keuze, datum: w.datum, feiten: w.feiten, rechtsgronden: w.rechtsgronden, ondertekenaarId: w.ondertekenaarId })}
      />
      <InfoDialoog a={a} opened={open === 'info'} onClose={() => setOpen(null)} />
      <AntwoordDialoog a={a} opened={open === 'antwoord'} onClose={() => setOpen(null)} />
    </>
  );
}

/** Request additional information (art. 17): only to an admissible applicant; the decision period is suspended. */
function InfoDialoog({ a, opened, onClose }: { a: SwvAanvraag; opened: boolean; onClose: () => void }) {
  const standaardDagen = useParameterGetal('SWV_ZORG_AANVULLENDE_INFO_TERMIJN');
  const toast = useToast();
  const vandaag = useSessie().data?.vandaag ?? '';
  const [datum, setDatum] = useState('');
  const [gevraagd, setGevraagd] = useState('');
  const [dagen, setDagen] = useState<number | ''>('');
  const [fout, setFout] = useState<string | null>(null);
  const m = useApiMutation('mandaataanvraag.vraagInfo', { invalidates: [...INVALIDATES] });
  useEffect(() => {
    if (opened) (setDatum(vandaag), setGevraagd(''), setDagen(''), setFout(null));
  }, [opened, vandaag]);
  const invoer = () => ({ id: a.id, datum, gevraagd, antwoordTermijnDagen: dagen === '' ? undefined : dagen });
  const voorbeeld = async () => {
    setFout(null);
    try {
      const v = await call('mandaataanvraag.vraagInfoVoorbeeld', invoer());
      await openPdf(v.pdfBase64, 'VOORBEELD-verzoek-informatie.pdf');
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  const verstuur = async () => {
    setFout(null);
    try {
      await m.mutateAsync(invoer());
      toast('succes', 'Verzoek uitgegeven', 'De beslissingstermijn is opgeschort tot het antwoord.');
      onClose();
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Aanvullende informatie opvragen (art. 17)" size="lg" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        {fout && (
          <Alert color="red" role="alert" title="Niet gelukt">
            {fout}
          </Alert>
        )}
        <DatumVeld label="Datum van het verzoek" aria-required value={datum} onChange={setDatum} w={200} data-autofocus />
        <Textarea label="Wat ontbreekt" description={`Eén punt per regel, bv. "${AANVRAAG_ITEMS['6']}".`} aria-required autosize minRows={3} value={gevraagd} onChange={(e) => setGevraagd(e.currentTarget.value)} />
        <NumberInput label="Antwoordtermijn in dagen" description={`Leeg: de termijn van het besluit${standaardDagen === undefined ? '' : ` (${standaardDagen} dagen)`}.`} min={1} max={90} value={dagen} onChange={(v) => setDagen(v === '' ? '' : Number(v))} w={240} />
        <Group>
          <Button onClick={() => void verstuur()} loading={m.isPending}>
            Verzoek uitgeven
          </Button>
          <Button variant="outline" onClick={() => void voorbeeld()}>
            Voorbeeld van de brief
          </Button>
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function AntwoordDialoog({ a, opened, onClose }: { a: SwvAanvraag; opened: boolean; onClose: () => void }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const [datum, setDatum] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const m = useApiMutation('mandaataanvraag.infoOntvangen', { invalidates: [...INVALIDATES] });
  useEffect(() => {
    if (opened) (setDatum(vandaag), setFout(null));
  }, [opened, vandaag]);
  return (
    <Modal opened={opened} onClose={onClose} title="Antwoord ontvangen" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <DatumVeld label="Ontvangen op" value={datum} onChange={setDatum} error={fout ?? undefined} data-autofocus w={200} />
        <Group>
          <Button
            loading={m.isPending}
            onClick={() =>
              void m
                .mutateAsync({ id: a.id, datum })
                .then(onClose)
                .catch((err: unknown) => setFout(foutmelding(err)))
            }
          >
            Registreren
          </Button>
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
