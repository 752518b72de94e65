import { Anchor, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import { datumVanTijdstip, formatDatum } from '../../../components/format';
import { BESLISSING_STATUS, beslissingTypeLabel } from '../../../components/dossier/labels';
import { StatusBadge } from '../../../components/StatusBadge';
import { Leeg } from '../../../components/States';
import { BriefVoorbeeldKnop } from './BriefVoorbeeld';

/** The decisions of a dossier: type, date, status (ontwerp = "Wacht op goedkeuring"), who approved, the letter. */
export function BeslissingenTabel({ beslissingen, labelledBy }: { beslissingen: Beslissing[]; labelledBy: string }) {
  if (beslissingen.length === 0) return <Leeg>Nog geen beslissingen.</Leeg>;
  return (
    <Paper withBorder>
      <Table striped verticalSpacing="xs" aria-labelledby={labelledBy} data-testid="beslissingen">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Beslissing</Table.Th>
            <Table.Th>Datum</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Goedgekeurd</Table.Th>
            <Table.Th>Brief</Table.Th>
            <Table.Th>
              <VisuallyHidden>Acties</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {beslissingen.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td>
                <Anchor component={Link} to={`/beslissingen/${b.id}`} fz="inherit">
                  {beslissingTypeLabel(b.type)}
                </Anchor>
                {b.ingangsdatum && (
                  <Text size="xs" c="dimmed">
                    {b.einddatum ? `Geldig ${formatDatum(b.ingangsdatum)} – ${formatDatum(b.einddatum)}` : `Vanaf ${formatDatum(b.ingangsdatum)}`}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatDatum(b.beslissingsdatum)}</Table.Td>
              <Table.Td>
                <StatusBadge info={BESLISSING_STATUS[b.status]} />
              </Table.Td>
              <Table.Td>{b.goedgekeurdDoor ? `${b.goedgekeurdDoor}, ${datumVanTijdstip(b.goedgekeurdOp)}` : ''}</Table.Td>
              <Table.Td>
                {b.documentId ? (
                  <Anchor component={Link} to={`/brieven/${b.documentId}`} fz="inherit" style={{ whiteSpace: 'nowrap' }}>
                    Brief openen
                  </Anchor>
                ) : (
                  ''
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {b.status === 'ontwerp' && <BriefVoorbeeldKnop beslissingId={b.id} />}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
