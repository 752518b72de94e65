import { useState } from 'react';
import { Anchor, Button, DataList, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { DocumentMetInhoud } from '../../../../shared/letters/brief.contract';
import { foutmelding } from '../../api/client';
import { useApi } from '../../api/hooks';
import { formatAantal, formatDatum, formatTijdstip } from '../../components/format';
import { KANAAL_LABELS, briefTypeLabel } from '../../components/labels';
import { kanAfdrukken, openPdf, printPdf, savePdf } from '../../components/pdf';
import { Fout, Laden, Leeg } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useIsDossierbeheerder } from '../../components/rechten';
import { VerzendingForm } from './VerzendingForm';

const DEPARTEMENT_LABELS: Record<string, string> = { ZORG: 'Departement Zorg', WSE: 'Departement Werk en Sociale Economie' };

/** One letter: metadata, open/download, its sending register. The PDF is fetched with it, so opening needs no second wait. */
export function DocumentDetail({ id }: { id: number }) {
  const doc = useApi('document.get', { id });
  const mag = useIsDossierbeheerder();

  if (doc.isError) return <Fout error={doc.error} opnieuw={() => void doc.refetch()} />;
  if (!doc.data) return <Laden tekst="Brief laden..." />;
  const d = doc.data;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="document-titel" data-testid="document-detail">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={2} size="h3" id="document-titel">
              {briefTypeLabel(d.briefType)} {d.kenmerk}
            </Title>
            <Text c="dimmed">{d.onderwerp}</Text>
          </div>
          <PdfKnoppen d={d} />
        </Group>
        <DataList labelWidth={180} gap="xs">
          <Rij label="Kenmerk">{d.kenmerk}</Rij>
          <Rij label="Organisatie">
            {d.organisatieId ? (
              <Anchor component={Link} to={`/organisaties/${d.organisatieId}`}>
                {d.organisatieNaam}
              </Anchor>
            ) : (
              d.organisatieNaam
            )}
          </Rij>
          <Rij label="Afzender">{DEPARTEMENT_LABELS[d.departement] ?? d.departement}</Rij>
          <Rij label="Aangemaakt">
            {formatTijdstip(d.aangemaaktOp)} door {d.aangemaaktDoor}
          </Rij>
          <Rij label="Bestand">
            {d.bestandsnaam} ({formatAantal(Math.max(1, Math.round(d.grootte / 1024)))} kB)
          </Rij>
          <Rij label="Controlegetal (SHA-256)">
            <Text span ff="monospace" size="xs" style={{ wordBreak: 'break-all' }}>
              {d.sha256}
            </Text>
          </Rij>
        </DataList>

        <section aria-labelledby="verzendingen-titel">
          <Title order={3} size="h4" id="verzendingen-titel" mb="xs">
            Verzendingen
          </Title>
          {d.verzendingen.length === 0 ? (
            <Leeg>Nog geen verzending geregistreerd.</Leeg>
          ) : (
            <Table striped verticalSpacing="xs" aria-labelledby="verzendingen-titel" data-testid="verzendingen">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Kanaal</Table.Th>
                  <Table.Th>Verzonden op</Table.Th>
                  <Table.Th>Ontvangen op</Table.Th>
                  <Table.Th>Geacht ontvangen op</Table.Th>
                  <Table.Th>Bewijsreferentie</Table.Th>
                  <Table.Th>Geregistreerd door</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.verzendingen.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>{KANAAL_LABELS[v.kanaal] ?? v.kanaal}</Table.Td>
                    <Table.Td>{formatDatum(v.verzondenOp)}</Table.Td>
                    <Table.Td>{formatDatum(v.ontvangenOp)}</Table.Td>
                    <Table.Td>{formatDatum(v.geachtOntvangenOp)}</Table.Td>
                    <Table.Td>{v.bewijsReferentie}</Table.Td>
                    <Table.Td>
                      {v.geregistreerdDoor}, {formatTijdstip(v.geregistreerdOp)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </section>
        {mag && <VerzendingForm documentId={d.id} />}
      </Stack>
    </Paper>
  );
}

function Rij({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function PdfKnoppen({ d }: { d: DocumentMetInhoud }) {
  const toast = useToast();
  const [bezig, setBezig] = useState(false);
  const doe = (f: (b64: string, naam: string) => Promise<void>) => async () => {
    setBezig(true);
    try {
      await f(d.pdfBase64, d.bestandsnaam);
    } catch (err) {
      toast('fout', 'PDF niet geopend', foutmelding(err));
    } finally {
      setBezig(false);
    }
  };
  return (
    <Group gap="sm">
      <Button onClick={doe(openPdf)} disabled={bezig}>
        Openen
      </Button>
      <Button variant="outline" onClick={doe(savePdf)} disabled={bezig}>
        Downloaden
      </Button>
      {kanAfdrukken() && (
        <Button variant="outline" onClick={doe(printPdf)} disabled={bezig}>
          Afdrukken
        </Button>
      )}
    </Group>
  );
}
