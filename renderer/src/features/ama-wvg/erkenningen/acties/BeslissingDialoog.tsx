import { useEffect, useMemo } from 'react';
import { Button, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { aanvraagMethods, type Aanvraag } from '../../../../../../shared/ama-wvg/aanvraag.contract';
import { useApi, useApiMutation, useSessie } from '../../../../api/hooks';
import { call } from '../../../../api/client';
import { alsTekst, motiveringBouwstenen, type Bouwsteen } from '../../../../../../shared/ama-wvg/motivering';
import { useToast } from '../../../../components/Toasts';
import { contractResolver } from '../../../../components/contractResolver';
import { ActieDialoog } from '../../../../components/ActieDialoog';
import { DatumVeldVan } from '../../../../components/DatumVeld';

type Soort = 'ontvankelijkheid' | 'gegrondheid';

interface Waarden {
  keuze: 'ja' | 'nee';
  datum: string;
  ingangsdatum: string;
  feiten: string;
  rechtsgronden: string;
  ondertekenaarId: string;
}

const TEKST: Record<Soort, { titel: string; vraag: string; ja: string; nee: string }> = {
  ontvankelijkheid: { titel: 'Beslissing ontvankelijkheid', vraag: 'Is de aanvraag ontvankelijk?', ja: 'Ja, ontvankelijk', nee: 'Nee, onontvankelijk' },
  gegrondheid: { titel: 'Beslissing ten gronde', vraag: 'Wordt de erkenning toegekend?', ja: 'Ja, erkennen', nee: 'Nee, weigeren' },
};

const veldNaam = (veld: string) => (['datum', 'ingangsdatum', 'feiten', 'rechtsgronden', 'ondertekenaarId'].includes(veld) ? veld : null);

/** Draft decision on admissibility or on the merits; it waits for an ondertekenaar's approval (four eyes). */
export function BeslissingDialoog({ aanvraag, soort, opened, onClose }: { aanvraag: Aanvraag; soort: Soort; opened: boolean; onClose: () => void }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const t = TEKST[soort];
  const resolver = contractResolver<Waarden>(
    (v) => {
      const tekst = { id: aanvraag.id, datum: v.datum, feiten: v.feiten, rechtsgronden: v.rechtsgronden, ondertekenaarId: v.ondertekenaarId ? Number(v.ondertekenaarId) : undefined };
      return soort === 'ontvankelijkheid'
        ? { ...tekst, ontvankelijk: v.keuze === 'ja' }
        : { ...tekst, toegekend: v.keuze === 'ja', ingangsdatum: v.keuze === 'ja' && v.ingangsdatum ? v.ingangsdatum : undefined };
    },
    soort === 'ontvankelijkheid' ? aanvraagMethods['aanvraag.ontvankelijkheid'].input : aanvraagMethods['aanvraag.gegrondheid'].input,
  );
  const form = useForm<Waarden>({ resolver, mode: 'onTouched' });
  const keuze = useWatch({ control: form.control, name: 'keuze' }) ?? 'ja';
  // The motivation's building blocks for this choice; the fields start from them and the officer adjusts.
  const blokken = useMemo(() => motiveringBouwstenen(aanvraag, soort, keuze === 'ja'), [aanvraag, soort, keuze]);
  useEffect(() => {
    // Another choice, other grounds — unless the officer already wrote their own.
    if (opened && !form.getFieldState('rechtsgronden').isDirty) form.setValue('rechtsgronden', alsTekst(blokken.gronden));
  }, [blokken, opened, form]);
  const voegToe = (veld: 'feiten' | 'rechtsgronden', b: Bouwsteen) => {
    const huidig = form.getValues(veld).trim();
    form.setValue(veld, huidig ? `${huidig}\n\n${b.tekst}` : b.tekst, { shouldDirty: true, shouldValidate: true });
  };
  const invalidates = ['aanvraag.get', 'aanvraag.list', 'inbox.list', 'beslissing.list'] as const;
  const ontv = useApiMutation('aanvraag.ontvankelijkheid', { invalidates: [...invalidates] });
  const gegr = useApiMutation('aanvraag.gegrondheid', { invalidates: [...invalidates] });
  const e = form.formState.errors;
  const medewerkers = useApi('medewerker.list', {}, { enabled: opened });
  const ondertekenaars = (medewerkers.data ?? [])
    .filter((m) => m.magOndertekenen && m.actief && m.departement === 'ZORG')
    .map((m) => ({ value: String(m.id), label: `${m.naam}${m.functie ? `, ${m.functie}` : ''}` }));

  return (
    <ActieDialoog
      titel={t.titel}
      knop="Ter goedkeuring voorleggen"
      opened={opened}
      onClose={onClose}
      form={form}
      size="xl"
      begin={{ keuze: 'ja' as const, datum: vandaag, ingangsdatum: '', feiten: alsTekst(blokken.feiten), rechtsgronden: alsTekst(blokken.gronden), ondertekenaarId: '' }}
      veldNaam={veldNaam}
      voorbeeld={(v) => {
        const tekst = { id: aanvraag.id, datum: v.datum, feiten: v.feiten, rechtsgronden: v.rechtsgronden, ondertekenaarId: v.ondertekenaarId ? Number(v.ondertekenaarId) : undefined };
        return soort === 'ontvankelijkheid'
          ? call('aanvraag.voorbeeldOntvankelijkheid', { ...tekst, ontvankelijk: v.keuze === 'ja' })
          : call('aanvraag.voorbeeldGegrondheid', { ...tekst, toegekend: v.keuze === 'ja', ingangsdatum: v.keuze === 'ja' && v.ingangsdatum ? v.ingangsdatum : undefined });
      }}
      uitvoeren={async (v) => {
        const tekst = { id: aanvraag.id, datum: v.datum, feiten: v.feiten, rechtsgronden: v.rechtsgronden, ondertekenaarId: v.ondertekenaarId ? Number(v.ondertekenaarId) : undefined };
        if (soort === 'ontvankelijkheid') await ontv.mutateAsync({ ...tekst, ontvankelijk: v.keuze === 'ja' });
        else await gegr.mutateAsync({ ...tekst, toegekend: v.keuze === 'ja', ingangsdatum: v.keuze === 'ja' && v.ingangsdatum ? v.ingangsdatum : undefined });
        toast('succes', 'Ontwerp van beslissing voorgelegd', 'Een ondertekenaar keurt de beslissing goed; dan wordt de brief uitgegeven.');
      }}
    >
      <Text size="sm">
        Het ontwerp wordt ter goedkeuring voorgelegd aan een ondertekenaar. Pas na goedkeuring wordt de brief uitgegeven en heeft de beslissing
        gevolgen. Motiveer de beslissing: de feiten en de toetsing aan de voorwaarden komen in de brief (de rechtsgrond staat er al in).
        De tekst hieronder is opgebouwd uit bouwstenen; pas hem aan waar nodig.
      </Text>
      <Controller
        control={form.control}
        name="keuze"
        render={({ field }) => (
          <Radio.Group label={t.vraag} value={field.value} onChange={(v) => field.onChange(v)}>
            <Stack gap={6} mt={6}>
              <Radio value="ja" label={t.ja} data-autofocus />
              <Radio value="nee" label={t.nee} />
            </Stack>
          </Radio.Group>
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DatumVeldVan label="Beslissingsdatum" aria-required control={form.control} name="datum" error={e.datum?.message} />
        {soort === 'gegrondheid' && keuze === 'ja' && (
          <DatumVeldVan
            label="Ingangsdatum"
            description="Leeg: de beslissingsdatum. Bij een tijdige hernieuwing sluit de erkenning aan op de lopende."
            control={form.control}
            name="ingangsdatum"
            error={e.ingangsdatum?.message}
          />
        )}
      </SimpleGrid>
      <Textarea label="Feiten" description="Wat werd ontvangen, gevraagd en vastgesteld. Eén alinea per feit (een lege regel ertussen)." aria-required autosize minRows={4} {...form.register('feiten')} error={e.feiten?.message} />
      <Bouwstenen naam="Bouwstenen: feiten" blokken={blokken.feiten} voegToe={(b) => voegToe('feiten', b)} />
      <Textarea label="Juridische gronden" description="De toetsing aan elke voorwaarde en de conclusie." aria-required autosize minRows={5} {...form.register('rechtsgronden')} error={e.rechtsgronden?.message} />
      <Bouwstenen naam="Bouwstenen: toetsing en conclusie" blokken={blokken.gronden} voegToe={(b) => voegToe('rechtsgronden', b)} />
      <NativeSelect
        label="Ondertekenaar"
        description="Niet verplicht: zonder keuze ondertekent wie het ontwerp goedkeurt. Met Voorbeeld van de brief zie je de brief zoals hij uitgegeven wordt."
        data={[{ value: '', label: 'Wie goedkeurt' }, ...ondertekenaars]}
        {...form.register('ondertekenaarId')}
        error={e.ondertekenaarId?.message}
      />
    </ActieDialoog>
  );
}

/** "Bouwsteen invoegen": each block of the motivation as a button that adds it (again) at the end of the field. */
function Bouwstenen({ naam, blokken, voegToe }: { naam: string; blokken: Bouwsteen[]; voegToe: (b: Bouwsteen) => void }) {
  return (
    <Group gap={6} mt={-6} role="group" aria-label={naam}>
      <Text size="xs" c="dimmed">
        Invoegen:
      </Text>
      {blokken.map((b) => (
        <Button key={b.id} size="compact-xs" variant="light" onClick={() => voegToe(b)} title={b.tekst}>
          {b.titel}
        </Button>
      ))}
    </Group>
  );
}
