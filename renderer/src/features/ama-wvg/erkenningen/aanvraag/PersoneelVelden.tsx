import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { BACHELOR_RICHTINGEN, MINIMUM_ERVARING_PARAMETER } from '../../../../../../shared/ama-wvg/aanvraag.contract';
import { checkInsz } from '../../../../../../shared/kernel/insz';
import { BACHELOR_LABELS } from '../labels';
import { legePersoon, type AanvraagWaarden } from './formSchema';
import { useParameterGetal } from '../../../../api/hooks';

interface Props {
  control: Control<AanvraagWaarden>;
  register: UseFormRegister<AanvraagWaarden>;
  setValue: UseFormSetValue<AanvraagWaarden>;
  errors: FieldErrors<AanvraagWaarden>;
}

/** The guiding staff: name, INSZ and a bachelor's degree or years of experience (art. 46); add and remove rows. */
export function PersoneelVelden({ control, register, setValue, errors }: Props) {
  const personeel = useFieldArray({ control, name: 'personeel' });
  const kwalificaties = useWatch({ control, name: 'personeel' });
  const minimumJaren = useParameterGetal(MINIMUM_ERVARING_PARAMETER);

  return (
    <Stack gap="md">
      {personeel.fields.map((f, i) => {
        const e = errors.personeel?.[i];
        const nr = i + 1;
        const suffix = <VisuallyHidden> personeelslid {nr}</VisuallyHidden>;
        const insz = register(`personeel.${i}.insz`);
        const ervaring = kwalificaties?.[i]?.kwalificatie === 'ervaring';
        return (
          <div key={f.id} role="group" aria-label={`Personeelslid ${nr}`} data-testid={`personeelslid-${nr}`}>
            <Group justify="space-between" mb={4}>
              <Text fw={600} size="sm">
                Personeelslid {nr}
              </Text>
              <Button variant="subtle" color="red" size="compact-sm" onClick={() => personeel.remove(i)} aria-label={`Personeelslid ${nr} verwijderen`}>
                Verwijderen
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <TextInput label={<>Naam{suffix}</>} aria-required {...register(`personeel.${i}.naam`)} error={e?.naam?.message} autoComplete="off" />
              <TextInput
                label={<>Rijksregisternummer{suffix}</>}
                description="INSZ, 11 cijfers"
                aria-required
                autoComplete="off"
                {...insz}
                onBlur={(ev) => {
                  const r = checkInsz(ev.currentTarget.value);
                  if (r.ok && r.insz !== ev.currentTarget.value) setValue(`personeel.${i}.insz`, r.insz);
                  return insz.onBlur(ev);
                }}
                error={e?.insz?.message}
              />
              <NativeSelect
                label={<>Kwalificatie{suffix}</>}
                data={[
                  { value: 'bachelor', label: 'Bachelordiploma' },
                  { value: 'ervaring', label: 'Ervaring met de doelgroep' },
                ]}
                {...register(`personeel.${i}.kwalificatie`)}
              />
              {ervaring ? (
                <TextInput
                  label={<>Jaren ervaring{suffix}</>}
                  description={minimumJaren === undefined ? undefined : `Minstens ${minimumJaren} jaar`}
                  inputMode="numeric"
                  {...register(`personeel.${i}.ervaringJaren`)}
                  error={e?.ervaringJaren?.message ?? e?.bachelorRichting?.message}
                />
              ) : (
                <NativeSelect
                  label={<>Bachelorrichting{suffix}</>}
                  data={[{ value: '', label: 'Kies een richting' }, ...BACHELOR_RICHTINGEN.map((r) => ({ value: r, label: BACHELOR_LABELS[r] }))]}
                  {...register(`personeel.${i}.bachelorRichting`)}
                  error={e?.bachelorRichting?.message}
                />
              )}
            </SimpleGrid>
          </div>
        );
      })}
      {personeel.fields.length === 0 && (
        <Text size="sm" c="dimmed">
          Geen personeelsleden. Zonder gekwalificeerd personeelslid is niet voldaan aan art. 46.
        </Text>
      )}
      <Group>
        <Button variant="outline" onClick={() => personeel.append(legePersoon())}>
          Personeelslid toevoegen
        </Button>
      </Group>
    </Stack>
  );
}
