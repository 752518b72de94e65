import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { zetServerFouten } from './serverFouten';
import { openPdf } from './pdf';

interface Props<W extends FieldValues> {
  titel: string;
  opened: boolean;
  onClose: () => void;
  form: UseFormReturn<W>;
  begin: NoInfer<W>;
  /** Runs the API call; a thrown ApiClientError lands on the named fields and at the top. */
  uitvoeren: (v: W) => Promise<unknown>;
  knop: string;
  children: ReactNode;
  size?: string;
  /** API field name → form field (null: show only at the top). */
  veldNaam?: (veld: string) => string | null;
  /** The letter this action issues, as a preview (not stored): adds a "Voorbeeld van de brief" button. */
  voorbeeld?: (v: W) => Promise<{ pdfBase64: string; onderwerp: string }>;
}

/** A dialog with one form for one action: Mantine traps focus and returns it to the button that opened it. */
export function ActieDialoog<W extends FieldValues>({ titel, opened, onClose, form, begin, uitvoeren, knop, children, size = 'lg', veldNaam, voorbeeld }: Props<W>) {
  const [fout, setFout] = useState<string | null>(null);
  const [voorbeeldBezig, setVoorbeeldBezig] = useState(false);
  const { reset, handleSubmit, setError, formState } = form;

  useEffect(() => {
    if (opened) {
      reset(begin);
      setFout(null);
    }
    // `begin` is rebuilt on every render by the callers; only a new opening resets.
  }, [opened, reset]);

  const onSubmit = handleSubmit(async (v) => {
    setFout(null);
    try {
      await uitvoeren(v);
      onClose();
    } catch (err) {
      setFout(zetServerFouten(err, setError, veldNaam));
    }
  });

  // The same validation as submitting, then the letter as it would be issued, in the PDF viewer.
  const toonVoorbeeld = handleSubmit(async (v) => {
    if (!voorbeeld) return;
    setFout(null);
    setVoorbeeldBezig(true);
    try {
      const r = await voorbeeld(v);
      await openPdf(r.pdfBase64, 'VOORBEELD.pdf');
    } catch (err) {
      setFout(zetServerFouten(err, setError, veldNaam));
    } finally {
      setVoorbeeldBezig(false);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={titel} size={size} closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <form onSubmit={onSubmit} noValidate aria-label={titel}>
        <Stack gap="sm">
          {fout && (
            <Alert color="red" role="alert" title="Niet gelukt" data-testid="dialoogfout">
              {fout}
            </Alert>
          )}
          {!fout && formState.isSubmitted && Object.keys(formState.errors).length > 0 && (
            <Alert color="red" role="alert" title="Niet gelukt">
              Verbeter de aangeduide velden.
            </Alert>
          )}
          {children}
          <Group mt="xs">
            <Button type="submit" loading={formState.isSubmitting && !voorbeeldBezig}>
              {knop}
            </Button>
            {voorbeeld && (
              <Button variant="outline" onClick={() => void toonVoorbeeld()} loading={voorbeeldBezig}>
                Voorbeeld van de brief
              </Button>
            )}
            <Button variant="default" onClick={onClose}>
              Annuleren
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
