import type { ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';

/**
 * The confirmation before an irreversible step: what will happen (children, which may hold a field such as the reason),
 * why it did not happen (`fout`), the action ("Ja, …", focused first unless a field in the children asks for focus with
 * `data-autofocus`) and the way back. One shape for every such step: approving money or a decision, issuing letters in
 * batch, importing only the valid rows, cancelling a proposal, restoring a backup, issuing the report, applying retention.
 */
export function Bevestiging({ opened, onClose, titel, knop, kleur, bezig, onBevestig, fout, terug = 'Annuleren', children }: {
  opened: boolean;
  onClose: () => void;
  titel: string;
  knop: string;
  kleur?: string;
  bezig?: boolean;
  onBevestig: () => void;
  /** Why the step did not happen (shown above the buttons). */
  fout?: string | null;
  /** The button that closes without doing anything. */
  terug?: string;
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={titel} closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        {children}
        {fout && (
          <Alert color="red" role="alert" title="Niet uitgevoerd">
            {fout}
          </Alert>
        )}
        <Group>
          <Button color={kleur} data-autofocus loading={bezig} onClick={onBevestig}>
            {knop}
          </Button>
          <Button variant="default" onClick={onClose}>
            {terug}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
