import { useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DeelnemerHistoriek } from '../../../../../shared/ama-wvg/overeenkomst.contract';
import { formatInsz } from '../../../../../shared/kernel/insz';
import { call, foutmelding } from '../../../api/client';
import { datumVanTijdstip, formatDatum } from '../../../components/format';

/**
 * A participant by rijksregisternummer, with every agreement across begeleiders (personal data:
 * only for the roles that may see it; the search itself is audited by nothing, it writes nothing).
 */
export function DeelnemerZoeken() {
  const [insz, setInsz] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const [resultaat, setResultaat] = useState<DeelnemerHistoriek | null>(null);
  const zoek = async () => {
    setFout(null);
    setResultaat(null);
    setBezig(true);
    try {
      setResultaat(await call('overeenkomst.perDeelnemer', { insz }));
    } catch (err) {
      setFout(foutmelding(err));
    } finally {
      setBezig(false);
    }
  };
  const d = resultaat?.deelnemer;
  return (
    <Stack gap="md" maw={1100}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void zoek();
        }}
        aria-label="Deelnemer zoeken"
      >
        <Group align="flex-end">
          <TextInput label="Rijksregisternummer" placeholder="85.07.30-033.61" value={insz} onChange={(e) => setInsz(e.currentTarget.value)} error={fout ?? undefined} w={280} />
          <Button type="submit" loading={bezig} disabled={!insz.trim()}>
            Zoeken
          </Button>
        </Group>
      </form>
      {d && resultaat && (
        <Paper withBorder p="md" data-testid="deelnemer">
          <Title order={2} size="h4" mb="xs">
            {d.geanonimiseerdOp ? `Geanonimiseerde deelnemer (sinds ${datumVanTijdstip(d.geanonimiseerdOp)})` : `${d.voornaam} ${d.achternaam}`}
          </Title>
          <Text size="sm" mb="sm">
            {d.insz ? `Rijksregisternummer ${formatInsz(d.insz)}` : 'Rijksregisternummer gewist'} · geboren {d.geboortedatum ? formatDatum(d.geboortedatum) : (d.geboortejaar ?? 'onbekend')}
          </Text>
          {resultaat.overeenkomsten.length === 0 ? (
            <Alert color="gray">Geen overeenkomsten.</Alert>
          ) : (
            <Table striped withTableBorder aria-label="Overeenkomsten van de deelnemer">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Nr.</Table.Th>
                  <Table.Th>Begeleider</Table.Th>
                  <Table.Th>Erkenning</Table.Th>
                  <Table.Th>Werkpost</Table.Th>
                  <Table.Th>Van</Table.Th>
                  <Table.Th>Tot</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {resultaat.overeenkomsten.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/overeenkomsten/${o.id}`}>
                        {o.id}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{o.organisatieNaam}</Table.Td>
                    <Table.Td>{o.erkenningsnummer}</Table.Td>
                    <Table.Td>{o.werkpostNaam}</Table.Td>
                    <Table.Td>{formatDatum(o.startdatum)}</Table.Td>
                    <Table.Td>{o.einddatum ? formatDatum(o.einddatum) : `open (erkenning tot ${formatDatum(o.erkenningGeldigTot)})`}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      )}
    </Stack>
  );
}
