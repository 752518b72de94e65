import { useState } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { MethodName } from '../../../../shared/api/contract';
import { foutmelding } from '../../api/client';
import { useApiMutation } from '../../api/hooks';

/**
 * Start the hearing procedure for a measure on a right (suspension, withdrawal…): the voornemen letter goes to the
 * organisation and the procedure page opens. Every dossier kind's "Schorsing of intrekking starten".
 */
export function MaatregelDialoog({ titel, uitleg, rechtId, soorten, feitenUitleg, invalidates, onClose }: {
  titel: string;
  uitleg: string;
  rechtId: number;
  soorten: { value: string; label: string }[];
  feitenUitleg: string;
  invalidates: MethodName[];
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const [soort, setSoort] = useState(soorten[0].value);
  const [gronden, setGronden] = useState('');
  const [feiten, setFeiten] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const mut = useApiMutation('procedure.start', { invalidates: ['procedure.list', 'inbox.list', ...invalidates] });
  const start = async () => {
    setFout(null);
    try {
      const p = await mut.mutateAsync({ soort, rechtId, gronden, feiten });
      navigate(`/procedures/${p.id}`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Modal opened onClose={onClose} title={titel} size="lg" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <Text size="sm">{uitleg}</Text>
        {fout && (
          <Alert color="red" role="alert" title="Niet gelukt">
            {fout}
          </Alert>
        )}
        <NativeSelect label="Maatregel" value={soort} onChange={(e) => setSoort(e.currentTarget.value)} data={soorten} data-autofocus />
        <Textarea label="Gronden" aria-required autosize minRows={2} value={gronden} onChange={(e) => setGronden(e.currentTarget.value)} />
        <Textarea label="Feiten" description={feitenUitleg} aria-required autosize minRows={3} value={feiten} onChange={(e) => setFeiten(e.currentTarget.value)} />
        <Group>
          <Button color="red" onClick={() => void start()} loading={mut.isPending}>
            Voornemen uitgeven
          </Button>
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
