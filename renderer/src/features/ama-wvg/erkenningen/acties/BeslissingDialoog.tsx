import { NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { aanvraagMethods, type Aanvraag } from '../../../../../../shared/ama-wvg/aanvraag.contract';
import { useApi, useApiMutation, useSessie } from '../../../../api/hooks';
import { formatDatum } from '../../../../components/format';
import { useToast } from '../../../../components/Toasts';
import { KANAAL_AANVRAAG } from '../labels';
import { contractResolver } from '../../../../components/contractResolver';
import { ActieDialoog } from '../../../../components/ActieDialoog';

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

const RECHTSGRONDEN =
  'Decreet van 8 juli 2022 betreffende de werk- en zorgtrajecten; besluit van de Vlaamse Regering van 18 november 2022, art. 46 tot en met 49.';

function feitenVoorstel(a: Aanvraag, soort: Soort): string {
  const basis = `De aanvraag van ${a.organisatieNaam} werd ontvangen op ${formatDatum(a.ontvangenOp)} via ${KANAAL_AANVRAAG[a.kanaal] ?? a.kanaal}.`;
  const opsch = a.opschortingen
    .filter((o) => o.tot)
    // What was asked may span several lines (one item per line): joined as a list inside the sentence.
    .map((o) => ` Op ${formatDatum(o.van)} werd bijkomende informatie gevraagd (${o.reden.split(/\r?\n/).map((r) => r.trim().replace(/[.;]$/, '')).filter(Boolean).join('; ')}); die werd ontvangen op ${formatDatum(o.tot)}.`)
    .join('');
  const controles = soort === 'gegrondheid' ? ` ${a.controles.map((c) => c.melding).join(' ')}` : '';
  return basis + opsch + controles;
}

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
  const keuze = useWatch({ control: form.control, name: 'keuze' });
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
      begin={{ keuze: 'ja' as const, datum: vandaag, ingangsdatum: '', feiten: feitenVoorstel(aanvraag, soort), rechtsgronden: RECHTSGRONDEN, ondertekenaarId: '' }}
      veldNaam={veldNaam}
      uitvoeren={async (v) => {
        const tekst = { id: aanvraag.id, datum: v.datum, feiten: v.feiten, rechtsgronden: v.rechtsgronden, ondertekenaarId: v.ondertekenaarId ? Number(v.ondertekenaarId) : undefined };
        if (soort === 'ontvankelijkheid') await ontv.mutateAsync({ ...tekst, ontvankelijk: v.keuze === 'ja' });
        else await gegr.mutateAsync({ ...tekst, toegekend: v.keuze === 'ja', ingangsdatum: v.keuze === 'ja' && v.ingangsdatum ? v.ingangsdatum : undefined });
        toast('succes', 'Ontwerp van beslissing voorgelegd', 'Een ondertekenaar keurt de beslissing goed; dan wordt de brief uitgegeven.');
      }}
    >
      <Text size="sm">
        Het ontwerp wordt ter goedkeuring voorgelegd aan een ondertekenaar. Pas na goedkeuring wordt de brief uitgegeven en heeft de beslissing
        gevolgen. Motiveer de beslissing: de feiten en de juridische gronden komen in de brief.
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
        <TextInput label="Beslissingsdatum" type="date" aria-required {...form.register('datum')} error={e.datum?.message} />
        {soort === 'gegrondheid' && keuze === 'ja' && (
          <TextInput
            label="Ingangsdatum"
            type="date"
            description="Leeg: de beslissingsdatum. Bij een tijdige hernieuwing sluit de erkenning aan op de lopende."
            {...form.register('ingangsdatum')}
            error={e.ingangsdatum?.message}
          />
        )}
      </SimpleGrid>
      <Textarea label="Feiten" description="Wat werd ontvangen, nagekeken en vastgesteld." aria-required autosize minRows={4} {...form.register('feiten')} error={e.feiten?.message} />
      <Textarea label="Juridische gronden" aria-required autosize minRows={3} {...form.register('rechtsgronden')} error={e.rechtsgronden?.message} />
      <NativeSelect
        label="Ondertekenaar"
        description="Niet verplicht: zonder keuze ondertekent wie het ontwerp goedkeurt. Na het voorleggen toont het ontwerp de brief zoals hij uitgegeven wordt."
        data={[{ value: '', label: 'Wie goedkeurt' }, ...ondertekenaars]}
        {...form.register('ondertekenaarId')}
        error={e.ondertekenaarId?.message}
      />
    </ActieDialoog>
  );
}
