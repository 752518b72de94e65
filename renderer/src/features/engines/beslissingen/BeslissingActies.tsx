import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import { foutmelding } from '../../../api/client';
import { useApiMutation, useSessie } from '../../../api/hooks';
import { useToast } from '../../../components/Toasts';
import { Bevestiging } from '../../../components/Bevestiging';

const INVALIDATES = ['beslissing.get', 'beslissing.list', 'aanvraag.get', 'aanvraag.list', 'erkenning.list', 'erkenning.get', 'inbox.list', 'document.list'] as const;

/** "Goedkeuren en ondertekenen" (issues the letter, the decision takes effect) and "Terugsturen" with a reason. */
export function BeslissingActies({ b }: { b: Beslissing }) {
  const toast = useToast();
  const eigen = useSessie().data?.medewerkerId === b.aangemaaktDoorId;
  const goedkeuren = useApiMutation('beslissing.goedkeuren', { invalidates: [...INVALIDATES] });
  const afwijzen = useApiMutation('beslissing.afwijzen', { invalidates: [...INVALIDATES] });
  const [bevestig, setBevestig] = useState(false);
  const [terug, setTerug] = useState(false);
  const [reden, setReden] = useState('');
  const [redenFout, setRedenFout] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);

  const keurGoed = async () => {
    setFout(null);
    try {
      const r = await goedkeuren.mutateAsync({ id: b.id });
      setBevestig(false);
      toast('succes', 'Beslissing goedgekeurd en ondertekend', r.documentId ? 'De brief is uitgegeven en bewaard bij de brieven.' : undefined);
    } catch (err) {
      setBevestig(false);
      setFout(foutmelding(err));
    }
  };

  const stuurTerug = async () => {
    setRedenFout(null);
    if (reden.trim().length < 5) {
      setRedenFout('Geef de reden waarom het ontwerp terug gaat.');
      return;
    }
    try {
      await afwijzen.mutateAsync({ id: b.id, reden: reden.trim() });
      setTerug(false);
      toast('succes', 'Ontwerp teruggestuurd', `De reden staat in de tijdlijn van het dossier voor ${b.aangemaaktDoor}.`);
    } catch (err) {
      setRedenFout(foutmelding(err));
    }
  };

  return (
    <Stack gap="sm">
      {fout && (
        <Alert color="red" role="alert" title="Niet goedgekeurd" data-testid="goedkeuring-fout" onClose={() => setFout(null)} withCloseButton closeButtonLabel="Melding sluiten">
          {fout}
        </Alert>
      )}
      {eigen && !fout && (
        <Alert color="orange" variant="light" title="Je maakte dit ontwerp zelf op">
          Volgens het vier-ogenprincipe keurt een andere ondertekenaar het goed.
        </Alert>
      )}
      <Group gap="sm">
        <Button onClick={() => setBevestig(true)}>Goedkeuren en ondertekenen</Button>
        <Button
          variant="outline"
          color="red"
          onClick={() => {
            setReden('');
            setRedenFout(null);
            setTerug(true);
          }}
        >
          Terugsturen
        </Button>
      </Group>

      <Bevestiging opened={bevestig} onClose={() => setBevestig(false)} titel="Goedkeuren en ondertekenen" knop="Ja, goedkeuren en ondertekenen" bezig={goedkeuren.isPending} onBevestig={() => void keurGoed()}>
        <Text size="sm">
          De beslissingsbrief wordt met je handtekening uitgegeven en onveranderlijk bewaard; de beslissing wordt van kracht. Dit kan niet
          ongedaan gemaakt worden.
        </Text>
      </Bevestiging>

      <Bevestiging opened={terug} onClose={() => setTerug(false)} titel="Ontwerp terugsturen" knop="Terugsturen" kleur="red" bezig={afwijzen.isPending} onBevestig={() => void stuurTerug()}>
        <Text size="sm">Het ontwerp vervalt; de dossierbeheerder maakt een nieuw ontwerp op. De reden komt in de tijdlijn van het dossier.</Text>
        <Textarea label="Reden" aria-required autosize minRows={3} value={reden} onChange={(e) => setReden(e.currentTarget.value)} error={redenFout} data-autofocus />
      </Bevestiging>
    </Stack>
  );
}
