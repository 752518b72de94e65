import { useState } from 'react';
import { Anchor, Button, Group, Paper, Table, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { DocumentMeta } from '../../../../shared/letters/brief.contract';
import { call, foutmelding } from '../../api/client';
import { datumVanTijdstip } from '../format';
import { briefTypeLabel } from '../labels';
import { openPdf, savePdf } from '../pdf';
import { Leeg } from '../States';
import { useToast } from '../Toasts';
import { verzendStatus } from '../../features/letters/verzendStatus';

/** The dossier's own list and the archive's list for the dossier, without duplicates. */
export function mergeDocumenten(a: DocumentMeta[], b: DocumentMeta[] | undefined): DocumentMeta[] {
  const m = new Map<number, DocumentMeta>();
  for (const d of [...a, ...(b ?? [])]) m.set(d.id, d);
  return [...m.values()];
}

/** The letters of a dossier, newest first, each with open and download (the PDF is fetched on demand). */
export function DossierDocumenten({ documenten, labelledBy }: { documenten: DocumentMeta[]; labelledBy: string }) {
  if (documenten.length === 0) return <Leeg>Nog geen brieven in dit dossier.</Leeg>;
  const docs = [...documenten].sort((a, b) => b.id - a.id);
  return (
    <Paper withBorder>
      <Table striped verticalSpacing="xs" aria-labelledby={labelledBy} data-testid="dossier-brieven">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kenmerk</Table.Th>
            <Table.Th>Datum</Table.Th>
            <Table.Th>Soort</Table.Th>
            <Table.Th>Verzonden</Table.Th>
            <Table.Th>
              <VisuallyHidden>Acties</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {docs.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Anchor component={Link} to={`/brieven/${d.id}`} title={d.onderwerp} fz="inherit">
                  {d.kenmerk}
                </Anchor>
              </Table.Td>
              <Table.Td>{datumVanTijdstip(d.aangemaaktOp)}</Table.Td>
              <Table.Td>{briefTypeLabel(d.briefType)}</Table.Td>
              <Table.Td>{verzendStatus(d)}</Table.Td>
              <Table.Td>
                <PdfActies d={d} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function PdfActies({ d }: { d: DocumentMeta }) {
  const toast = useToast();
  const [bezig, setBezig] = useState(false);
  const doe = (f: (b64: string, naam: string) => Promise<void>) => async () => {
    setBezig(true);
    try {
      const doc = await call('document.get', { id: d.id });
      await f(doc.pdfBase64, doc.bestandsnaam);
    } catch (err) {
      toast('fout', 'PDF niet geopend', foutmelding(err));
    } finally {
      setBezig(false);
    }
  };
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="compact-sm" variant="outline" onClick={doe(openPdf)} disabled={bezig} aria-label={`${d.kenmerk} openen`}>
        Openen
      </Button>
      <Button size="compact-sm" variant="subtle" onClick={doe(savePdf)} disabled={bezig} aria-label={`${d.kenmerk} downloaden`}>
        Downloaden
      </Button>
    </Group>
  );
}
