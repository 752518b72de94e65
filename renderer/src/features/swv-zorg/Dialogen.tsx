import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { foutmelding } from '../../api/client';
import { useApi, useSessie } from '../../api/hooks';
import { useToast } from '../../components/Toasts';
import { DatumVeld } from '../../components/DatumVeld';

export interface BesluitWaarden {
  keuze: boolean;
  datum: string;
  feiten: string;
  rechtsgronden: string;
  ondertekenaarId?: number;
}

interface Props {
  titel: string;
  opened: boolean;
  onClose: () => void;
  /** The yes/no question (admissible? well-founded?); absent: no choice. */
  vraag?: { label: string; ja: string; nee: string };
  feiten: string;
  rechtsgronden: string;
  uitleg: ReactNode;
  knop?: string;
  uitvoeren: (w: BesluitWaarden) => Promise<unknown>;
}

/**
 * Draft a decision of the samenwerkingsverbanden Zorg: the choice, the date, the facts and the legal
 * grounds that go into the letter's motivation, and optionally the signatory. It then waits for an
 * ondertekenaar's approval (four eyes).
 */
export function BesluitDialoog({ titel, opened, onClose, vraag, feiten: feitenVoorstel, rechtsgronden: grondenVoorstel, uitleg, knop = 'Ter goedkeuring voorleggen', uitvoeren }: Props) {
  const toast = useToast();
  const vandaag = useSessie().data?.vandaag ?? '';
  const [keuze, setKeuze] = useState('ja');
  const [datum, setDatum] = useState('');
  const [feiten, setFeiten] = useState('');
  const [gronden, setGronden] = useState('');
  const [ondertekenaar, setOndertekenaar] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const medewerkers = useApi('medewerker.list', {}, { enabled: opened });
  useEffect(() => {
    if (!opened) return;
    setKeuze('ja');
    setDatum(vandaag);
    setFeiten(feitenVoorstel);
    setGronden(grondenVoorstel);
    setOndertekenaar('');
    setFout(null);
  }, [opened, vandaag, feitenVoorstel, grondenVoorstel]);
  const ondertekenaars = (medewerkers.data ?? []).filter((m) => m.magOndertekenen && m.actief && m.departement === 'ZORG');
  const bevestig = async () => {
    setFout(null);
    setBezig(true);
    try {
      await uitvoeren({ keuze: keuze === 'ja', datum, feiten, rechtsgronden: gronden, ondertekenaarId: ondertekenaar ? Number(ondertekenaar) : undefined });
      toast('succes', 'Ontwerp van beslissing voorgelegd', 'Een ondertekenaar keurt de beslissing goed; dan wordt de brief uitgegeven.');
      onClose();
    } catch (err) {
      setFout(foutmelding(err));
    } finally {
      setBezig(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={titel} size="xl" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <Text size="sm">{uitleg}</Text>
        {fout && (
          <Alert color="red" role="alert" title="Niet gelukt">
            {fout}
          </Alert>
        )}
        {vraag && (
          <Radio.Group label={vraag.label} value={keuze} onChange={setKeuze}>
            <Group mt="xs">
              <Radio value="ja" label={vraag.ja} />
              <Radio value="nee" label={vraag.nee} />
            </Group>
          </Radio.Group>
        )}
        <DatumVeld label="Beslissingsdatum" aria-required value={datum} onChange={setDatum} w={200} data-autofocus />
        <Textarea label="Feiten" description="Wat werd ontvangen, nagekeken en vastgesteld (komt in de motivering van de brief)." aria-required autosize minRows={3} value={feiten} onChange={(e) => setFeiten(e.currentTarget.value)} />
        <Textarea label="Juridische gronden" aria-required autosize minRows={2} value={gronden} onChange={(e) => setGronden(e.currentTarget.value)} />
        <NativeSelect
          label="Ondertekenaar"
          description="Leeg: wie goedkeurt, ondertekent."
          value={ondertekenaar}
          onChange={(e) => setOndertekenaar(e.currentTarget.value)}
          data={[{ value: '', label: 'Wie goedkeurt' }, ...ondertekenaars.map((m) => ({ value: String(m.id), label: `${m.naam}${m.functie ? `, ${m.functie}` : ''}` }))]}
          w={360}
        />
        <Group>
          <Button onClick={() => void bevestig()} loading={bezig}>
            {knop}
          </Button>
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
