import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useApi, useSessie } from '../../api/hooks';
import { formatAantal } from '../../components/format';

/** The live key figures per department (rapport.dashboard); an officer's own department first. */
export function DepartementKengetallen() {
  const rol = useSessie().data?.rol;
  const d = useApi('rapport.dashboard', {});
  if (!d.data) return null;
  const eigen = rol === 'wse-dossierbeheerder' ? 'WSE' : rol === 'zorg-dossierbeheerder' ? 'ZORG' : null;
  const deps = [...d.data.departementen].sort((a, b) => Number(b.departement === eigen) - Number(a.departement === eigen));
  return (
    <Stack gap="lg">
      {deps.map((dep) => (
        <section key={dep.departement} aria-labelledby={`dashboard-${dep.departement}`} data-testid={`dashboard-${dep.departement}`}>
          <Title order={2} size="h3" id={`dashboard-${dep.departement}`} mb="sm">
            {dep.naam}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} maw={1400}>
            {dep.kengetallen.map((k) => (
              <Paper key={k.id} withBorder p="md" data-testid={`kengetal-${k.id}`}>
                <Group justify="space-between" align="start" gap="xs">
                  <Anchor component={Link} to={k.link} size="sm">
                    {k.titel}
                  </Anchor>
                  {k.aandacht && (
                    <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
                      aandacht
                    </Badge>
                  )}
                </Group>
                <Text size="xl" fw={700}>
                  {formatAantal(k.waarde)}
                </Text>
                {k.context && (
                  <Text size="xs" c="dimmed">
                    {k.context}
                  </Text>
                )}
              </Paper>
            ))}
          </SimpleGrid>
        </section>
      ))}
    </Stack>
  );
}
