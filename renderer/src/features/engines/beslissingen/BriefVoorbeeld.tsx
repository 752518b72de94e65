import { useEffect, useState } from 'react';
import { Button, Modal, type ButtonProps } from '@mantine/core';
import { useApi } from '../../../api/hooks';
import { pdfBlobUrl } from '../../../components/pdf';
import { Fout, Laden } from '../../../components/States';

/** The decision letter as it would be issued (not stored), in an iframe. */
export function BriefVoorbeeldFrame({ beslissingId, titel }: { beslissingId: number; titel?: string }) {
  const voorbeeld = useApi('beslissing.voorbeeld', { id: beslissingId }, { staleTime: 0, gcTime: 0 });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!voorbeeld.data) return;
    const u = pdfBlobUrl(voorbeeld.data.pdfBase64);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [voorbeeld.data]);

  if (voorbeeld.isError) return <Fout error={voorbeeld.error} titel="Geen voorbeeld van de brief" opnieuw={() => void voorbeeld.refetch()} />;
  if (!url) return <Laden tekst="Voorbeeld van de brief maken..." />;
  return <iframe className="pdf-voorbeeld" src={url} title={titel ?? `Voorbeeld: ${voorbeeld.data?.onderwerp ?? 'beslissingsbrief'}`} />;
}

/** "Voorbeeld brief": a button that opens the letter preview in a dialog (focus returns to the button on close). */
export function BriefVoorbeeldKnop({ beslissingId, label = 'Voorbeeld brief', size = 'compact-sm' }: { beslissingId: number; label?: string; size?: ButtonProps['size'] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size={size} variant="outline" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {label}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Voorbeeld van de beslissingsbrief" size="xl" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
        {open && <BriefVoorbeeldFrame beslissingId={beslissingId} />}
      </Modal>
    </>
  );
}

/** An issued letter (stored document) shown inline. */
export function DocumentFrame({ documentId, titel }: { documentId: number; titel: string }) {
  const doc = useApi('document.get', { id: documentId });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!doc.data) return;
    const u = pdfBlobUrl(doc.data.pdfBase64);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [doc.data]);
  if (doc.isError) return <Fout error={doc.error} opnieuw={() => void doc.refetch()} />;
  if (!url) return <Laden tekst="Brief laden..." />;
  return <iframe className="pdf-voorbeeld" src={url} title={titel} />;
}
