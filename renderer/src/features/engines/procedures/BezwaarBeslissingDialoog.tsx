import { NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { call } from '../../../api/client';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { BEZWAAR_UITKOMSTEN, bezwaarMethods, type Bezwaar, type BezwaarUitkomst } from '../../../../../shared/engines/bezwaar.contract';
import { useApiMutation, useSessie } from '../../../api/hooks';
import { formatDatum } from '../../../components/format';
import { useToast } from '../../../components/Toasts';
import { ActieDialoog } from '../../../components/ActieDialoog';
import { contractResolver } from '../../../components/contractResolver';
import { UITKOMST } from './labels';
import { useOndertekenaars } from './ProcedureDialogen';
import { DatumVeldVan } from '../../../components/DatumVeld';

interface Waarden {
  uitkomst: BezwaarUitkomst | '';
  datum: string;
  einddatum: string;
  feiten: string;
  rechtsgronden: string;
  ondertekenaarId: string;
}

/** Draft decision on the objection: confirmed, revised, annulled or inadmissible (for approval). */
export function BezwaarBeslissingDialoog({ z, opened, onClose }: { z: Bezwaar; opened: boolean; onClose: () => void }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const naarInput = (v: Waarden) => ({
    id: z.id,
    uitkomst: v.uitkomst as BezwaarUitkomst,
    datum: v.datum,
    herziening: v.uitkomst === 'herzien' ? { einddatum: v.einddatum || undefined } : undefined,
    feiten: v.feiten,
    rechtsgronden: v.rechtsgronden,
    ondertekenaarId: v.ondertekenaarId ? Number(v.ondertekenaarId) : undefined,
  });
  const form = useForm<Waarden>({ resolver: contractResolver(naarInput, bezwaarMethods['bezwaar.stelBeslissingVoor'].input), mode: 'onTouched' });
  const uitkomst = useWatch({ control: form.control, name: 'uitkomst' });
  const m = useApiMutation('bezwaar.stelBeslissingVoor', { invalidates: ['bezwaar.get', 'bezwaar.list', 'procedure.get', 'inbox.list', 'beslissing.list'] });
  const ondertekenaars = useOndertekenaars(opened, z.betwisteBeslissing.departement);
  const e = form.formState.errors;
  const feiten = `Op ${formatDatum(z.ontvangenOp)} ontvingen wij een bezwaar tegen de beslissing van ${formatDatum(z.betwisteBeslissing.beslissingsdatum)}: ${z.samenvatting} ${z.beoordeling.toelichting}`;
  // The grounds start from those of the contested decision (the same legal basis governs the objection); the officer adjusts them.
  const rechtsgronden = `De beslissing over het bezwaar steunt op dezelfde regelgeving als de betwiste beslissing (${z.betwisteBeslissing.rechtsbasis}). ${z.betwisteBeslissing.rechtsgronden}`;
  return (
    <ActieDialoog
      titel="Beslissing over het bezwaar"
      knop="Ter goedkeuring voorleggen"
      opened={opened}
      onClose={onClose}
      form={form}
      size="xl"
      begin={{ uitkomst: z.tijdigheid === 'laattijdig' ? 'onontvankelijk' : '', datum: vandaag, einddatum: '', feiten, rechtsgronden, ondertekenaarId: '' }}
      veldNaam={(v) => (v === 'herziening.einddatum' ? 'einddatum' : ['uitkomst', 'datum', 'feiten', 'rechtsgronden', 'ondertekenaarId'].includes(v) ? v : null)}
      voorbeeld={(v) => call('bezwaar.voorbeeldBeslissing', naarInput(v))}
      uitvoeren={async (v) => {
        await m.mutateAsync(naarInput(v));
        toast('succes', 'Ontwerp van beslissing voorgelegd', 'Een ondertekenaar keurt de beslissing over het bezwaar goed; dan wordt ze van kracht.');
      }}
    >
      <Controller
        control={form.control}
        name="uitkomst"
        render={({ field, fieldState }) => (
          <Radio.Group label="Uitkomst" value={field.value} onChange={(v) => field.onChange(v)} error={fieldState.error?.message} withAsterisk={false}>
            <Stack gap={6} mt={6}>
              {BEZWAAR_UITKOMSTEN.map((u) => (
                <Radio key={u} value={u} label={UITKOMST[u].label} description={UITKOMST[u].uitleg} />
              ))}
            </Stack>
          </Radio.Group>
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DatumVeldVan label="Beslissingsdatum" aria-required control={form.control} name="datum" error={e.datum?.message} />
        {uitkomst === 'herzien' && (
          <DatumVeldVan label="Nieuwe laatste dag" description="De herziene einddatum van het recht" control={form.control} name="einddatum" error={e.einddatum?.message} />
        )}
      </SimpleGrid>
      <Textarea label="Feiten" aria-required autosize minRows={4} {...form.register('feiten')} error={e.feiten?.message} />
      <Textarea label="Juridische gronden" aria-required autosize minRows={3} {...form.register('rechtsgronden')} error={e.rechtsgronden?.message} />
      <NativeSelect label="Ondertekenaar" description="Niet verplicht: zonder keuze ondertekent wie het ontwerp goedkeurt." data={[{ value: '', label: 'Wie goedkeurt' }, ...ondertekenaars]} {...form.register('ondertekenaarId')} />
      {z.tijdigheid === 'laattijdig' && <Text size="sm" c="red">Het bezwaar is laattijdig: de uitkomst is dan "onontvankelijk".</Text>}
    </ActieDialoog>
  );
}
