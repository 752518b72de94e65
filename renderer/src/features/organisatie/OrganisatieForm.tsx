import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  VisuallyHidden,
} from '@mantine/core';
import { useFieldArray, useForm, useWatch, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Referentiedata } from '../../../../shared/platform/referentie.contract';
import { checkKbo } from '../../../../shared/kernel/kbo';
import { BELGISCHE_POSTCODE, provincieVanPostcode } from '../../../../shared/kernel/postcode';
import { checkIban, formatIban } from '../../../../shared/kernel/iban';
import { zetServerFouten } from '../../components/serverFouten';
import { useApi } from '../../api/hooks';
import { legeContactpersoon, nieuwSchema, wijzigSchema, type OrganisatieFormWaarden } from './formSchema';
import { naamSleutel } from '../../../../shared/kernel/naam';
import { DatumVeldVan } from '../../components/DatumVeld';

export interface OrganisatieFormProps {
  modus: 'nieuw' | 'wijzig';
  beginwaarden: OrganisatieFormWaarden;
  referentie: Referentiedata;
  /** Saves; a thrown ApiClientError is shown on the fields it names and at the top. */
  opslaan: (v: OrganisatieFormWaarden) => Promise<unknown>;
  annuleren: () => void;
  /** Extra content in the top error (e.g. "reload" on a version conflict). */
  foutActie?: (err: unknown) => ReactNode;
}

/** Organisation form (new and edit): react-hook-form with the contract's zod schema. */
export function OrganisatieForm({ modus, beginwaarden, referentie, opslaan, annuleren, foutActie }: OrganisatieFormProps) {
  const resolver = useMemo(
    () => zodResolver(modus === 'nieuw' ? nieuwSchema : wijzigSchema, undefined, { raw: true }) as unknown as Resolver<OrganisatieFormWaarden>,
    [modus],
  );
  const form = useForm<OrganisatieFormWaarden>({ defaultValues: beginwaarden, resolver, mode: 'onTouched' });
  const { register, control, handleSubmit, setError, setValue, formState } = form;
  const { errors, isSubmitting } = formState;
  const contactpersonen = useFieldArray({ control, name: 'contactpersonen' });
  const [topFout, setTopFout] = useState<{ melding: string; err: unknown } | null>(null);

  const regioCode = useWatch({ control, name: 'regioCode' });
  const postcode = useWatch({ control, name: 'postcode' });
  // An organisation established in the Brussels-Capital Region belongs to no werk- en zorgregio.
  const provincie = provincieVanPostcode(postcode ?? '');
  const inBrussel = provincie === 'BRU';
  useEffect(() => {
    if (inBrussel && regioCode) setValue('regioCode', '');
  }, [inBrussel, regioCode, setValue]);
  const status = useWatch({ control, name: 'status' });

  // The postcode's places from the list of postcodes (when a beheerder loaded it): they fill in an empty municipality
  // and region, and a municipality or region that does not match is a warning (the officer may know better).
  const gemeente = useWatch({ control, name: 'gemeente' });
  const geldigePostcode = BELGISCHE_POSTCODE.test((postcode ?? '').trim()) ? (postcode ?? '').trim() : null;
  // Read afresh for every form (a cheap indexed read): the list may have been loaded since the last one.
  const zoek = useApi('postcode.zoek', { postcode: geldigePostcode ?? '' }, { enabled: geldigePostcode !== null, staleTime: 0 });
  const plaatsen = useMemo(() => (geldigePostcode ? zoek.data ?? [] : []), [geldigePostcode, zoek.data]);
  const postcodeRegios = useMemo(() => [...new Set(plaatsen.map((p) => p.regioCode).filter((c): c is string => c !== null))], [plaatsen]);
  useEffect(() => {
    const gemeenten = [...new Set(plaatsen.map((p) => p.gemeente))];
    if (gemeenten.length === 1 && !form.getValues('gemeente').trim()) setValue('gemeente', gemeenten[0], { shouldDirty: true });
    if (postcodeRegios.length === 1 && !form.getValues('regioCode')) setValue('regioCode', postcodeRegios[0], { shouldDirty: true });
  }, [plaatsen, postcodeRegios, form, setValue]);
  const gemeenteWaarschuwing = useMemo(() => {
    const g = naamSleutel(gemeente ?? '');
    if (!plaatsen.length || !g || plaatsen.some((p) => naamSleutel(p.plaatsnaam) === g || naamSleutel(p.gemeente) === g)) return null;
    const namen = [...new Set(plaatsen.map((p) => (p.plaatsnaam === p.gemeente ? p.gemeente : `${p.plaatsnaam} (${p.gemeente})`)))];
    return `Let op: postcode ${geldigePostcode} hoort bij ${namen.join(', ')}, niet bij ${(gemeente ?? '').trim()}. Controleer de postcode of de gemeente.`;
  }, [plaatsen, gemeente, geldigePostcode]);
  const regioWaarschuwing = useMemo(() => {
    if (!regioCode || !postcodeRegios.length || postcodeRegios.includes(regioCode)) return null;
    const namen = postcodeRegios.map((c) => referentie.regios.find((r) => r.code === c)?.naam ?? c);
    return `Let op: postcode ${geldigePostcode} ligt in ${namen.join(' of ')}. Controleer de postcode of de regio.`;
  }, [regioCode, postcodeRegios, referentie, geldigePostcode]);

  const typeOpties = useMemo(
    () => [{ value: '', label: 'Kies een type' }, ...referentie.organisatieTypes.map((t) => ({ value: t.code, label: t.naam }))],
    [referentie],
  );
  // With a Flemish postcode only the regions of its province are offered (a region lies within one province).
  const regioOpties = useMemo(
    () => [
      { value: '', label: 'Kies een regio' },
      ...referentie.provincies
        .filter((p) => !provincie || provincie === 'BRU' || p.code === provincie || p.code === referentie.regios.find((r) => r.code === regioCode)?.provincieCode)
        .map((p) => ({
          group: p.naam,
          items: referentie.regios.filter((r) => r.provincieCode === p.code).map((r) => ({ value: r.code, label: r.naam })),
        }))
        .filter((g) => g.items.length > 0),
    ],
    [referentie, provincie, regioCode],
  );
  const regioBuitenProvincie = useMemo(() => {
    const r = referentie.regios.find((x) => x.code === regioCode);
    if (!r || !provincie || provincie === 'BRU' || r.provincieCode === provincie) return null;
    const pNaam = referentie.provincies.find((x) => x.code === provincie)?.naam ?? provincie;
    const rNaam = referentie.provincies.find((x) => x.code === r.provincieCode)?.naam ?? r.provincieCode;
    return `Postcode ${postcode} ligt in de provincie ${pNaam}, ${r.naam} in ${rNaam}. Controleer de postcode of kies een regio in ${pNaam}.`;
  }, [referentie, regioCode, provincie, postcode]);
  const regioUitleg = useMemo(() => {
    if (inBrussel) return 'Gevestigd in het Brussels Hoofdstedelijk Gewest: geen werk- en zorgregio (provincie Brussel in de rapportering).';
    const r = referentie.regios.find((x) => x.code === regioCode);
    if (!r) return 'De referentieregio en de provincie volgen uit de regio.';
    const rr = referentie.referentieregios.find((x) => x.code === r.referentieregioCode);
    const p = referentie.provincies.find((x) => x.code === r.provincieCode);
    return `Referentieregio ${rr?.naam ?? r.referentieregioCode}, provincie ${p?.naam ?? r.provincieCode}.`;
  }, [referentie, regioCode, inBrussel]);

  const kbo = register('kbo');
  const iban = register('iban');

  const onSubmit = handleSubmit(async (v) => {
    setTopFout(null);
    try {
      await opslaan(v);
    } catch (err) {
      setTopFout({ melding: zetServerFouten(err, setError), err });
    }
  });

  const cpFouten = errors.contactpersonen;
  const cpLijstFout = cpFouten?.message ?? cpFouten?.root?.message;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={modus === 'nieuw' ? 'Nieuwe organisatie' : 'Organisatie wijzigen'}>
      <Stack gap="md" maw={900}>
        {topFout && (
          <Alert color="red" title="Niet bewaard" role="alert" data-testid="formulierfout">
            <Text size="sm">{topFout.melding}</Text>
            {foutActie?.(topFout.err)}
          </Alert>
        )}
        {Object.keys(errors).length > 0 && !topFout && formState.isSubmitted && (
          <Alert color="red" role="alert" title="Niet bewaard">
            Verbeter de aangeduide velden.
          </Alert>
        )}

        <Text size="sm" c="dimmed">
          Vul alle velden in, behalve die met &ldquo;niet verplicht&rdquo;. Van een contactpersoon is alleen de naam verplicht.
        </Text>

        <Fieldset legend="Organisatie">
          <Stack gap="sm">
            <TextInput label="Naam" aria-required {...register('naam')} error={errors.naam?.message} autoComplete="organization" />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Ondernemingsnummer"
                aria-required
                description="10 cijfers, bv. 0123.456.749"
                {...kbo}
                onBlur={(e) => {
                  const r = checkKbo(e.currentTarget.value);
                  if (r.ok && r.kbo !== e.currentTarget.value) setValue('kbo', r.kbo);
                  return kbo.onBlur(e);
                }}
                error={errors.kbo?.message}
              />
              <NativeSelect label="Type organisatie" aria-required data={typeOpties} {...register('typeCode')} error={errors.typeCode?.message} />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend="Adres en regio">
          <Stack gap="sm">
            <TextInput label="Straat en nummer" aria-required {...register('straat')} error={errors.straat?.message} autoComplete="street-address" />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Postcode" aria-required inputMode="numeric" maxLength={4} {...register('postcode')} error={errors.postcode?.message} autoComplete="postal-code" />
              <TextInput
                label="Gemeente"
                aria-required
                {...register('gemeente')}
                error={errors.gemeente?.message}
                description={gemeenteWaarschuwing ? <Waarschuwing>{gemeenteWaarschuwing}</Waarschuwing> : undefined}
                autoComplete="address-level2"
              />
            </SimpleGrid>
            <NativeSelect
              label="Werk- en zorgregio"
              aria-required={!inBrussel}
              disabled={inBrussel}
              data={regioOpties}
              description={regioWaarschuwing ? <Waarschuwing>{regioWaarschuwing}</Waarschuwing> : regioUitleg}
              {...register('regioCode')}
              error={errors.regioCode?.message ?? regioBuitenProvincie}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Contact en betaling">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label="IBAN"
              description="Niet verplicht. Bv. BE68 5390 0754 7034"
              {...iban}
              onBlur={(e) => {
                const v = e.currentTarget.value;
                const r = v.trim() ? checkIban(v) : null;
                if (r?.ok && formatIban(r.iban) !== v) setValue('iban', formatIban(r.iban));
                return iban.onBlur(e);
              }}
              error={errors.iban?.message}
            />
            <TextInput label="E-mail" description="Niet verplicht" type="email" {...register('email')} error={errors.email?.message} autoComplete="email" />
            <TextInput label="Telefoon" description="Niet verplicht" type="tel" {...register('telefoon')} error={errors.telefoon?.message} autoComplete="tel" />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Contactpersonen">
          <Stack gap="md">
            {contactpersonen.fields.map((f, i) => {
              const e = cpFouten?.[i];
              const nr = i + 1;
              const suffix = <VisuallyHidden> contactpersoon {nr}</VisuallyHidden>;
              return (
                <div key={f.id} role="group" aria-label={`Contactpersoon ${nr}`} data-testid={`contactpersoon-${nr}`}>
                  <Group justify="space-between" mb={4}>
                    <Text fw={600} size="sm">
                      Contactpersoon {nr}
                    </Text>
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      onClick={() => contactpersonen.remove(i)}
                      disabled={contactpersonen.fields.length <= 1}
                      aria-label={`Contactpersoon ${nr} verwijderen`}
                    >
                      Verwijderen
                    </Button>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                    <TextInput label={<>Naam{suffix}</>} aria-required {...register(`contactpersonen.${i}.naam`)} error={e?.naam?.message} />
                    <TextInput label={<>Functie{suffix}</>} {...register(`contactpersonen.${i}.functie`)} error={e?.functie?.message} />
                    <TextInput label={<>E-mail{suffix}</>} type="email" {...register(`contactpersonen.${i}.email`)} error={e?.email?.message} />
                    <TextInput label={<>Telefoon{suffix}</>} type="tel" {...register(`contactpersonen.${i}.telefoon`)} error={e?.telefoon?.message} />
                  </SimpleGrid>
                </div>
              );
            })}
            {cpLijstFout && (
              <Text c="red" size="sm" role="alert">
                {cpLijstFout}
              </Text>
            )}
            <Group>
              <Button variant="outline" onClick={() => contactpersonen.append(legeContactpersoon())}>
                Contactpersoon toevoegen
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        {modus === 'wijzig' && (
          <Fieldset legend="Status en reden">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label="Status"
                  data={[
                    { value: 'actief', label: 'Actief' },
                    { value: 'stopgezet', label: 'Stopgezet' },
                  ]}
                  {...register('status')}
                />
                {status === 'stopgezet' && (
                  <DatumVeldVan label="Stopgezet op" aria-required control={control} name="stopgezetOp" error={errors.stopgezetOp?.message} />
                )}
              </SimpleGrid>
              <Textarea
                label="Reden van wijziging"
                description="Komt in de wijzigingshistoriek."
                autosize
                minRows={2}
                {...register('reden')}
                error={errors.reden?.message}
              />
            </Stack>
          </Fieldset>
        )}

        <Group>
          <Button type="submit" loading={isSubmitting}>
            Opslaan
          </Button>
          <Button variant="default" onClick={annuleren}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A name compared without case, accents or spacing ("Sint-Martens-Latem" = "sint martens latem"). */
/** A warning under a field: it does not stop saving (the core refuses only what the law or the data rule out). */
function Waarschuwing({ children }: { children: ReactNode }) {
  return (
    // Mantine's orange 9 darkened by 30 % (as the theme's light variants): 7.5:1 on white, where orange 9 gives 4.3:1.
    <Text component="span" size="xs" c="#983209" role="status">
      {children}
    </Text>
  );
}
