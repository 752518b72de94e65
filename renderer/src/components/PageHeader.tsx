import { useEffect, type ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';

/** The page's one h1 (also sets the window title), an optional intro and actions on the right. */
export function PageHeader({ titel, intro, acties }: { titel: string; intro?: ReactNode; acties?: ReactNode }) {
  useEffect(() => {
    document.title = `${titel} – WZT Backoffice`;
  }, [titel]);
  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="wrap">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {titel}
        </Title>
        {intro && (
          <Text c="dimmed" maw={760}>
            {intro}
          </Text>
        )}
      </Stack>
      {acties && <Group gap="sm">{acties}</Group>}
    </Group>
  );
}
