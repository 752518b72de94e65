import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { OVEREENKOMST_SCHRIJVERS, overeenkomstMethods } from '../../../../../shared/ama-wvg/overeenkomst.contract';
import { useApi, useApiMutation } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { zetServerFouten } from '../../../components/serverFouten';
import { formatDatum } from '../../../components/format';
import { useMag } from '../../../components/rechten';
import { useToast } from '../../../components/Toasts';
import { contractResolver } from '../../../components/contractResolver';
import { DatumVeldVan } from '../../../components/DatumVeld';

interface Waarden {
  erkenningId: string;
  voornaam: string;
  achternaam: string;
  insz: string;
  werkpostNaam: string;
  werkpostKbo: string;
  straat: string;
  postcode: string;
  gemeente: string;
  startdatum: string;
  einddatum: string;
  contactEmail: string;
  modelOvereenkomst: boolean;
  geenCombinatieVerklaard: boolean;
}

const LEEG: Waarden = {
  erkenningId: '', voornaam: '', achternaam: '', insz: '', werkpostNaam: '', werkpostKbo: '', straat: '', postcode: '', gemeente: '',
  startdatum: '', einddatum: '', contactEmail: '', modelOvereenkomst: true, geenCombinatieVerklaard: true,
};

/** API field path → form field. */
function veldNaam(veld: string): string | null {
  const m = /^werkpostLocaties\.\d+\.(straat|postcode|gemeente)$/.exec(veld);
  if (m) return m[1];
  if (veld === 'organisatieId') return 'erkenningId';
  return veld in LEEG ? veld : null;
}

/** Register an agreement by hand (the same checks as the import, each with its article). */
export function OvereenkomstNieuwPage() {
  const navigate = useNavigate();
  const toast = useToast();
  const mag = useMag(OVEREENKOMST_SCHRIJVERS);
  const erkenningen = useApi('erkenning.list', { status: 'actief' });
  const perId = useMemo(() => new Map((erkenningen.data ?? []).map((e) => [String(e.id), e])), [erkenningen.data]);
  const naarInput = (v: Waarden) => {
    const e = perId.get(v.erkenningId);
    return {
      organisatieId: e?.organisatieId ?? 0,
      erkenningsnummer: e?.erkenningsnummer ?? '',
      voornaam: v.voornaam,
      achternaam: v.achternaam,
      insz: v.insz,
      werkpostNaam: v.werkpostNaam,
      werkpostKbo: v.werkpostKbo || null,
      werkpostLocaties: [{ straat: v.straat, postcode: v.postcode, gemeente: v.gemeente }],
      startdatum: v.startdatum,
      einddatum: v.einddatum || null,
      contactEmail: v.contactEmail,
      modelOvereenkomst: v.modelOvereenkomst,
      geenCombinatieVerklaard: v.geenCombinatieVerklaard,
    };
  };
  const form = useForm<Waarden>({
    defaultValues: LEEG,
    mode: 'onTouched',
    resolver: contractResolver<Waarden>(naarInput, overeenkomstMethods['overeenkomst.registreer'].input, (iss) =>
      iss.path?.[0] === 'organisatieId' ? 'Kies de begeleider.' : iss.path?.[0] === 'startdatum' ? 'Geef de startdatum.' : undefined,
    ),
  });
  const registreer = useApiMutation('overeenkomst.registreer', { invalidates: ['overeenkomst.list', 'overeenkomst.evaluatiesAchterstallig'] });
  const [fout, setFout] = useState<string | null>(null);
  const e = form.formState.errors;
  const err = (k: keyof Waarden) => e[k]?.message as string | undefined;

  const onSubmit = form.handleSubmit(async (v) => {
    setFout(null);
    try {
      const o = await registreer.mutateAsync(naarInput(v) as never);
      toast('succes', 'Overeenkomst geregistreerd', `Overeenkomst ${o.id} met ${o.organisatieNaam}.`);
      navigate(`/overeenkomsten/${o.id}`);
    } catch (x) {
      setFout(zetServerFouten(x, form.setError, veldNaam));
    }
  });

  if (!mag) return <Alert color="gray">Alleen een dossierbeheerder van het Departement Zorg kan overeenkomsten registreren.</Alert>;
  return (
    <>
      <PageHeader titel="Nieuwe overeenkomst AMA WVG" intro="Overeenkomst tussen deelnemer, werkpost en erkende begeleider volgens het officiële model (BVR art. 44 §2 en 75)." />
      <form onSubmit={onSubmit} noValidate aria-label="Nieuwe overeenkomst">
        <Stack gap="md" maw={960}>
          {fout && (
            <Alert color="red" role="alert" title="Niet bewaard" data-testid="formulierfout">
              {fout}
            </Alert>
          )}
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              Begeleider
            </Title>
            <NativeSelect
              label="Erkende begeleider"
              aria-required
              {...form.register('erkenningId')}
              error={err('erkenningId')}
              data={[
                { value: '', label: erkenningen.isPending ? 'Laden...' : 'Kies een begeleider' },
                ...(erkenningen.data ?? [])
                  .slice()
                  .sort((a, b) => a.organisatieNaam.localeCompare(b.organisatieNaam, 'nl'))
                  .map((x) => ({ value: String(x.id), label: `${x.organisatieNaam} — ${x.erkenningsnummer} (tot ${formatDatum(x.geldigTot)})` })),
              ]}
            />
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              Deelnemer
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label="Voornaam" aria-required {...form.register('voornaam')} error={err('voornaam')} />
              <TextInput label="Achternaam" aria-required {...form.register('achternaam')} error={err('achternaam')} />
              <TextInput label="Rijksregisternummer" aria-required placeholder="85.07.30-033.61" {...form.register('insz')} error={err('insz')} />
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              Werkpost
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Naam van de werkpost" aria-required {...form.register('werkpostNaam')} error={err('werkpostNaam')} />
              <TextInput label="Ondernemingsnummer werkpost" description="Niet verplicht" {...form.register('werkpostKbo')} error={err('werkpostKbo')} />
              <TextInput label="Straat en huisnummer" aria-required {...form.register('straat')} error={err('straat')} />
              <SimpleGrid cols={2}>
                <TextInput label="Postcode" aria-required {...form.register('postcode')} error={err('postcode')} />
                <TextInput label="Gemeente" aria-required {...form.register('gemeente')} error={err('gemeente')} />
              </SimpleGrid>
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              Overeenkomst
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <DatumVeldVan label="Startdatum" aria-required control={form.control} name="startdatum" error={err('startdatum')} />
              <DatumVeldVan label="Einddatum" description="Leeg: onbepaalde duur" control={form.control} name="einddatum" error={err('einddatum')} />
              <TextInput label="Contact (e-mail)" type="email" {...form.register('contactEmail')} error={err('contactEmail')} />
            </SimpleGrid>
            <Stack gap="xs" mt="sm">
              <Checkbox label="De overeenkomst volgt het officiële model (art. 75)" {...form.register('modelOvereenkomst')} error={err('modelOvereenkomst')} />
              <Checkbox
                label="Verklaard: de deelnemer neemt niet tegelijk deel aan AMA SE, VAPH-dagondersteuning of begeleid werken (art. 42)"
                {...form.register('geenCombinatieVerklaard')}
                error={err('geenCombinatieVerklaard')}
              />
            </Stack>
          </Paper>
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Registreren
            </Button>
            <Button variant="default" onClick={() => navigate('/overeenkomsten')}>
              Annuleren
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
