import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { KANALEN, type Kanaal } from '../../../../shared/letters/brief.contract';
import { isoDate } from '../../../../shared/api/common';
import { useApiMutation, useSessie } from '../../api/hooks';
import { formatDatum } from '../../components/format';
import { KANAAL_LABELS } from '../../components/labels';
import { zetServerFouten } from '../../components/serverFouten';
import { useToast } from '../../components/Toasts';
import { DatumVeldVan } from '../../components/DatumVeld';

const schema = z
  .object({
    kanaal: z.enum(KANALEN, { error: 'Kies het verzendkanaal.' }),
    verzondenOp: isoDate,
    ontvangenOp: z.union([z.literal(''), isoDate]),
    bewijsReferentie: z.string().trim().max(100, { error: 'Maximum 100 tekens.' }),
  })
  .refine((v) => !v.ontvangenOp || v.ontvangenOp >= v.verzondenOp, {
    path: ['ontvangenOp'],
    error: 'De ontvangstdatum ligt vóór de verzenddatum.',
  });

interface Waarden {
  kanaal: Kanaal | '';
  verzondenOp: string;
  ontvangenOp: string;
  bewijsReferentie: string;
}

const resolver = zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<Waarden>;

/** Register how and when a letter was sent (and, when known, received). */
export function VerzendingForm({ documentId }: { documentId: number }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const registreer = useApiMutation('verzending.registreer', { invalidates: ['document.list', 'document.get'] });
  const [fout, setFout] = useState<string | null>(null);
  const leeg: Waarden = { kanaal: '', verzondenOp: vandaag, ontvangenOp: '', bewijsReferentie: '' };
  const { register, handleSubmit, formState, setError, reset, control } = useForm<Waarden>({ resolver, mode: 'onTouched', defaultValues: leeg });
  const e = formState.errors;

  const onSubmit = handleSubmit(async (v) => {
    setFout(null);
    try {
      const r = await registreer.mutateAsync({
        documentId,
        kanaal: v.kanaal as Kanaal,
        verzondenOp: v.verzondenOp,
        ontvangenOp: v.ontvangenOp || null,
        bewijsReferentie: v.bewijsReferentie.trim() || undefined,
      });
      toast(
        'succes',
        'Verzending geregistreerd',
        r.geachtOntvangenOp ? `Geacht ontvangen op ${formatDatum(r.geachtOntvangenOp)}.` : undefined,
      );
      reset(leeg);
    } catch (err) {
      setFout(zetServerFouten(err, setError));
    }
  });

  return (
    <section aria-labelledby="verzending-titel">
      <Title order={3} size="h4" id="verzending-titel" mb="xs">
        Verzending registreren
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {fout && (
            <Alert color="red" role="alert" title="Niet geregistreerd">
              {fout}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <NativeSelect
              label="Verzendkanaal"
              aria-required
              data={[{ value: '', label: 'Kies een kanaal' }, ...KANALEN.map((k) => ({ value: k, label: KANAAL_LABELS[k] }))]}
              {...register('kanaal')}
              error={e.kanaal?.message}
            />
            <DatumVeldVan label="Verzonden op" aria-required control={control} name="verzondenOp" error={e.verzondenOp?.message} />
            <DatumVeldVan label="Ontvangen op" description="Indien bekend" control={control} name="ontvangenOp" error={e.ontvangenOp?.message} />
            <TextInput label="Bewijsreferentie" description="Bv. nummer van de aangetekende zending" {...register('bewijsReferentie')} error={e.bewijsReferentie?.message} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={registreer.isPending}>
              Verzending registreren
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
