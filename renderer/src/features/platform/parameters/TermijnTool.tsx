import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useFieldArray, useForm, useWatch, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { isoDate } from '../../../../../shared/api/common';
import type { TermijnResultaat } from '../../../../../shared/platform/termijn.contract';
import { call } from '../../../api/client';
import { useApi, useSessie } from '../../../api/hooks';
import { formatDatum, formatParameterWaarde } from '../../../components/format';
import { zetServerFouten } from '../../../components/serverFouten';
import { DatumVeldVan } from '../../../components/DatumVeld';

interface Waarden {
  parameter: string;
  start: string;
  dagen: string;
  soort: 'kalenderdagen' | 'werkdagen';
  verschuifNaarWerkdag: boolean;
  opschortingen: { van: string; tot: string }[];
}

const schema = z.object({
  parameter: z.string(),
  start: isoDate,
  dagen: z.string().trim().regex(/^\d{1,4}$/, { error: 'Geef het aantal dagen als geheel getal.' }),
  soort: z.enum(['kalenderdagen', 'werkdagen']),
  verschuifNaarWerkdag: z.boolean(),
  opschortingen: z.array(
    z.object({ van: isoDate, tot: isoDate }).refine((o) => o.tot >= o.van, { path: ['tot'], error: 'Het einde ligt vóór het begin.' }),
  ),
});

const resolver = zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<Waarden>;

/** Compute a legal deadline (`termijn.bereken`) with its derivation, optionally from a deadline parameter. */
export function TermijnTool() {
  const vandaag = useSessie().data?.vandaag ?? '';
  const parameters = useApi('parameter.list', {});
  const [resultaat, setResultaat] = useState<TermijnResultaat | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const { register, handleSubmit, control, setValue, setError, formState } = useForm<Waarden>({
    resolver,
    mode: 'onTouched',
    defaultValues: { parameter: '', start: vandaag, dagen: '', soort: 'kalenderdagen', verschuifNaarWerkdag: true, opschortingen: [] },
  });
  const opschortingen = useFieldArray({ control, name: 'opschortingen' });
  const start = useWatch({ control, name: 'start' });

  // Deadline parameters (in calendar or working days) valid on the start date.
  const termijnParameters = useMemo(() => {
    const d = start || vandaag;
    return (parameters.data ?? [])
      .filter((p) => (p.eenheid === 'kalenderdagen' || p.eenheid === 'werkdagen') && p.waardeGetal !== null)
      .filter((p) => p.geldigVan <= d && (!p.geldigTot || p.geldigTot >= d))
      .sort((a, b) => a.omschrijving.localeCompare(b.omschrijving, 'nl'));
  }, [parameters.data, start, vandaag]);

  const kiesParameter = (code: string) => {
    const p = termijnParameters.find((x) => x.code === code);
    if (!p || p.waardeGetal === null) return;
    setValue('dagen', String(p.waardeGetal), { shouldValidate: true });
    setValue('soort', p.eenheid as 'kalenderdagen' | 'werkdagen');
  };

  const onSubmit = handleSubmit(async (v) => {
    setFout(null);
    setResultaat(null);
    try {
      const r = await call('termijn.bereken', {
        start: v.start,
        dagen: Number(v.dagen),
        soort: v.soort,
        verschuifNaarWerkdag: v.verschuifNaarWerkdag,
        opschortingen: v.opschortingen,
      });
      setResultaat(r);
    } catch (err) {
      setFout(zetServerFouten(err, setError));
    }
  });

  const e = formState.errors;
  const param = register('parameter');
  return (
    <Stack gap="md" maw={900}>
      <form onSubmit={onSubmit} noValidate aria-label="Termijn berekenen">
        <Stack gap="sm">
          {fout && (
            <Alert color="red" role="alert" title="Niet berekend">
              {fout}
            </Alert>
          )}
          <NativeSelect
            label="Termijn uit parameter"
            description="Niet verplicht: vult het aantal dagen en de soort in."
            data={[
              { value: '', label: 'Zelf invullen' },
              ...termijnParameters.map((p) => ({ value: p.code, label: `${p.omschrijving} (${formatParameterWaarde(p)})` })),
            ]}
            {...param}
            onChange={(ev) => {
              void param.onChange(ev);
              kiesParameter(ev.currentTarget.value);
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DatumVeldVan
              label="Startdatum"
              aria-required
              description="Dag van de gebeurtenis; telt niet mee."
              control={control}
              name="start"
              error={e.start?.message}
            />
            <TextInput label="Aantal dagen" inputMode="numeric" aria-required {...register('dagen')} error={e.dagen?.message} />
            <NativeSelect
              label="Soort dagen"
              data={[
                { value: 'kalenderdagen', label: 'Kalenderdagen' },
                { value: 'werkdagen', label: 'Werkdagen' },
              ]}
              {...register('soort')}
            />
          </SimpleGrid>
          <Checkbox label="Valt de laatste dag op een zaterdag, zondag of feestdag, dan verschuiven naar de volgende werkdag" {...register('verschuifNaarWerkdag')} />
          <Stack gap="xs">
            <Text fw={700} size="sm">
              Opschortingen
            </Text>
            {opschortingen.fields.length === 0 && (
              <Text size="sm" c="dimmed">
                Geen. Voeg een periode toe wanneer de termijn geschorst was (bv. wachten op bijkomende informatie).
              </Text>
            )}
            {opschortingen.fields.map((f, i) => (
              <Group key={f.id} align="flex-start" gap="sm" role="group" aria-label={`Opschorting ${i + 1}`}>
                <DatumVeldVan label={`Opschorting ${i + 1} van`} control={control} name={`opschortingen.${i}.van`} error={e.opschortingen?.[i]?.van?.message} />
                <DatumVeldVan label={`Opschorting ${i + 1} tot en met`} control={control} name={`opschortingen.${i}.tot`} error={e.opschortingen?.[i]?.tot?.message} />
                <Button mt={24} variant="subtle" color="red" onClick={() => opschortingen.remove(i)} aria-label={`Opschorting ${i + 1} verwijderen`}>
                  Verwijderen
                </Button>
              </Group>
            ))}
            <Group>
              <Button variant="outline" size="xs" onClick={() => opschortingen.append({ van: '', tot: '' })}>
                Opschorting toevoegen
              </Button>
            </Group>
          </Stack>
          <Group>
            <Button type="submit" loading={formState.isSubmitting}>
              Berekenen
            </Button>
          </Group>
        </Stack>
      </form>
      {resultaat && (
        <Paper withBorder p="md" role="status" data-testid="termijn-resultaat">
          <Title order={2} size="h3">
            Vervaldatum: {formatDatum(resultaat.vervaldatum)}
          </Title>
          <Text size="sm" fw={700} mt="sm">
            Afleiding
          </Text>
          <List size="sm" spacing={2} type="ordered">
            {resultaat.afleiding.map((r, i) => (
              <List.Item key={i}>{r}</List.Item>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}
