import { Alert, Anchor, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useApi } from '../../../api/hooks';
import { inboxMethods } from '../../../../../shared/engines/inbox.contract';
import { aantalMet, formatAantal, formatEuro, formatTijdstip } from '../../../components/format';
import { beslissingTypeLabel } from '../../../components/dossier/labels';
import { useMag } from '../../../components/rechten';
import { Fout, Laden } from '../../../components/States';

/**
 * A signatory's home: everything waiting for their signature in their department, oldest first, with the amount and
 * the number of letters a run will issue. What they prepared themselves needs another signatory (four eyes).
 */
export function TeOndertekenen() {
  const mag = useMag(inboxMethods['inbox.teOndertekenen'].roles);
  const lijst = useApi('inbox.teOndertekenen', {}, { enabled: mag });
  if (!mag) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="teondertekenen-titel" data-testid="te-ondertekenen">
      <Title order={2} size="h3" id="teondertekenen-titel" mb="xs">
        Wacht op je handtekening
      </Title>
      {lijst.isError ? (
        <Fout error={lijst.error} opnieuw={() => void lijst.refetch()} />
      ) : !lijst.data ? (
        <Laden />
      ) : lijst.data.length === 0 ? (
        <Text size="sm">Er wacht niets op een handtekening.</Text>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {aantalMet(lijst.data.length, 'stuk', 'stukken')}, het oudste eerst.
          </Text>
          <Table striped withTableBorder aria-label="Wacht op je handtekening">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Klaargezet op</Table.Th>
                <Table.Th>Wat</Table.Th>
                <Table.Th>Betreft</Table.Th>
                <Table.Th ta="right">Bedrag</Table.Th>
                <Table.Th>Door</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lijst.data.map((x) => (
                <Table.Tr key={`${x.soort}-${x.id}`}>
                  <Table.Td>{formatTijdstip(x.sinds)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={x.link} underline="always">
                      {x.soort === 'beslissing' ? `Beslissing: ${beslissingTypeLabel(x.wat)}` : `Betaalrun: ${x.wat}`}
                    </Anchor>
                    {x.eigen && (
                      <Badge ml="xs" color="gray" variant="light" title="Door jezelf klaargezet: een andere ondertekenaar keurt goed (vier ogen)">
                        eigen ontwerp
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{x.over}</Table.Td>
                  <Table.Td ta="right">
                    {x.bedragCent === null ? '—' : `${formatEuro(x.bedragCent)} (${formatAantal(x.aantalBetalingen ?? 0)} ${x.aantalBetalingen === 1 ? 'nota' : "nota's"})`}
                  </Table.Td>
                  <Table.Td>{x.door}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {lijst.data.some((x) => x.eigen) && (
            <Alert color="gray" mt="xs">Wat je zelf klaarzette, keurt een andere ondertekenaar goed (vier-ogenprincipe).</Alert>
          )}
        </>
      )}
    </Paper>
  );
}
