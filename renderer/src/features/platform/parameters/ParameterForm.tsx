import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { BRON_STATUSSEN, EENHEDEN, type BronStatus, type Eenheid, type Parameter } from '../../../../../shared/platform/parameter.contract';
import { isoDate } from '../../../../../shared/api/common';
import { useApiMutation } from '../../../api/hooks';
import { euroTekst, formatDatum, formatParameterWaarde, parseEuro, parsePercentage, percentageTekst } from '../../../components/format';
import { BRON_LABELS, EENHEID_LABELS } from '../../../components/labels';
import { zetServerFouten } from '../../../components/serverFouten';
import { useToast } from '../../../components/Toasts';
import { DatumVeldVan } from '../../../components/DatumVeld';

interface Waarden {
  code: string;
  omschrijving: string;
  eenheid: Eenheid | '';
  waarde: string;
  geldigVan: string;
  geldigTot: string;
  wettelijkeBasis: string;
  bronStatus: BronStatus;
  toelichting: string;
  reden: string;
}

/** The value typed by the user → the stored integer (cents, basis points, days…) or null when invalid. */
function waardeNaarGetal(eenheid: Eenheid, tekst: string): number | null {
  if (eenheid === 'cent') return parseEuro(tekst);
  if (eenheid === 'basispunt') return parsePercentage(tekst);
  const t = tekst.trim().replace(/\./g, '');
  return /^\d+$/.test(t) ? Number(t) : null;
}

function waardeLabel(eenheid: Eenheid | ''): string {
  switch (eenheid) {
    case 'cent':
      return 'Waarde in euro';
    case 'basispunt':
      return 'Waarde in procent';
    case 'datum':
      return 'Waarde (datum)';
    case '':
      return 'Waarde';
    case 'aantal':
      return 'Waarde (aantal)';
    case 'jaartal':
      return 'Waarde (jaartal, bv. 2024)';
    case 'kalendermaand':
      return 'Waarde (maand van het jaar, 1 tot 12)';
    default:
      return `Waarde in ${eenheid}`;
  }
}

function waardeTekst(p: Parameter): string {
  if (p.eenheid === 'datum') return p.waardeDatum ?? '';
  if (p.waardeGetal === null) return '';
  if (p.eenheid === 'cent') return euroTekst(p.waardeGetal);
  if (p.eenheid === 'basispunt') return percentageTekst(p.waardeGetal);
  return String(p.waardeGetal);
}

/** `eenheden`: the unit of every existing code (a new code also needs a description and a unit). */
function makeSchema(eenheden: Map<string, Eenheid>) {
  return z
    .object({
      code: z.string().trim().min(1, { error: 'Vul de code in.' }).regex(/^[A-Z0-9_]+$/, { error: 'Een code bestaat uit hoofdletters, cijfers en _.' }),
      omschrijving: z.string(),
      eenheid: z.string(),
      waarde: z.string().trim().min(1, { error: 'Vul de waarde in.' }),
      geldigVan: isoDate,
      geldigTot: z.union([z.literal(''), isoDate]),
      wettelijkeBasis: z.string().trim().min(1, { error: 'Vul de wettelijke basis in.' }),
      bronStatus: z.enum(BRON_STATUSSEN, { error: 'Kies de bron.' }),
      toelichting: z.string(),
      reden: z.string(),
    })
    .superRefine((v, ctx) => {
      const bekend = eenheden.get(v.code.trim());
      if (!bekend && !v.omschrijving.trim()) {
        ctx.addIssue({ code: 'custom', path: ['omschrijving'], message: 'Vul de omschrijving in (nieuwe parameter).' });
      }
      if (!bekend && !(EENHEDEN as readonly string[]).includes(v.eenheid)) {
        ctx.addIssue({ code: 'custom', path: ['eenheid'], message: 'Kies een eenheid.' });
      }
      if (v.geldigTot && v.geldigTot < v.geldigVan) {
        ctx.addIssue({ code: 'custom', path: ['geldigTot'], message: '"Geldig tot" ligt vóór "geldig van".' });
      }
      const e = bekend ?? (v.eenheid as Eenheid | '');
      if (!e || !v.waarde.trim()) return;
      if (e === 'datum') {
        if (!isoDate.safeParse(v.waarde).success) ctx.addIssue({ code: 'custom', path: ['waarde'], message: 'Geef een geldige datum.' });
      } else if (waardeNaarGetal(e, v.waarde) === null) {
        const m = e === 'cent' ? 'Geef een bedrag, bv. 1.061,20.' : e === 'basispunt' ? 'Geef een percentage, bv. 80 of 62,5.' : 'Geef een geheel getal.';
        ctx.addIssue({ code: 'custom', path: ['waarde'], message: m });
      }
    });
}

/** New validity period of a parameter (administrators only). */
export function ParameterForm({ gekozen, alle }: { gekozen: Parameter | null; alle: Parameter[] }) {
  const toast = useToast();
  const set = useApiMutation('parameter.set', { invalidates: ['parameter.list', 'parameter.get'] });
  const [fout, setFout] = useState<string | null>(null);

  const beginwaarden = (p: Parameter | null): Waarden => ({
    code: p?.code ?? '',
    omschrijving: '',
    eenheid: '',
    waarde: p ? waardeTekst(p) : '',
    geldigVan: '',
    geldigTot: '',
    wettelijkeBasis: p?.wettelijkeBasis ?? '',
    bronStatus: 'official',
    toelichting: '',
    reden: '',
  });

  const resolver = useMemo(() => {
    const eenheden = new Map(alle.map((p) => [p.code, p.eenheid] as const));
    return zodResolver(makeSchema(eenheden), undefined, { raw: true }) as unknown as Resolver<Waarden>;
  }, [alle]);
  const { register, handleSubmit, formState, setError, reset, control } = useForm<Waarden>({
    resolver,
    mode: 'onTouched',
    defaultValues: beginwaarden(gekozen),
  });

  useEffect(() => {
    reset(beginwaarden(gekozen));
    setFout(null);
  }, [gekozen?.id]);

  const code = useWatch({ control, name: 'code' });
  const gekozenEenheid = useWatch({ control, name: 'eenheid' });
  const perioden = useMemo(() => alle.filter((p) => p.code === code.trim()).sort((a, b) => a.geldigVan.localeCompare(b.geldigVan)), [alle, code]);
  const sjabloon = perioden[perioden.length - 1];
  const eenheid: Eenheid | '' = sjabloon?.eenheid ?? gekozenEenheid;

  const onSubmit = handleSubmit(async (v) => {
    setFout(null);
    const e = (sjabloon?.eenheid ?? v.eenheid) as Eenheid;
    try {
      const p = await set.mutateAsync({
        code: v.code.trim(),
        ...(sjabloon ? {} : { omschrijving: v.omschrijving, eenheid: e }),
        waardeGetal: e === 'datum' ? null : waardeNaarGetal(e, v.waarde),
        waardeDatum: e === 'datum' ? v.waarde : null,
        geldigVan: v.geldigVan,
        geldigTot: v.geldigTot || null,
        wettelijkeBasis: v.wettelijkeBasis,
        bronStatus: v.bronStatus,
        toelichting: v.toelichting,
        reden: v.reden,
      });
      toast('succes', 'Parameter bewaard', `${p.code}: ${formatParameterWaarde(p)} vanaf ${formatDatum(p.geldigVan)}.`);
      reset(beginwaarden(p));
    } catch (err) {
      setFout(zetServerFouten(err, setError, (veld) => (veld === 'waardeGetal' || veld === 'waardeDatum' ? 'waarde' : veld)));
    }
  });

  const e = formState.errors;
  return (
    <section aria-labelledby="periode-titel">
      <Title order={2} size="h3" id="periode-titel" mb="xs">
        Nieuwe periode
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={800}>
        Kies een parameter in de lijst of typ een code. Een nieuwe periode zonder einddatum sluit de lopende periode af op de dag ervoor;
        andere overlappingen worden geweigerd.
        {sjabloon && ` Huidige eenheid: ${EENHEID_LABELS[sjabloon.eenheid].toLowerCase()}.`}
      </Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" maw={1000}>
          {fout && (
            <Alert color="red" role="alert" title="Niet bewaard">
              {fout}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <TextInput label="Code" aria-required {...register('code')} error={e.code?.message} ff="monospace" />
            <TextInput
              label={waardeLabel(eenheid)}
              aria-required
              type={eenheid === 'datum' ? 'date' : 'text'}
              inputMode={eenheid === 'datum' ? undefined : 'decimal'}
              {...register('waarde')}
              error={e.waarde?.message}
            />
            <DatumVeldVan label="Geldig van" aria-required control={control} name="geldigVan" error={e.geldigVan?.message} />
            <DatumVeldVan label="Geldig tot" description="Leeg: onbepaald" control={control} name="geldigTot" error={e.geldigTot?.message} />
          </SimpleGrid>
          {!sjabloon && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Omschrijving" aria-required description="Nieuwe parameter" {...register('omschrijving')} error={e.omschrijving?.message} />
              <NativeSelect
                label="Eenheid"
                aria-required
                data={[{ value: '', label: 'Kies een eenheid' }, ...EENHEDEN.map((x) => ({ value: x, label: EENHEID_LABELS[x] }))]}
                {...register('eenheid')}
                error={e.eenheid?.message}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Wettelijke basis" aria-required {...register('wettelijkeBasis')} error={e.wettelijkeBasis?.message} />
            <NativeSelect
              label="Bron"
              data={BRON_STATUSSEN.map((b) => ({ value: b, label: BRON_LABELS[b] }))}
              {...register('bronStatus')}
              error={e.bronStatus?.message}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea label="Toelichting" description="Niet verplicht" autosize minRows={2} {...register('toelichting')} />
            <Textarea label="Reden" description="Niet verplicht; komt in de audittrail." autosize minRows={2} {...register('reden')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={set.isPending}>
              Opslaan
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
