import { useMemo, useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AANVRAAG_ITEMS, ITEM_CODES } from '../../../../shared/swv-zorg/oproep.contract';
import { ICF_KEUZES, type IcfKeuze } from '../../../../shared/swv-zorg/register.contract';
import { foutmelding } from '../../api/client';
import { useApi, useApiMutation, useReferentie, useSessie } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { formatDatum } from '../../components/format';
import { ICF_LABEL } from './labels';
import { DatumVeld } from '../../components/DatumVeld';

interface Partner {
  organisatieId: number;
  expertise: string;
  icf: IcfKeuze | '';
}

/** Register an application for a mandate (art. 14): partners, aanspreekpunt, werkingsgebied, the choice and the items 1°–9°. */
export function AanvraagNieuwPage() {
  const [params] = useSearchParams();
  const oproepId = Number(params.get('oproep'));
  const oproep = useApi('oproep.get', { id: oproepId }, { enabled: oproepId > 0 });
  if (!(oproepId > 0)) return <Fout error={null} titel="Kies eerst een oproep" />;
  if (oproep.isError) return <Fout error={oproep.error} titel="Oproep niet gevonden" />;
  if (!oproep.data) return <Laden />;
  return <Formulier oproepId={oproepId} regios={oproep.data.regios} titel={oproep.data.titel} />;
}

function Formulier({ oproepId, regios: oproepRegios, titel }: { oproepId: number; regios: string[]; titel: string }) {
  const navigate = useNavigate();
  const toast = useToast();
  const ref = useReferentie();
  const vandaag = useSessie().data?.vandaag ?? '';
  const organisaties = useApi('organisatie.list', {});
  const swvs = useApi('swv.list', {});
  const [naam, setNaam] = useState('');
  const [swvId, setSwvId] = useState('');
  const [aanspreekpunt, setAanspreekpunt] = useState('');
  const [keuze, setKeuze] = useState<'combinatie' | 'per-regio'>('per-regio');
  const [ontvangenOp, setOntvangenOp] = useState(vandaag);
  const [regios, setRegios] = useState<string[]>([]);
  const [items, setItems] = useState<string[]>([]);
  const [partners, setPartners] = useState<Partner[]>([]);
  const [nieuwePartner, setNieuwePartner] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const m = useApiMutation('mandaataanvraag.registreer', { invalidates: ['oproep.get', 'oproep.list', 'inbox.list'] });
  const types = useMemo(() => new Map((ref.data?.organisatieTypes ?? []).map((t) => [t.code, t])), [ref.data]);
  const orgs = (organisaties.data ?? []).filter((o) => o.status === 'actief').sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  const orgVan = (id: number) => orgs.find((o) => o.id === id);
  const kandidaten = orgs.filter((o) => types.get(o.typeCode)?.swvZorgCategorie && !partners.some((p) => p.organisatieId === o.id));
  const regioNaam = (c: string) => ref.data?.regios.find((r) => r.code === c)?.naam ?? c;

  const bewaar = async () => {
    setFout(null);
    try {
      const a = await m.mutateAsync({
        oproepId, naam, swvId: swvId ? Number(swvId) : null, aanspreekpuntId: Number(aanspreekpunt), keuze, ontvangenOp, regios,
        items: Object.fromEntries(ITEM_CODES.map((c) => [c, items.includes(c)])),
        partners: partners.map((p) => ({ organisatieId: p.organisatieId, expertise: p.expertise || undefined, icf: p.icf || undefined })),
      });
      toast('succes', 'Aanvraag geregistreerd', a.termijnen[0] ? `${a.naam}: beslis over de ontvankelijkheid uiterlijk op ${formatDatum(a.termijnen[0].vervaldatum)}.` : `${a.naam}.`);
      navigate(`/samenwerkingsverbanden/aanvragen/${a.id}`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };

  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to={`/samenwerkingsverbanden/oproepen/${oproepId}`}>
          ← {titel}
        </Anchor>
      </Text>
      <PageHeader titel="Aanvraag tot mandatering registreren" intro="De aanvraag met de punten 1° tot 9° van artikel 14 van het besluit." />
      <Stack gap="md" maw={1100}>
        {fout && (
          <Alert color="red" role="alert" title="Niet geregistreerd">
            {fout}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label="Naam van het samenwerkingsverband" aria-required value={naam} onChange={(e) => setNaam(e.currentTarget.value)} data-autofocus />
          <NativeSelect
            label="Al geregistreerd samenwerkingsverband"
            description="Kies het als de aanvragers al een samenwerkingsverband vormen."
            value={swvId}
            onChange={(e) => {
              setSwvId(e.currentTarget.value);
              const s = swvs.data?.find((x) => String(x.id) === e.currentTarget.value);
              if (s) (setNaam(s.naam), setAanspreekpunt(String(s.aanspreekpuntId)));
            }}
            data={[{ value: '', label: 'Nieuw samenwerkingsverband' }, ...(swvs.data ?? []).map((s) => ({ value: String(s.id), label: s.naam }))]}
          />
          <NativeSelect
            label="Administratief aanspreekpunt (art. 13)"
            aria-required
            value={aanspreekpunt}
            onChange={(e) => setAanspreekpunt(e.currentTarget.value)}
            data={[{ value: '', label: 'Kies een organisatie' }, ...orgs.map((o) => ({ value: String(o.id), label: `${o.naam} (${o.kbo})` }))]}
          />
          <DatumVeld label="Ontvangen op" aria-required value={ontvangenOp} onChange={setOntvangenOp} />
        </SimpleGrid>
        <Checkbox.Group label="Werkingsgebied (één regio of aangrenzende regio's, art. 7)" value={regios} onChange={setRegios}>
          <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs" spacing={6}>
            {oproepRegios.map((c) => (
              <Checkbox key={c} value={c} label={regioNaam(c)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Radio.Group label="Keuze bij meer dan één regio (art. 14, 3°)" value={keuze} onChange={(v) => setKeuze(v as typeof keuze)}>
          <Group mt="xs">
            <Radio value="per-regio" label="Ook per regio" />
            <Radio value="combinatie" label="Enkel als combinatie" />
          </Group>
        </Radio.Group>
        <Paper withBorder p="md" component="section" aria-labelledby="partners-titel">
          <Title order={2} size="h4" id="partners-titel" mb="xs">
            Partners (art. 7, 12 en 30)
          </Title>
          {partners.length > 0 && (
            <Table aria-label="Partners van de aanvraag" mb="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Organisatie</Table.Th>
                  <Table.Th>Categorie</Table.Th>
                  <Table.Th>Bewijs deskundigheid</Table.Th>
                  <Table.Th>ICF</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Acties</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partners.map((p, i) => {
                  const o = orgVan(p.organisatieId);
                  const zet = (x: Partial<Partner>) => setPartners(partners.map((q, j) => (j === i ? { ...q, ...x } : q)));
                  return (
                    <Table.Tr key={p.organisatieId}>
                      <Table.Td>{o?.naam}</Table.Td>
                      <Table.Td>{o ? types.get(o.typeCode)?.swvZorgCategorie : ''}</Table.Td>
                      <Table.Td>
                        <TextInput aria-label={`Bewijs deskundigheid ${o?.naam}`} value={p.expertise} onChange={(e) => zet({ expertise: e.currentTarget.value })} />
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect aria-label={`ICF ${o?.naam}`} value={p.icf} onChange={(e) => zet({ icf: e.currentTarget.value as Partner['icf'] })}
                          data={[{ value: '', label: 'Ontbreekt' }, ...ICF_KEUZES.map((k) => ({ value: k, label: ICF_LABEL[k] }))]} />
                      </Table.Td>
                      <Table.Td>
                        <Button size="compact-sm" variant="subtle" color="red" onClick={() => setPartners(partners.filter((_, j) => j !== i))} aria-label={`${o?.naam} verwijderen`}>
                          Verwijderen
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          <Group align="flex-end">
            <NativeSelect
              label="Partner toevoegen"
              value={nieuwePartner}
              onChange={(e) => setNieuwePartner(e.currentTarget.value)}
              data={[{ value: '', label: 'Kies een welzijns- of zorgvoorziening' }, ...kandidaten.map((o) => ({ value: String(o.id), label: `${o.naam} (categorie ${types.get(o.typeCode)?.swvZorgCategorie})` }))]}
              w={460}
            />
            <Button variant="default" disabled={!nieuwePartner} onClick={() => (setPartners([...partners, { organisatieId: Number(nieuwePartner), expertise: '', icf: '' }]), setNieuwePartner(''))}>
              Toevoegen
            </Button>
          </Group>
        </Paper>
        <Checkbox.Group label="Ontvangen punten van artikel 14" value={items} onChange={setItems}>
          <Stack gap={4} mt="xs">
            {ITEM_CODES.map((c) => (
              <Checkbox key={c} value={c} label={`${c}° ${AANVRAAG_ITEMS[c]}`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group>
          <Button onClick={() => void bewaar()} loading={m.isPending}>
            Aanvraag registreren
          </Button>
          <Button variant="default" component={Link} to={`/samenwerkingsverbanden/oproepen/${oproepId}`}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </>
  );
}
