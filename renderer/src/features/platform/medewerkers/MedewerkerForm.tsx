import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { DEPARTEMENTEN, medewerkerInput, type Departement, type Medewerker } from '../../../../../shared/platform/medewerker.contract';
import { ROL_LABELS, ROLLEN, type Rol } from '../../../../../shared/api/roles';
import { useApiMutation, useSessie } from '../../../api/hooks';
import { zetServerFouten } from '../../../components/serverFouten';
import { useToast } from '../../../components/Toasts';

interface Waarden {
  naam: string;
  functie: string;
  departement: Departement | '';
  dienst: string;
  email: string;
  telefoon: string;
  magOndertekenen: boolean;
  delegatie: string;
  actief: boolean;
  rollen: Rol[];
  subject: string;
}

const resolver = zodResolver(medewerkerInput, undefined, { raw: true }) as unknown as Resolver<Waarden>;

const DEPARTEMENT_LABELS: Record<Departement, string> = { ZORG: 'Departement Zorg', WSE: 'Departement WSE' };

function waardenVan(m: Medewerker | null): Waarden {
  return {
    naam: m?.naam ?? '',
    functie: m?.functie ?? '',
    departement: m?.departement ?? '',
    dienst: m?.dienst ?? '',
    email: m?.email ?? '',
    telefoon: m?.telefoon ?? '',
    magOndertekenen: m?.magOndertekenen ?? false,
    delegatie: m?.delegatie ?? '',
    actief: m?.actief ?? true,
    rollen: m?.rollen ?? [],
    subject: m?.subject ?? '',
  };
}

/**
 * Add or change a staff member (contact person and signatory in letters), their roles and the identity they sign in
 * with. Administrators only; nobody changes their own roles (the core refuses, the boxes are disabled).
 */
export function MedewerkerForm({ gekozen, nieuw }: { gekozen: Medewerker | null; nieuw: () => void }) {
  const ik = useSessie().data?.medewerkerId ?? null;
  const eigen = gekozen !== null && gekozen.id === ik;
  const toast = useToast();
  const save = useApiMutation('medewerker.save', { invalidates: ['medewerker.list'] });
  const [fout, setFout] = useState<string | null>(null);
  const { register, handleSubmit, reset, setError, formState } = useForm<Waarden>({ resolver, mode: 'onTouched', defaultValues: waardenVan(gekozen) });

  useEffect(() => {
    reset(waardenVan(gekozen));
    setFout(null);
  }, [gekozen, reset]);

  const onSubmit = handleSubmit(async (v) => {
    setFout(null);
    try {
      const m = await save.mutateAsync({
        ...(gekozen ? { id: gekozen.id, versie: gekozen.versie } : {}),
        naam: v.naam,
        functie: v.functie,
        departement: v.departement as Departement,
        dienst: v.dienst,
        email: v.email,
        telefoon: v.telefoon,
        magOndertekenen: v.magOndertekenen,
        delegatie: v.delegatie.trim() || null,
        actief: v.actief,
        rollen: v.rollen,
        subject: v.subject.trim() || null,
      });
      toast('succes', 'Medewerker bewaard', m.naam);
      if (!gekozen) reset(waardenVan(null));
    } catch (err) {
      setFout(zetServerFouten(err, setError));
    }
  });

  const e = formState.errors;
  return (
    <section aria-labelledby="medewerker-titel">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="medewerker-titel">
          {gekozen ? `${gekozen.naam} wijzigen` : 'Nieuwe medewerker'}
        </Title>
        {gekozen && (
          <Button variant="subtle" onClick={nieuw}>
            Nieuwe medewerker
          </Button>
        )}
      </Group>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" maw={1000}>
          {fout && (
            <Alert color="red" role="alert" title="Niet bewaard">
              {fout}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <TextInput label="Naam" aria-required {...register('naam')} error={e.naam?.message} />
            <TextInput label="Functie" aria-required {...register('functie')} error={e.functie?.message} />
            <NativeSelect
              label="Departement"
              aria-required
              data={[{ value: '', label: 'Kies een departement' }, ...DEPARTEMENTEN.map((d) => ({ value: d, label: DEPARTEMENT_LABELS[d] }))]}
              {...register('departement')}
              error={e.departement?.message}
            />
            <TextInput label="Dienst" aria-required {...register('dienst')} error={e.dienst?.message} />
            <TextInput label="E-mail" type="email" aria-required {...register('email')} error={e.email?.message} />
            <TextInput label="Telefoon" type="tel" aria-required {...register('telefoon')} error={e.telefoon?.message} />
          </SimpleGrid>
          <TextInput label="Delegatie" description="Niet verplicht. Bv. het besluit dat de ondertekening delegeert." {...register('delegatie')} error={e.delegatie?.message} />
          <Fieldset legend="Rollen" variant="unstyled">
            <Group>
              {ROLLEN.map((r) => (
                <Checkbox key={r} label={ROL_LABELS[r]} value={r} disabled={eigen} {...register('rollen')} />
              ))}
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {eigen ? 'Je eigen rollen wijzigt een andere beheerder.' : 'Zonder rol ziet de medewerker na het aanmelden niets.'}
            </Text>
          </Fieldset>
          <TextInput
            label="Aanmeldidentiteit"
            description="De unieke code (subject) waarmee de medewerker zich aanmeldt bij de identiteitsprovider; op een bureaublad met eigen databank: os:<accountnaam>."
            {...register('subject')}
            error={e.subject?.message}
          />
          <Group>
            <Checkbox label="Mag brieven ondertekenen" {...register('magOndertekenen')} />
            <Checkbox label="Actief" {...register('actief')} />
          </Group>
          <Group>
            <Button type="submit" loading={save.isPending}>
              Opslaan
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
