import { Button, Group, Progress, Text } from '@mantine/core';
import type { JobVoortgang } from '../api/hooks';
import { formatAantal } from './format';

/**
 * The progress of a long call, the same in every screen: what it does now, how far it is, and a
 * "Stoppen" button when the job can stop safely between two steps.
 */
export function JobVoortgangBalk({ voortgang, label, stop }: { voortgang: JobVoortgang | null; label: string; stop?: () => void }) {
  if (!voortgang) return null;
  const { gedaan, totaal, bericht } = voortgang;
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" aria-live="polite" data-testid="voortgang">
          {bericht}
          {totaal > 0 ? ` (${formatAantal(gedaan)} van ${formatAantal(totaal)})` : ''}
        </Text>
        {stop && voortgang.stopbaar && voortgang.status === 'bezig' && (
          <Button size="compact-sm" variant="default" onClick={stop}>
            Stoppen
          </Button>
        )}
      </Group>
      <Progress value={totaal > 0 ? (100 * gedaan) / totaal : 5} animated={totaal === 0} aria-label={label} mt={4} />
    </div>
  );
}
