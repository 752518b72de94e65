import { useState } from 'react';
import { Button, NativeSelect, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Beslissing } from '../../../../../shared/engines/beslissing.contract';
import { BEZWAAR_KANALEN, bezwaarMethods, type BezwaarKanaal } from '../../../../../shared/engines/bezwaar.contract';
import { call } from '../../../api/client';
import { useApiMutation, useSessie } from '../../../api/hooks';
import { formatDatum } from '../../../components/format';
import { useMagInDepartement } from '../../../components/rechten';
import { useToast } from '../../../components/Toasts';
import { ActieDialoog } from '../../../components/ActieDialoog';
import { contractResolver } from '../../../components/contractResolver';
import { beslissingTypeLabel } from '../../../components/dossier/labels';
import { BEZWAAR_KANAAL_LABELS, TIJDIGHEID } from './labels';
import { DatumVeldVan } from '../../../components/DatumVeld';

interface Waarden {
  ontvangenOp: string;
  kanaal: BezwaarKanaal | '';
  samenvatting: string;
  uwKenmerk: string;
}

/** "Bezwaar registreren" against an issued decision: timeliness is computed and the acknowledgement issued. */
export function BezwaarRegistrerenKnop({ beslissing }: { beslissing: Beslissing }) {
  const mag = useMagInDepartement(beslissing.departement as 'ZORG' | 'WSE');
  const [open, setOpen] = useState(false);
  if (!mag || beslissing.status !== 'uitgegeven' || !beslissing.bezwaarTermijnDagen) return null;
  return (
    <>
      <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
        Bezwaar registreren
      </Button>
      <BezwaarRegistrerenDialoog beslissing={beslissing} opened={open} onClose={() => setOpen(false)} />
    </>
  );
}

function BezwaarRegistrerenDialoog({ beslissing, opened, onClose }: { beslissing: Beslissing; opened: boolean; onClose: () => void }) {
  const vandaag = useSessie().data?.vandaag ?? '';
  const toast = useToast();
  const navigate = useNavigate();
  const naarInput = (v: Waarden) => ({
    beslissingId: beslissing.id,
    ontvangenOp: v.ontvangenOp,
    kanaal: v.kanaal as BezwaarKanaal,
    samenvatting: v.samenvatting,
    uwKenmerk: v.uwKenmerk.trim() || undefined,
  });
  const form = useForm<Waarden>({ resolver: contractResolver(naarInput, bezwaarMethods['bezwaar.registreer'].input), mode: 'onTouched' });
  const m = useApiMutation('bezwaar.registreer', { invalidates: ['procedure.get', 'bezwaar.list', 'beslissing.get', 'inbox.list', 'document.list', 'erkenning.get'] });
  const e = form.formState.errors;
  return (
    <ActieDialoog
      titel="Bezwaar registreren"
      knop="Bezwaar registreren"
      opened={opened}
      onClose={onClose}
      form={form}
      begin={{ ontvangenOp: vandaag, kanaal: 'aangetekend', samenvatting: '', uwKenmerk: '' }}
      veldNaam={(v) => (['ontvangenOp', 'kanaal', 'samenvatting', 'uwKenmerk'].includes(v) ? v : null)}
      voorbeeld={(v) => call('bezwaar.voorbeeld', naarInput(v))}
      uitvoeren={async (v) => {
        const z = await m.mutateAsync(naarInput(v));
        toast('succes', 'Bezwaar geregistreerd', `${TIJDIGHEID[z.tijdigheid].label}. De ontvangstmelding is uitgegeven.`);
        navigate(`/bezwaren/${z.id}`);
      }}
    >
      <Text size="sm">
        Tegen de beslissing "{beslissingTypeLabel(beslissing.type).toLowerCase()}" van {formatDatum(beslissing.beslissingsdatum)}. Bezwaar kan binnen{' '}
        {beslissing.bezwaarTermijnDagen} dagen na de kennisgeving; de toepassing berekent of het tijdig is.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DatumVeldVan label="Ontvangen op" aria-required control={form.control} name="ontvangenOp" error={e.ontvangenOp?.message} data-autofocus />
        <NativeSelect
          label="Kanaal"
          data={BEZWAAR_KANALEN.map((k) => ({ value: k, label: BEZWAAR_KANAAL_LABELS[k] }))}
          {...form.register('kanaal')}
          error={e.kanaal?.message}
        />
      </SimpleGrid>
      <Textarea label="Samenvatting van het bezwaar" aria-required autosize minRows={3} {...form.register('samenvatting')} error={e.samenvatting?.message} />
      <TextInput label="Uw kenmerk" description="Kenmerk van de indiener (niet verplicht)" {...form.register('uwKenmerk')} error={e.uwKenmerk?.message} />
    </ActieDialoog>
  );
}
