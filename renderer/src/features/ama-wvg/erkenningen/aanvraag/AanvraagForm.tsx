import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useApi } from '../../../../api/hooks';
import { formatDatum } from '../../../../components/format';
import { zetServerFouten } from '../../../../components/serverFouten';
import { KANAAL_AANVRAAG } from '../labels';
import { aanvraagResolver, type AanvraagWaarden } from './formSchema';
import { OrganisatieKiezer } from './OrganisatieKiezer';
import { PersoneelVelden } from './PersoneelVelden';
import { DatumVeldVan } from '../../../../components/DatumVeld';

interface Props {
  beginwaarden: AanvraagWaarden;
  opslaan: (v: AanvraagWaarden) => Promise<unknown>;
  annuleren: () => void;
}

/** Registration of an application for recognition AMA WVG, checked with the contract's schema while typing. */
export function AanvraagForm({ beginwaarden, opslaan, annuleren }: Props) {
  const form = useForm<AanvraagWaarden>({ defaultValues: beginwaarden, resolver: aanvraagResolver, mode: 'onTouched' });
  const { register, control, handleSubmit, setError, setValue, formState } = form;
  const { errors, isSubmitting } = formState;
  const [topFout, setTopFout] = useState<string | null>(null);

  const organisatieId = useWatch({ control, name: 'organisatieId' });
  const erkenningen = useApi('erkenning.list', { organisatieId: Number(organisatieId), status: 'actief' }, { enabled: !!organisatieId });
  const hernieuwOpties = useMemo(
    () => [
      { value: '', label: 'Geen: eerste aanvraag' },
      ...(erkenningen.data ?? []).map((e) => ({ value: String(e.id), label: `${e.erkenningsnummer} (geldig tot ${formatDatum(e.geldigTot)})` })),
    ],
    [erkenningen.data],
  );

  const onSubmit = handleSubmit(async (v) => {
    setTopFout(null);
    try {
      await opslaan(v);
    } catch (err) {
      setTopFout(zetServerFouten(err, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Nieuwe aanvraag tot erkenning">
      <Stack gap="md" maw={1000}>
        {topFout && (
          <Alert color="red" title="Niet bewaard" role="alert" data-testid="formulierfout">
            {topFout}
          </Alert>
        )}
        {Object.keys(errors).length > 0 && !topFout && formState.isSubmitted && (
          <Alert color="red" role="alert" title="Niet bewaard">
            Verbeter de aangeduide velden.
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          Vul alle velden in, behalve die met &ldquo;niet verplicht&rdquo;. De rijksregisternummers zijn persoonsgegevens: ze verschijnen enkel in
          dit formulier en in de fiche van de aanvraag.
        </Text>

        <Fieldset legend="Aanvraag">
          <Stack gap="sm">
            <Controller
              control={control}
              name="organisatieId"
              render={({ field, fieldState }) => (
                <OrganisatieKiezer
                  value={field.value}
                  onChange={(id) => {
                    field.onChange(id);
                    setValue('hernieuwingVanId', '');
                  }}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={fieldState.error?.message}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DatumVeldVan label="Ontvangen op" aria-required control={control} name="ontvangenOp" error={errors.ontvangenOp?.message} />
              <NativeSelect
                label="Kanaal"
                description="Hoe de aanvraag binnenkwam"
                data={Object.entries(KANAAL_AANVRAAG).map(([value, label]) => ({ value, label }))}
                {...register('kanaal')}
                error={errors.kanaal?.message}
              />
              <TextInput label="Uw kenmerk" description="Kenmerk van de aanvrager (niet verplicht)" {...register('uwKenmerk')} error={errors.uwKenmerk?.message} />
            </SimpleGrid>
            <NativeSelect
              label="Hernieuwing van"
              description={organisatieId ? 'Kies de lopende erkenning als deze aanvraag een hernieuwing is.' : 'Kies eerst de organisatie.'}
              disabled={!organisatieId}
              data={hernieuwOpties}
              {...register('hernieuwingVanId')}
              error={errors.hernieuwingVanId?.message}
            />
            <Checkbox
              label="Verzekering burgerlijke aansprakelijkheid verklaard"
              description="Ook voor beroepsfouten (BVR art. 46)."
              {...register('verzekeringVerklaard')}
            />
            <Textarea label="Opmerkingen" description="Niet verplicht" autosize minRows={2} {...register('opmerkingen')} error={errors.opmerkingen?.message} />
          </Stack>
        </Fieldset>

        <Fieldset legend="Begeleidend personeel">
          <PersoneelVelden control={control} register={register} setValue={setValue} errors={errors} />
        </Fieldset>

        <Group>
          <Button type="submit" loading={isSubmitting}>
            Aanvraag registreren
          </Button>
          <Button variant="default" onClick={annuleren}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
