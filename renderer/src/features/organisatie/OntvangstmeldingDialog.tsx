import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { AANVRAAG_SOORTEN, type AanvraagSoort } from '../../../../shared/letters/brief.contract';
import { isoDate } from '../../../../shared/api/common';
import type { Organisatie } from '../../../../shared/organisatie/organisatie.contract';
import { call, type ApiClientError } from '../../api/client';
import { useApiMutation, useSessie } from '../../api/hooks';
import { pdfBlobUrl } from '../../components/pdf';
import { AANVRAAG_SOORT_LABELS, KANAAL_AANVRAAG_LABELS } from '../../components/labels';
import { zetServerFouten } from '../../components/serverFouten';
import { useToast } from '../../components/Toasts';
import { DatumVeldVan } from '../../components/DatumVeld';

const KANALEN_AANVRAAG = ['e-loket', 'email', 'post'] as const;

const schema = z.object({
  aanvraagSoort: z.enum(AANVRAAG_SOORTEN, { error: 'Kies het soort aanvraag.' }),
  ontvangenOp: isoDate,
  kanaalAanvraag: z.enum(KANALEN_AANVRAAG, { error: 'Kies hoe de aanvraag binnenkwam.' }),
  uwKenmerk: z.string().trim().max(100, { error: 'Het kenmerk is te lang (maximum 100 tekens).' }),
});

interface Waarden {
  aanvraagSoort: AanvraagSoort | '';
  ontvangenOp: string;
  kanaalAanvraag: (typeof KANALEN_AANVRAAG)[number];
  uwKenmerk: string;
}

const resolver = zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<Waarden>;

/** Acknowledgement of receipt: choose the application, preview the PDF, issue it (archived document). */
export function OntvangstmeldingDialog({
  organisatie,
  opened,
  onClose,
  dossier,
  beginwaarden,
}: {
  organisatie: Organisatie;
  opened: boolean;
  onClose: () => void;
  /** The dossier the letter belongs to (e.g. an application), so it is listed there too. */
  dossier?: { entiteit: string; id: number };
  /** Prefilled fields (e.g. from the application). */
  beginwaarden?: Partial<Waarden>;
}) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const begin = useMemo<Waarden>(
    () => ({ aanvraagSoort: '', ontvangenOp: vandaag, kanaalAanvraag: 'e-loket', uwKenmerk: '', ...beginwaarden }),
    [vandaag, JSON.stringify(beginwaarden ?? {})],
  );
  const form = useForm<Waarden>({ resolver, mode: 'onTouched', defaultValues: begin });
  const { register, handleSubmit, formState, setError, reset, control } = form;
  const [fout, setFout] = useState<string | null>(null);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);

  const input = (v: Waarden) => ({
    briefType: 'ontvangstmelding' as const,
    organisatieId: organisatie.id,
    aanvraagSoort: v.aanvraagSoort as AanvraagSoort,
    ontvangenOp: v.ontvangenOp,
    kanaalAanvraag: v.kanaalAanvraag,
    uwKenmerk: v.uwKenmerk.trim() || undefined,
    ...(dossier ? { dossierEntiteit: dossier.entiteit, dossierId: String(dossier.id) } : {}),
  });

  const voorbeeld = useMutation<{ pdfBase64: string }, ApiClientError, Waarden>({
    mutationFn: (v) => call('brief.voorbeeld', input(v)),
  });
  const uitgeven = useApiMutation('brief.uitgeven', { invalidates: ['document.list', 'aanvraag.get'] });

  // One blob URL at a time; released when replaced or when the dialog closes.
  useEffect(() => () => void (pdfUrl && URL.revokeObjectURL(pdfUrl)), [pdfUrl]);

  useEffect(() => {
    if (opened) {
      reset(begin);
      setFout(null);
      setPdfUrl(null);
    }
  }, [opened, begin, reset]);

  const toonVoorbeeld = handleSubmit(async (v) => {
    setFout(null);
    try {
      const r = await voorbeeld.mutateAsync(v);
      setPdfUrl(pdfBlobUrl(r.pdfBase64));
    } catch (err) {
      setFout(zetServerFouten(err, setError, veldNaam));
    }
  });

  const geefUit = handleSubmit(async (v) => {
    setFout(null);
    try {
      const doc = await uitgeven.mutateAsync(input(v));
      toast('succes', 'Ontvangstmelding uitgegeven', `Kenmerk ${doc.kenmerk}. Je vindt ze bij de brieven van ${organisatie.naam}.`);
      onClose();
    } catch (err) {
      setFout(zetServerFouten(err, setError, veldNaam));
    }
  });

  const soortOpties = useMemo(
    () => [{ value: '', label: 'Kies het soort aanvraag' }, ...AANVRAAG_SOORTEN.map((s) => ({ value: s, label: AANVRAAG_SOORT_LABELS[s] }))],
    [],
  );
  const e = formState.errors;

  return (
    <Modal opened={opened} onClose={onClose} title="Ontvangstmelding maken" size={pdfUrl ? 'xl' : 'lg'} closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <form onSubmit={geefUit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            Voor <strong>{organisatie.naam}</strong> ({organisatie.kbo}).
          </Text>
          {fout && (
            <Alert color="red" role="alert" title="Niet gelukt">
              {fout}
            </Alert>
          )}
          <NativeSelect label="Soort aanvraag" aria-required data={soortOpties} {...register('aanvraagSoort')} error={e.aanvraagSoort?.message} data-autofocus />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DatumVeldVan label="Ontvangen op" aria-required control={control} name="ontvangenOp" error={e.ontvangenOp?.message} />
            <NativeSelect
              label="Kanaal"
              description="Hoe de aanvraag binnenkwam"
              data={KANALEN_AANVRAAG.map((k) => ({ value: k, label: KANAAL_AANVRAAG_LABELS[k] }))}
              {...register('kanaalAanvraag')}
              error={e.kanaalAanvraag?.message}
            />
          </SimpleGrid>
          <TextInput label="Uw kenmerk" description="Het kenmerk van de aanvrager (niet verplicht)" {...register('uwKenmerk')} error={e.uwKenmerk?.message} />
          <Group mt="xs">
            <Button variant="outline" onClick={() => void toonVoorbeeld()} loading={voorbeeld.isPending}>
              Voorbeeld
            </Button>
            <Button type="submit" loading={uitgeven.isPending}>
              Uitgeven
            </Button>
            <Button variant="default" onClick={onClose}>
              Annuleren
            </Button>
          </Group>
          {pdfUrl && <iframe className="pdf-voorbeeld" src={pdfUrl} title="Voorbeeld van de ontvangstmelding" />}
        </Stack>
      </form>
    </Modal>
  );
}

/** Only the dialog's own fields get an inline error; the rest is in the message at the top. */
function veldNaam(veld: string): string | null {
  return ['aanvraagSoort', 'ontvangenOp', 'kanaalAanvraag', 'uwKenmerk'].includes(veld) ? veld : null;
}
