import { useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { RAPPORT_UITGEVERS, type Jaarverslag, type RapportCorrectie } from '../../../../shared/rapport/contract';
import { Bevestiging } from '../../components/Bevestiging';
import { useMag } from '../../components/rechten';
import { call, foutmelding } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { aantalMet, formatDatum, formatTijdstip } from '../../components/format';
import { openPdf } from '../../components/pdf';
import { useToast } from '../../components/Toasts';
import { Fout, Laden } from '../../components/States';
import { rapportWaarde } from '../../../../shared/rapport/format';


const cijfer = (c: RapportCorrectie, w: number | null) => rapportWaarde(c.soort, w);

/** Issue the report as a PDF (stored, immutable), the versions issued so far, and the corrections since the first. */
export function JaarverslagUitgave({ v }: { v: Jaarverslag }) {
  const magUitgeven = useMag(RAPPORT_UITGEVERS);
  const toast = useToast();
  const geefUit = useApiMutation('rapport.uitgeven', { invalidates: ['rapport.jaarverslag', 'document.list'] });
  const [bevestig, setBevestig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const uitgaven = v.uitgaven ?? [];
  const correcties = v.correcties ?? [];
  const open = async (documentId: number) => {
    const d = await call('document.get', { id: documentId });
    await openPdf(d.pdfBase64, d.bestandsnaam);
  };
  const uitgeven = async () => {
    setFout(null);
    try {
      const u = await geefUit.mutateAsync({ jaar: v.jaar, peildatum: v.peildatum });
      setBevestig(false);
      toast('succes', 'Jaarverslag uitgegeven', `Kenmerk ${u.kenmerk}.`);
      await open(u.documentId);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="uitgave-titel">
      <Group justify="space-between" align="start">
        <div>
          <Title order={2} size="h4" id="uitgave-titel">Uitgave als PDF</Title>
          <Text size="sm">
            {uitgaven.length
              ? `${aantalMet(uitgaven.length, 'versie', 'versies')} uitgegeven voor ${v.jaar} met peildatum ${formatDatum(v.peildatum)}.`
              : `Het jaarverslag ${v.jaar} met peildatum ${formatDatum(v.peildatum)} is nog niet uitgegeven.`}
          </Text>
        </div>
        {magUitgeven && <Button onClick={() => setBevestig(true)}>PDF uitgeven</Button>}
      </Group>
      {uitgaven.length > 0 && (
        <Table mt="sm" withTableBorder striped aria-label="Uitgegeven versies">
          <Table.Tbody>
            {uitgaven.map((u) => (
              <Table.Tr key={u.documentId}>
                <Table.Td><Anchor component="button" type="button" underline="always" onClick={() => void open(u.documentId)}>{u.kenmerk}</Anchor></Table.Td>
                <Table.Td>{formatTijdstip(u.uitgegevenOp)}</Table.Td>
                <Table.Td>{u.door}</Table.Td>
                <Table.Td><Anchor component={Link} to={`/brieven/${u.documentId}`} underline="always">Document</Anchor></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {correcties.length > 0 && (
        <Alert color="orange" mt="md" title={`${aantalMet(correcties.length, 'cijfer verschilt', 'cijfers verschillen')} van de eerste uitgave`} data-testid="correcties">
          <Text size="sm" mb="xs">Na de eerste uitgave werden feiten over deze periode geregistreerd of verbeterd. Een nieuwe uitgave vermeldt deze correcties.</Text>
          <Table withTableBorder aria-label="Correcties sinds de eerste uitgave">
            <Table.Thead>
              <Table.Tr><Table.Th>Tabel</Table.Th><Table.Th>Rij</Table.Th><Table.Th>Kolom</Table.Th><Table.Th ta="right">Was</Table.Th><Table.Th ta="right">Nu</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {correcties.map((c, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{c.tabelTitel}</Table.Td><Table.Td>{c.rij}</Table.Td><Table.Td>{c.kolom}</Table.Td>
                  <Table.Td ta="right">{cijfer(c, c.was)}</Table.Td><Table.Td ta="right">{cijfer(c, c.nu)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
      <Bevestiging opened={bevestig} onClose={() => setBevestig(false)} titel={`Jaarverslag ${v.jaar} uitgeven`} knop="Ja, uitgeven" bezig={geefUit.isPending} onBevestig={() => void uitgeven()}>
        <Text size="sm">
            Het jaarverslag {v.jaar} met peildatum {formatDatum(v.peildatum)} wordt als PDF met tabellen en grafieken opgemaakt en bewaard met een eigen kenmerk.
            Het kan daarna niet meer gewijzigd worden{uitgaven.length ? `; deze versie vermeldt ${aantalMet(correcties.length, 'correctie', 'correcties')} sinds de eerste uitgave` : ''}.
          </Text>
        {fout && <Alert color="red" role="alert" title="Niet uitgegeven">{fout}</Alert>}
      </Bevestiging>
    </Paper>
  );
}

/** The report's charts (SVG drawn in the core by Vega-Lite), each with its description as text alternative. */
export function JaarverslagGrafieken({ jaar, peildatum }: { jaar: number; peildatum?: string }) {
  const g = useApi('rapport.grafieken', { jaar, peildatum });
  if (g.isError) return <Fout error={g.error} titel="Grafieken niet beschikbaar" />;
  if (!g.data) return <Laden tekst="Grafieken tekenen..." />;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {g.data.map((x) => (
        <Paper key={x.id} withBorder p="md" component="figure" m={0} data-testid={`grafiek-${x.id}`}>
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(x.svg)}`} alt={x.beschrijving} style={{ maxWidth: '100%', height: 'auto' }} />
          <Text component="figcaption" size="sm" mt="xs"><strong>{x.titel}.</strong> {x.beschrijving}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
