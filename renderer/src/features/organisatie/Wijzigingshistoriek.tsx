import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { ROL_LABELS, type Rol } from '../../../../shared/api/roles';
import { useApi, useReferentie } from '../../api/hooks';
import { formatTijdstip } from '../../components/format';
import { Fout, Laden, Leeg } from '../../components/States';
import { wijzigingen } from '../platform/audit/wijziging';

const ACTIE_LABELS: Record<string, string> = { aangemaakt: 'Aangemaakt', gewijzigd: 'Gewijzigd', verwijderd: 'Verwijderd' };

/** Who changed what, when and why (from the audit trail), newest first. */
export function Wijzigingshistoriek({ organisatieId }: { organisatieId: number }) {
  const audit = useApi('audit.list', { entiteit: 'organisatie', entiteitId: String(organisatieId) });
  const ref = useReferentie().data;

  return (
    <section aria-labelledby="historiek-titel">
      <Title order={2} size="h3" id="historiek-titel" mb="sm">
        Wijzigingshistoriek
      </Title>
      {audit.isError ? (
        <Fout error={audit.error} opnieuw={() => void audit.refetch()} />
      ) : !audit.data ? (
        <Laden />
      ) : audit.data.length === 0 ? (
        <Leeg>Geen wijzigingen geregistreerd voor deze organisatie.</Leeg>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="wijzigingshistoriek">
          {audit.data.map((rij) => {
            const ws = wijzigingen(rij, ref);
            return (
              <Paper key={rij.id} withBorder p="sm" component="li">
                <Group gap="xs" mb={4} wrap="wrap">
                  <Badge variant="light" color={rij.actie === 'aangemaakt' ? 'green' : 'blue'} radius="xs">
                    {ACTIE_LABELS[rij.actie] ?? rij.actie}
                  </Badge>
                  <Text size="sm" fw={600}>
                    {formatTijdstip(rij.tijdstip)}
                  </Text>
                  <Text size="sm">
                    door {rij.gebruiker} ({ROL_LABELS[rij.rol as Rol] ?? rij.rol})
                  </Text>
                </Group>
                {rij.actie === 'aangemaakt' ? (
                  <Text size="sm">Organisatie geregistreerd.</Text>
                ) : (
                  <List size="sm" spacing={2}>
                    {ws.map((w) => (
                      <List.Item key={w.veld}>
                        <strong>{w.label}</strong>: {w.oud ?? '(leeg)'} → {w.nieuw ?? '(leeg)'}
                      </List.Item>
                    ))}
                  </List>
                )}
                {rij.reden && (
                  <Text size="sm" mt={4}>
                    Reden: {rij.reden}
                  </Text>
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
    </section>
  );
}
