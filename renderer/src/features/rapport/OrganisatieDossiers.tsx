import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { formatDatum } from '../../components/format';

/** The organisation's dossiers in every dossier kind (rapport.organisatie), grouped, each with a link. */
export function OrganisatieDossiers({ organisatieId }: { organisatieId: number }) {
  const d = useApi('rapport.organisatie', { organisatieId });
  return (
    <section aria-labelledby="dossiers-titel" data-testid="organisatie-dossiers">
      <Title order={2} size="h3" id="dossiers-titel" mb="sm">
        Dossiers
      </Title>
      {!d.data ? null : d.data.length === 0 ? (
        <Text size="sm">Deze organisatie heeft nog geen dossiers: geen aanvragen, erkenningen, betalingen, samenwerkingsverbanden of contingent.</Text>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-labelledby="dossiers-titel">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Soort</Table.Th>
                <Table.Th>Dossier</Table.Th>
                <Table.Th>Wat</Table.Th>
                <Table.Th>Stand</Table.Th>
                <Table.Th>Datum</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.data.map((x) => (
                <Table.Tr key={`${x.groep}-${x.link}-${x.titel}`}>
                  <Table.Td>{x.groep}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={x.link}>
                      {x.titel}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{x.detail}</Table.Td>
                  <Table.Td>{x.status}</Table.Td>
                  <Table.Td>{x.datum ? formatDatum(x.datum) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </section>
  );
}
