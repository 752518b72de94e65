import { Badge, Group, List, Paper, Stack, Table, Text } from '@mantine/core';
import type { AanvraagTermijn, Controle, Opschorting } from '../../../../shared/platform/dossier.contract';
import { formatDatum } from '../format';
import { Leeg } from '../States';
import { useSessie } from '../../api/hooks';
import { StatusBadge } from '../StatusBadge';
import { Sectie } from './Sectie';
import { TermijnKaart, termijnLijstStijl } from './TermijnKaart';

/** The sections every application shares (recognition, mandate, contingent): its checks, its deadlines and suspensions. */
/** The checks of art. 46 on the date of the application: ok or not, the Dutch message and the article. */
export function Controles({ a }: { a: { controles: Controle[] } }) {
  const niet = a.controles.filter((c) => !c.ok).length;
  return (
    <Sectie
      id="controles"
      titel="Controles"
      acties={
        <StatusBadge info={niet ? { label: `${niet} niet in orde`, kleur: 'red' } : { label: 'Alles in orde', kleur: 'green' }} />
      }
    >
      <Paper withBorder p="sm">
        <List spacing="xs" listStyleType="none" data-testid="controles" p={0} m={0}>
          {a.controles.map((c) => (
            <List.Item key={c.code}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge color={c.ok ? 'green' : 'red'} variant={c.ok ? 'light' : 'filled'} radius="xs" tt="none" miw={82} style={{ flexShrink: 0 }}>
                  {c.ok ? 'In orde' : 'Niet in orde'}
                </Badge>
                <Text size="sm">
                  {c.melding}{' '}
                  <Text span size="xs" c="dimmed">
                    ({c.artikel})
                  </Text>
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      </Paper>
    </Sectie>
  );
}

function TermijnRij({ t }: { t: AanvraagTermijn }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const stand = t.afgerond
    ? { label: 'Afgerond', kleur: 'gray' }
    : vandaag && t.vervaldatum < vandaag
      ? { label: 'Verstreken', kleur: 'red' }
      : { label: 'Loopt', kleur: 'blue' };
  return <TermijnKaart omschrijving={t.omschrijving} vervaldatum={t.vervaldatum} stand={stand} afleiding={t.afleiding} />;
}

/** The legal deadlines with their derivation, and the suspensions (requests for information). */
export function Termijnen({ a }: { a: { termijnen: AanvraagTermijn[]; opschortingen: Opschorting[] } }) {
  return (
    <Stack gap="lg">
      <Sectie id="termijnen" titel="Termijnen">
        <Stack gap="xs" component="ul" style={termijnLijstStijl} data-testid="termijnen">
          {a.termijnen.map((t) => (
            <TermijnRij key={t.soort} t={t} />
          ))}
        </Stack>
      </Sectie>
      <Sectie id="opschortingen" titel="Opschortingen">
        {a.opschortingen.length === 0 ? (
          <Leeg>Geen opschortingen.</Leeg>
        ) : (
          <Paper withBorder>
            <Table verticalSpacing="xs" aria-labelledby="opschortingen-titel" data-testid="opschortingen">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Van</Table.Th>
                  <Table.Th>Tot</Table.Th>
                  <Table.Th>Gevraagd</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.opschortingen.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>{formatDatum(o.van)}</Table.Td>
                    <Table.Td>{o.tot ? formatDatum(o.tot) : <StatusBadge info={{ label: 'Loopt nog', kleur: 'orange' }} />}</Table.Td>
                    <Table.Td>
                      {o.reden}
                      {o.antwoordUiterlijk && !o.tot && (
                        <Text size="xs" c="dimmed">
                          Antwoord uiterlijk {formatDatum(o.antwoordUiterlijk)}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </Sectie>
    </Stack>
  );
}
