import { SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { aanvraagMethods, type Aanvraag } from '../../../../../../shared/ama-wvg/aanvraag.contract';
import { call } from '../../../../api/client';
import { useApiMutation, useSessie } from '../../../../api/hooks';
import { formatDatum } from '../../../../components/format';
import { useToast } from '../../../../components/Toasts';
import { contractResolver } from '../../../../components/contractResolver';
import { ActieDialoog } from '../../../../components/ActieDialoog';
import { DatumVeldVan } from '../../../../components/DatumVeld';

const INVALIDATES = ['aanvraag.get', 'aanvraag.list', 'inbox.list'] as const;

interface InfoWaarden {
  datum: string;
  gevraagd: string;
  antwoordTermijnDagen: string;
}

const infoResolver = (id: number) =>
  contractResolver<InfoWaarden>(
    (v) => {
      const t = v.antwoordTermijnDagen.trim();
      return { id, datum: v.datum, gevraagd: v.gevraagd, antwoordTermijnDagen: t === '' ? undefined : /^\d+$/.test(t) ? Number(t) : t };
    },
    aanvraagMethods['aanvraag.vraagInfo'].input,
    (iss) => (iss.path?.[0] === 'antwoordTermijnDagen' ? 'Geef een aantal dagen tussen 1 en 90, of laat leeg.' : undefined),
  );

const velden = (...namen: string[]) => (veld: string) => (namen.includes(veld) ? veld : null);

/** "Informatie opvragen": the decision period is suspended from this date until the answer. */
export function InfoOpvragenDialog({ aanvraag, opened, onClose }: { aanvraag: Aanvraag; opened: boolean; onClose: () => void }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const form = useForm<InfoWaarden>({ resolver: infoResolver(aanvraag.id), mode: 'onTouched' });
  const m = useApiMutation('aanvraag.vraagInfo', { invalidates: [...INVALIDATES] });
  const e = form.formState.errors;
  return (
    <ActieDialoog
      titel="Informatie opvragen"
      knop="Informatie opvragen"
      opened={opened}
      onClose={onClose}
      form={form}
      begin={{ datum: vandaag, gevraagd: '', antwoordTermijnDagen: '' }}
      veldNaam={velden('datum', 'gevraagd', 'antwoordTermijnDagen')}
      voorbeeld={(v) =>
        call('aanvraag.vraagInfoVoorbeeld', {
          id: aanvraag.id, datum: v.datum, gevraagd: v.gevraagd, antwoordTermijnDagen: v.antwoordTermijnDagen.trim() ? Number(v.antwoordTermijnDagen) : undefined,
        })
      }
      uitvoeren={async (v) => {
        const a = await m.mutateAsync({ id: aanvraag.id, datum: v.datum, gevraagd: v.gevraagd, antwoordTermijnDagen: v.antwoordTermijnDagen.trim() ? Number(v.antwoordTermijnDagen) : undefined });
        const o = a.opschortingen.find((x) => x.tot === null);
        const brief = a.documenten.find((d) => d.id === o?.verzoekDocumentId);
        toast('succes', 'Informatie opgevraagd', `${brief ? `Brief ${brief.kenmerk} uitgegeven. ` : ''}De termijn is opgeschort${o?.antwoordUiterlijk ? `; antwoord uiterlijk ${formatDatum(o.antwoordUiterlijk)}` : ''}.`);
      }}
    >
      <Text size="sm">
        De aanvrager krijgt een brief met wat ontbreekt en de uiterste antwoorddatum. De beslissingstermijn wordt opgeschort vanaf de datum van het
        verzoek tot het antwoord binnenkomt.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DatumVeldVan label="Datum van het verzoek" aria-required control={form.control} name="datum" error={e.datum?.message} data-autofocus />
        <TextInput
          label="Antwoordtermijn (dagen)"
          description="Leeg: de standaardtermijn uit de parameters"
          inputMode="numeric"
          {...form.register('antwoordTermijnDagen')}
          error={e.antwoordTermijnDagen?.message}
        />
      </SimpleGrid>
      <Textarea
        label="Wat ontbreekt"
        description="Eén punt per regel; zo komt het in de brief."
        aria-required
        autosize
        minRows={3}
        {...form.register('gevraagd')}
        error={e.gevraagd?.message}
      />
    </ActieDialoog>
  );
}

interface OntvangenWaarden {
  datum: string;
}

/** "Antwoord ontvangen": the suspension ends on this date and the period runs again. */
export function InfoOntvangenDialog({ aanvraag, opened, onClose }: { aanvraag: Aanvraag; opened: boolean; onClose: () => void }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const resolver = contractResolver<OntvangenWaarden>((v) => ({ id: aanvraag.id, datum: v.datum }), aanvraagMethods['aanvraag.infoOntvangen'].input);
  const form = useForm<OntvangenWaarden>({ resolver, mode: 'onTouched' });
  const m = useApiMutation('aanvraag.infoOntvangen', { invalidates: [...INVALIDATES] });
  const open = aanvraag.opschortingen.find((o) => o.tot === null);
  return (
    <ActieDialoog
      titel="Antwoord ontvangen"
      knop="Antwoord registreren"
      opened={opened}
      onClose={onClose}
      form={form}
      begin={{ datum: vandaag }}
      veldNaam={velden('datum')}
      uitvoeren={async (v) => {
        const a = await m.mutateAsync({ id: aanvraag.id, datum: v.datum });
        const volgende = a.termijnen.find((t) => !t.afgerond);
        toast('succes', 'Antwoord geregistreerd', volgende ? `De termijn loopt weer: ${volgende.omschrijving.toLowerCase()} uiterlijk ${formatDatum(volgende.vervaldatum)}.` : undefined);
      }}
    >
      {open && (
        <Text size="sm">
          Gevraagd op {formatDatum(open.van)}: {open.reden}
        </Text>
      )}
      <DatumVeldVan label="Datum van het antwoord" aria-required control={form.control} name="datum" error={form.formState.errors.datum?.message} data-autofocus />
    </ActieDialoog>
  );
}

