import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { Oproep } from '../../../../shared/swv-zorg/oproep.contract';
import type { Criterium } from '../../../../shared/swv-zorg/rangschikking';
import { foutmelding } from '../../api/client';
import { useApiMutation, useReferentie, useSessie } from '../../api/hooks';
import { useToast } from '../../components/Toasts';
import { DatumVeld } from '../../components/DatumVeld';

/** The art. 18 elements as a starting text: the seeds do not list them, so every call states its own. */
const BRIEF_ELEMENTEN =
  'Het samenwerkingsverband voert de opdrachten uit van artikel 8 tot en met 11 van het besluit: het begeleidt de deelnemers die VDAB toewijst, stelt een trajectplan op en registreert het eindverslag en het eindadvies.\n\n' +
  'Het samenwerkingsverband blijft gedurende het hele mandaat voldoen aan de voorwaarden van artikel 7, 12 en 30 en meldt elke wijziging van partners of aanspreekpunt onmiddellijk.';

const STANDAARD_CRITERIA: Criterium[] = [
  { code: 'visie', omschrijving: 'Visie en werking (stukken 7°)', gewicht: 2, max: 10 },
  { code: 'lokaal', omschrijving: 'Lokale verankering (stukken 8°)', gewicht: 1, max: 10 },
  { code: 'bereik', omschrijving: 'Bereikbaarheid en nabijheid (stukken 9°)', gewicht: 1, max: 10 },
];

interface Props {
  opened: boolean;
  onClose: () => void;
  /** Change an existing call (otherwise: a new one). */
  oproep?: Oproep;
}

/** A call for mandates (art. 14): window, regions, criteria with weights, tie rule, mandate period and the letter elements. */
export function OproepDialoog({ opened, onClose, oproep }: Props) {
  const navigate = useNavigate();
  const toast = useToast();
  const ref = useReferentie();
  const vandaag = useSessie().data?.vandaag ?? '';
  const [titel, setTitel] = useState('');
  const [van, setVan] = useState('');
  const [tot, setTot] = useState('');
  const [regios, setRegios] = useState<string[]>([]);
  const [criteria, setCriteria] = useState<Criterium[]>(STANDAARD_CRITERIA);
  const [beslechting, setBeslechting] = useState('vroegst-ingediend');
  const [mandaatVan, setMandaatVan] = useState('');
  const [mandaatTot, setMandaatTot] = useState('');
  const [elementen, setElementen] = useState(BRIEF_ELEMENTEN);
  const [fout, setFout] = useState<string | null>(null);
  const maak = useApiMutation('oproep.create', { invalidates: ['oproep.list'] });
  const wijzig = useApiMutation('oproep.wijzig', { invalidates: ['oproep.list', 'oproep.get'] });

  useEffect(() => {
    if (!opened) return;
    setFout(null);
    setTitel(oproep?.titel ?? '');
    setVan(oproep?.indienenVan ?? vandaag);
    setTot(oproep?.indienenTot ?? '');
    setRegios(oproep?.regios ?? []);
    setCriteria(oproep?.criteria ?? STANDAARD_CRITERIA);
    setBeslechting(oproep ? (oproep.beslechting.soort === 'criterium' ? oproep.beslechting.criterium : 'vroegst-ingediend') : 'vroegst-ingediend');
    setMandaatVan(oproep?.mandaatVan ?? '');
    setMandaatTot(oproep?.mandaatTot ?? '');
    setElementen(oproep?.briefElementen ?? BRIEF_ELEMENTEN);
  }, [opened, oproep, vandaag]);

  const zetCriterium = (i: number, c: Partial<Criterium>) => setCriteria(criteria.map((x, j) => (j === i ? { ...x, ...c } : x)));
  const bewaar = async () => {
    setFout(null);
    const invoer = {
      titel, indienenVan: van, indienenTot: tot, regios, criteria, mandaatVan, mandaatTot, briefElementen: elementen,
      beslechting: beslechting === 'vroegst-ingediend' ? ({ soort: 'vroegst-ingediend' } as const) : ({ soort: 'criterium', criterium: beslechting } as const),
    };
    try {
      const o = oproep ? await wijzig.mutateAsync({ id: oproep.id, versie: oproep.versie, oproep: invoer }) : await maak.mutateAsync(invoer);
      toast('succes', oproep ? 'Oproep gewijzigd' : 'Oproep geopend', o.titel);
      onClose();
      if (!oproep) navigate(`/samenwerkingsverbanden/oproepen/${o.id}`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={oproep ? 'Oproep wijzigen' : 'Nieuwe oproep tot mandatering'} size="xl" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        {fout && (
          <Alert color="red" role="alert" title="Niet bewaard">
            {fout}
          </Alert>
        )}
        <TextInput label="Titel" aria-required value={titel} onChange={(e) => setTitel(e.currentTarget.value)} data-autofocus />
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <DatumVeld label="Indienen vanaf" aria-required value={van} onChange={setVan} />
          <DatumVeld label="Indienen tot en met" aria-required value={tot} onChange={setTot} />
          <DatumVeld label="Mandaat vanaf" aria-required value={mandaatVan} onChange={setMandaatVan} />
          <DatumVeld label="Mandaat tot en met" aria-required value={mandaatTot} onChange={setMandaatTot} />
        </SimpleGrid>
        <Checkbox.Group label="Werk- en zorgregio's van de oproep" value={regios} onChange={setRegios}>
          <SimpleGrid cols={{ base: 2, sm: 3 }} mt="xs" spacing={6}>
            {(ref.data?.regios ?? []).map((r) => (
              <Checkbox key={r.code} value={r.code} label={r.naam} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Text fw={600} size="sm">
          Vergelijkingscriteria (art. 16 §2): de bronnen leggen ze niet vast; elke oproep bepaalt ze met hun gewicht.
        </Text>
        {criteria.map((c, i) => (
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput label="Code" value={c.code} onChange={(e) => zetCriterium(i, { code: e.currentTarget.value })} w={110} />
            <TextInput label="Omschrijving" value={c.omschrijving} onChange={(e) => zetCriterium(i, { omschrijving: e.currentTarget.value })} style={{ flex: 1 }} />
            <NumberInput label="Gewicht" min={1} max={100} value={c.gewicht} onChange={(v) => zetCriterium(i, { gewicht: Number(v) || 1 })} w={100} />
            <NumberInput label="Hoogste score" min={1} max={100} value={c.max} onChange={(v) => zetCriterium(i, { max: Number(v) || 1 })} w={120} />
            <Button variant="subtle" color="red" onClick={() => setCriteria(criteria.filter((_, j) => j !== i))} aria-label={`Criterium ${c.omschrijving || i + 1} verwijderen`}>
              Verwijderen
            </Button>
          </Group>
        ))}
        <Group>
          <Button variant="default" size="compact-sm" onClick={() => setCriteria([...criteria, { code: `c${criteria.length + 1}`, omschrijving: '', gewicht: 1, max: 10 }])}>
            Criterium toevoegen
          </Button>
        </Group>
        <NativeSelect
          label="Bij gelijke stand"
          value={beslechting}
          onChange={(e) => setBeslechting(e.currentTarget.value)}
          data={[{ value: 'vroegst-ingediend', label: 'De vroegst ingediende aanvraag' }, ...criteria.filter((c) => c.code).map((c) => ({ value: c.code, label: `De hoogste score op "${c.omschrijving || c.code}"` }))]}
        />
        <Textarea
          label="Elementen van elke mandaat- en weigeringsbrief (art. 18)"
          description="De bronnen sommen de elementen van artikel 18 niet op: vul ze aan volgens het besluit. Een lege regel scheidt de alinea's."
          autosize
          minRows={4}
          value={elementen}
          onChange={(e) => setElementen(e.currentTarget.value)}
        />
        <Group>
          <Button onClick={() => void bewaar()} loading={maak.isPending || wijzig.isPending}>
            {oproep ? 'Wijzigingen bewaren' : 'Oproep openen'}
          </Button>
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
