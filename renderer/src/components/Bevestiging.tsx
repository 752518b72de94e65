import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';

/**
 * The confirmation before an irreversible step: what will happen (children), the action ("Ja, …", focused first)
 * and "Annuleren". One shape for restoring a backup, issuing the report, applying retention.
 */
export function Bevestiging({ opened, onClose, titel, knop, kleur, bezig, onBevestig, children }: {
  opened: boolean;
  onClose: () => void;
  titel: string;
  knop: string;
  kleur?: string;
  bezig?: boolean;
  onBevestig: () => void;
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={titel} closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        {children}
        <Group>
          <Button color={kleur} data-autofocus loading={bezig} onClick={onBevestig}>
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
