import { NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { KANALEN, verzendingInput, type Kanaal } from '../../../../../shared/letters/brief.contract';
import { useApiMutation, useSessie } from '../../../api/hooks';
import { formatDatum } from '../../../components/format';
import { KANAAL_LABELS } from '../../../components/labels';
import { useToast } from '../../../components/Toasts';
import { ActieDialoog } from '../../../components/ActieDialoog';
import { contractResolver } from '../../../components/contractResolver';
import { DatumVeldVan } from '../../../components/DatumVeld';

interface Waarden {
  kanaal: Kanaal | '';
  verzondenOp: string;
  ontvangenOp: string;
  bewijsReferentie: string;
}

const naarInput = (documentId: number) => (v: Waarden) => ({
  documentId,
  kanaal: v.kanaal as Kanaal,
  verzondenOp: v.verzondenOp,
  ontvangenOp: v.ontvangenOp || null,
  bewijsReferentie: v.bewijsReferentie.trim() || undefined,
});

/**
 * Register how a letter of a dossier was sent: its notification date starts the periods that run
 * from it (response period of a voornemen, objection period of a decision).
 */
export function VerzendingDialoog({ documentId, kenmerk, titel, opened, onClose }: { documentId: number; kenmerk?: string; titel: string; opened: boolean; onClose: () => void }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const form = useForm<Waarden>({ resolver: contractResolver(naarInput(documentId), verzendingInput), mode: 'onTouched' });
  const m = useApiMutation('verzending.registreer', { invalidates: ['procedure.get', 'procedure.list', 'bezwaar.get', 'bezwaar.list', 'inbox.list', 'document.list', 'document.get'] });
  const e = form.formState.errors;
  return (
    <ActieDialoog
      titel={titel}
      knop="Verzending registreren"
      opened={opened}
      onClose={onClose}
      form={form}
      begin={{ kanaal: '' as const, verzondenOp: vandaag, ontvangenOp: '', bewijsReferentie: '' }}
      uitvoeren={async (v) => {
        const r = await m.mutateAsync(naarInput(documentId)(v));
        toast('succes', 'Verzending geregistreerd', r.geachtOntvangenOp ? `Geacht ontvangen op ${formatDatum(r.geachtOntvangenOp)}.` : undefined);
      }}
    >
      <Text size="sm">
        {kenmerk ? `Brief ${kenmerk}. ` : ''}De termijnen lopen vanaf de kennisgeving: de bewezen ontvangst, anders de derde werkdag na een aangetekende
        zending.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label="Verzendkanaal"
          aria-required
          data={[{ value: '', label: 'Kies een kanaal' }, ...KANALEN.map((k) => ({ value: k, label: KANAAL_LABELS[k] }))]}
          {...form.register('kanaal')}
          error={e.kanaal?.message}
          data-autofocus
        />
        <DatumVeldVan label="Verzonden op" aria-required control={form.control} name="verzondenOp" error={e.verzondenOp?.message} />
        <DatumVeldVan label="Ontvangen op" description="Indien bekend (bewijs van ontvangst)" control={form.control} name="ontvangenOp" error={e.ontvangenOp?.message} />
        <TextInput label="Bewijsreferentie" description="Bv. nummer van de aangetekende zending" {...form.register('bewijsReferentie')} error={e.bewijsReferentie?.message} />
      </SimpleGrid>
    </ActieDialoog>
  );
}
