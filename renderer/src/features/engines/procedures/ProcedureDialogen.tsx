import { Checkbox, NativeSelect, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { procedureMethods, type Procedure } from '../../../../../shared/engines/procedure.contract';
import { useApi, useApiMutation, useSessie } from '../../../api/hooks';
import { formatDatum } from '../../../components/format';
import { useToast } from '../../../components/Toasts';
import { ActieDialoog } from '../../../components/ActieDialoog';
import { call } from '../../../api/client';
import { contractResolver } from '../../../components/contractResolver';
import { DatumVeldVan } from '../../../components/DatumVeld';

const INVALIDATES = ['procedure.get', 'procedure.list', 'inbox.list', 'document.list', 'beslissing.list', 'erkenning.get'] as const;
const velden = (...namen: string[]) => (veld: string) => (namen.includes(veld) ? veld : null);
const optioneelId = (v: string) => (v ? Number(v) : undefined);

interface DialoogProps {
  p: Procedure;
  opened: boolean;
  onClose: () => void;
}

// ------------------------------------------------------------------ reactie

interface ReactieWaarden {
  ontvangenOp: string;
  samenvatting: string;
  hoorzittingGevraagd: boolean;
}

/** The organisation's written response to the voornemen, possibly asking to be heard. */
export function ReactieDialoog({ p, opened, onClose }: DialoogProps) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const naarInput = (v: ReactieWaarden) => ({ id: p.id, ...v });
  const form = useForm<ReactieWaarden>({ resolver: contractResolver(naarInput, procedureMethods['procedure.registreerReactie'].input), mode: 'onTouched' });
  const m = useApiMutation('procedure.registreerReactie', { invalidates: [...INVALIDATES] });
  const e = form.formState.errors;
  return (
    <ActieDialoog
      titel="Reactie registreren"
      knop="Reactie registreren"
      opened={opened}
      onClose={onClose}
      form={form}
      begin={{ ontvangenOp: vandaag, samenvatting: '', hoorzittingGevraagd: false }}
      veldNaam={velden('ontvangenOp', 'samenvatting', 'hoorzittingGevraagd')}
      uitvoeren={async (v) => {
        await m.mutateAsync(naarInput(v));
        toast('succes', 'Reactie geregistreerd', v.hoorzittingGevraagd ? 'De organisatie vraagt om gehoord te worden: plan de hoorzitting.' : undefined);
      }}
    >
      <DatumVeldVan label="Ontvangen op" aria-required control={form.control} name="ontvangenOp" error={e.ontvangenOp?.message} data-autofocus />
      <Textarea label="Samenvatting van de reactie" aria-required autosize minRows={3} {...form.register('samenvatting')} error={e.samenvatting?.message} />
      <Checkbox label="De organisatie vraagt om gehoord te worden" {...form.register('hoorzittingGevraagd')} />
    </ActieDialoog>
  );
}

// ------------------------------------------------------------------ hoorzitting plannen

interface PlanWaarden {
  datum: string;
  uur: string;
  plaats: string;
  aanwezigen: string;
}

/** Plan (or move) the hearing; the invitation letter is issued at once. */
export function HoorzittingPlannenDialoog({ p, opened, onClose }: DialoogProps) {
  const toast = useToast();
  const naarInput = (v: PlanWaarden) => ({ id: p.id, datum: v.datum, uur: v.uur, plaats: v.plaats, aanwezigen: v.aanwezigen.trim() || undefined });
  const form = useForm<PlanWaarden>({ resolver: contractResolver(naarInput, procedureMethods['procedure.planHoorzitting'].input), mode: 'onTouched' });
  const m = useApiMutation('procedure.planHoorzitting', { invalidates: [...INVALIDATES] });
  const e = form.formState.errors;
  const gepland = p.hoorzittingen.find((h) => !h.gehouden);
  return (
    <ActieDialoog
      titel={gepland ? 'Hoorzitting verplaatsen' : 'Hoorzitting plannen'}
      knop="Plannen en uitnodiging uitgeven"
      opened={opened}
      onClose={onClose}
      form={form}
      // Rescheduling starts from the planned hearing (place, hour, attendees): usually only the date changes.
      begin={{ datum: '', uur: gepland?.uur ?? '10:00', plaats: gepland?.plaats ?? '', aanwezigen: gepland?.aanwezigen ?? '' }}
      veldNaam={velden('datum', 'uur', 'plaats', 'aanwezigen')}
      voorbeeld={(v) => call('procedure.voorbeeldHoorzitting', naarInput(v))}
      uitvoeren={async (v) => {
        await m.mutateAsync(naarInput(v));
        toast('succes', 'Hoorzitting gepland', `Op ${formatDatum(v.datum)} om ${v.uur} uur; de uitnodiging is uitgegeven.`);
      }}
    >
      <Text size="sm">De uitnodiging wordt meteen als brief uitgegeven. Registreer daarna de verzending bij de brieven.</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DatumVeldVan label="Datum" aria-required control={form.control} name="datum" error={e.datum?.message} data-autofocus />
        <TextInput label="Uur" type="time" aria-required {...form.register('uur')} error={e.uur?.message} />
      </SimpleGrid>
      <TextInput label="Plaats" aria-required description="Adres en lokaal, of videogesprek met de link" {...form.register('plaats')} error={e.plaats?.message} />
      <Textarea label="Aanwezigen voor het departement" description="Niet verplicht; staat in de uitnodiging" autosize minRows={2} {...form.register('aanwezigen')} error={e.aanwezigen?.message} />
    </ActieDialoog>
  );
}

// ------------------------------------------------------------------ verslag

interface VerslagWaarden {
  aanwezigen: string;
  verslag: string;
  verslagBrief: boolean;
}

/** Minutes of the hearing that took place (optionally sent to the organisation as a letter). */
export function VerslagDialoog({ p, opened, onClose }: DialoogProps) {
  const toast = useToast();
  const naarInput = (v: VerslagWaarden) => ({ id: p.id, ...v });
  const form = useForm<VerslagWaarden>({ resolver: contractResolver(naarInput, procedureMethods['procedure.verslagHoorzitting'].input), mode: 'onTouched' });
  const m = useApiMutation('procedure.verslagHoorzitting', { invalidates: [...INVALIDATES] });
  const e = form.formState.errors;
  const h = p.hoorzittingen.find((x) => !x.gehouden);
  return (
    <ActieDialoog
      titel="Verslag van de hoorzitting"
      knop="Verslag vastleggen"
      opened={opened}
      onClose={onClose}
      form={form}
      size="xl"
      begin={{ aanwezigen: h?.aanwezigen ?? '', verslag: '', verslagBrief: false }}
      veldNaam={velden('aanwezigen', 'verslag')}
      uitvoeren={async (v) => {
        await m.mutateAsync(naarInput(v));
        toast('succes', 'Verslag vastgelegd', v.verslagBrief ? 'Het verslag is als brief uitgegeven.' : undefined);
      }}
    >
      {h && (
        <Text size="sm">
          Hoorzitting van {formatDatum(h.datum)}
          {h.uur ? ` om ${h.uur} uur` : ''}, {h.plaats}.
        </Text>
      )}
      <Textarea label="Aanwezigen" aria-required description="Voor de organisatie en voor het departement" autosize minRows={2} {...form.register('aanwezigen')} error={e.aanwezigen?.message} data-autofocus />
      <Textarea label="Verslag" aria-required autosize minRows={5} {...form.register('verslag')} error={e.verslag?.message} />
      <Checkbox label="Het verslag als brief aan de organisatie bezorgen" {...form.register('verslagBrief')} />
    </ActieDialoog>
  );
}

// ------------------------------------------------------------------ beslissing voorstellen

interface VoorstelWaarden {
  datum: string;
  einddatum: string;
  feiten: string;
  rechtsgronden: string;
  ondertekenaarId: string;
}

export function useOndertekenaars(enabled: boolean, departement: string) {
  const medewerkers = useApi('medewerker.list', {}, { enabled });
  return (medewerkers.data ?? [])
    .filter((m) => m.magOndertekenen && m.actief && m.departement === departement)
    .map((m) => ({ value: String(m.id), label: `${m.naam}${m.functie ? `, ${m.functie}` : ''}` }));
}

/** Draft of the final decision (for a revocation: the last day of the recognition), for approval. */
export function BeslissingVoorstellenDialoog({ p, opened, onClose }: DialoogProps) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const naarInput = (v: VoorstelWaarden) => ({
    id: p.id,
    datum: v.datum,
    einddatum: v.einddatum || undefined,
    feiten: v.feiten,
    rechtsgronden: v.rechtsgronden,
    ondertekenaarId: optioneelId(v.ondertekenaarId),
  });
  const form = useForm<VoorstelWaarden>({ resolver: contractResolver(naarInput, procedureMethods['procedure.stelBeslissingVoor'].input), mode: 'onTouched' });
  const m = useApiMutation('procedure.stelBeslissingVoor', { invalidates: [...INVALIDATES] });
  const ondertekenaars = useOndertekenaars(opened, p.departement);
  const e = form.formState.errors;
  const feiten = [
    p.feiten ?? '',
    p.reactie ? `Op ${formatDatum(p.reactie.ontvangenOp)} reageerde de organisatie: ${p.reactie.samenvatting}` : 'De organisatie reageerde niet binnen de termijn.',
    ...p.hoorzittingen.filter((h) => h.gehouden).map((h) => `Op ${formatDatum(h.datum)} werd de organisatie gehoord. ${h.verslag ?? ''}`),
  ]
    .filter(Boolean)
    .join('\n\n');
  return (
    <ActieDialoog
      titel="Beslissing voorstellen"
      knop="Ter goedkeuring voorleggen"
      opened={opened}
      onClose={onClose}
      form={form}
      size="xl"
      begin={{ datum: vandaag, einddatum: '', feiten, rechtsgronden: p.gronden, ondertekenaarId: '' }}
      veldNaam={velden('datum', 'einddatum', 'feiten', 'rechtsgronden', 'ondertekenaarId')}
      uitvoeren={async (v) => {
        await m.mutateAsync(naarInput(v));
        toast('succes', 'Ontwerp van beslissing voorgelegd', 'Een ondertekenaar keurt de beslissing goed; dan wordt de brief uitgegeven en wordt ze van kracht.');
      }}
    >
      <Text size="sm">Motiveer de beslissing met je beoordeling van de reactie en van de hoorzitting. Een opheffing werkt niet terug: de laatste dag ligt niet vóór de beslissingsdatum.</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DatumVeldVan label="Beslissingsdatum" aria-required control={form.control} name="datum" error={e.datum?.message} data-autofocus />
        <DatumVeldVan label="Laatste dag van de erkenning" description="Bij een opheffing" control={form.control} name="einddatum" error={e.einddatum?.message} />
      </SimpleGrid>
      <Textarea label="Feiten" aria-required autosize minRows={5} {...form.register('feiten')} error={e.feiten?.message} />
      <Textarea label="Juridische gronden" aria-required autosize minRows={3} {...form.register('rechtsgronden')} error={e.rechtsgronden?.message} />
      <NativeSelect
        label="Ondertekenaar"
        description="Niet verplicht: zonder keuze ondertekent wie het ontwerp goedkeurt."
        data={[{ value: '', label: 'Wie goedkeurt' }, ...ondertekenaars]}
        {...form.register('ondertekenaarId')}
      />
    </ActieDialoog>
  );
}

// ------------------------------------------------------------------ afsluiten

interface AfsluitWaarden {
  datum: string;
  reden: string;
  brief: boolean;
}

/** Close without decision: the voornemen is not carried through. */
export function AfsluitenDialoog({ p, opened, onClose }: DialoogProps) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const naarInput = (v: AfsluitWaarden) => ({ id: p.id, ...v });
  const form = useForm<AfsluitWaarden>({ resolver: contractResolver(naarInput, procedureMethods['procedure.sluitZonderBeslissing'].input), mode: 'onTouched' });
  const m = useApiMutation('procedure.sluitZonderBeslissing', { invalidates: [...INVALIDATES] });
  const e = form.formState.errors;
  return (
    <ActieDialoog
      titel="Afsluiten zonder beslissing"
      knop="Procedure afsluiten"
      opened={opened}
      onClose={onClose}
      form={form}
      begin={{ datum: vandaag, reden: '', brief: true }}
      veldNaam={velden('datum', 'reden')}
      uitvoeren={async (v) => {
        await m.mutateAsync(naarInput(v));
        toast('succes', 'Procedure afgesloten', 'Het voornemen wordt niet doorgezet.');
      }}
    >
      <DatumVeldVan label="Datum" aria-required control={form.control} name="datum" error={e.datum?.message} data-autofocus />
      <Textarea label="Reden" aria-required description="Waarom het voornemen niet wordt doorgezet" autosize minRows={3} {...form.register('reden')} error={e.reden?.message} />
      <Checkbox label="De organisatie met een brief op de hoogte brengen" {...form.register('brief')} />
    </ActieDialoog>
  );
}
