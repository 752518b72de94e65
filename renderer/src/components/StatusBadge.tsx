import { Badge } from '@mantine/core';

/** A status as a light badge: colour plus the Dutch word, never colour alone. */
export function StatusBadge({ info, testid }: { info: { label: string; kleur: string } | undefined; testid?: string }) {
  if (!info) return null;
  return (
    <Badge component="span" color={info.kleur} variant="light" radius="xs" tt="none" fw={600} data-testid={testid} style={{ flexShrink: 0, overflow: 'visible' }} miw="max-content">
      {info.label}
    </Badge>
  );
}
