import type { ReactNode } from 'react';
import { DataList, Group, Text, Title } from '@mantine/core';

/** A titled section (h2) whose heading names the region. */
export function Sectie({ id, titel, acties, children, testid }: { id: string; titel: string; acties?: ReactNode; children: ReactNode; testid?: string }) {
  return (
    <section aria-labelledby={`${id}-titel`} data-testid={testid}>
      <Group justify="space-between" align="center" mb="sm">
        <Title order={2} size="h3" id={`${id}-titel`}>
          {titel}
        </Title>
        {acties}
      </Group>
      {children}
    </section>
  );
}

/** One label/value line in a DataList; an empty value shows a dash. */
export function Veld({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children === null || children === undefined || children === '' ? <Text span c="dimmed" fz="inherit">—</Text> : children}</DataList.ItemValue>
    </DataList.Item>
  );
}
