import { Anchor, Paper, Table, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { datumVanTijdstip } from '../../components/format';
import { Fout, Laden, Leeg } from '../../components/States';
import { verzendStatus } from '../letters/verzendStatus';

/** The letters issued to this organisation, newest first; the reference links to the letter. */
export function OrganisatieBrieven({ organisatieId }: { organisatieId: number }) {
  const docs = useApi('document.list', { organisatieId });
  return (
    <section aria-labelledby="brieven-titel">
      <Title order={2} size="h3" id="brieven-titel" mb="sm">
        Brieven
      </Title>
      {docs.isError ? (
        <Fout error={docs.error} opnieuw={() => void docs.refetch()} />
      ) : !docs.data ? (
        <Laden />
      ) : docs.data.length === 0 ? (
        <Leeg>Nog geen brieven voor deze organisatie.</Leeg>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-labelledby="brieven-titel" data-testid="organisatie-brieven">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kenmerk</Table.Th>
                <Table.Th>Datum</Table.Th>
                <Table.Th>Onderwerp</Table.Th>
                <Table.Th>Verzonden</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {docs.data.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/brieven/${d.id}`}>
                      {d.kenmerk}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{datumVanTijdstip(d.aangemaaktOp)}</Table.Td>
                  <Table.Td>{d.onderwerp}</Table.Td>
                  <Table.Td>{verzendStatus(d)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </section>
  );
}
