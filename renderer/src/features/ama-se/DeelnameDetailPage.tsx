import { useState } from 'react';
import { Alert, Anchor, Button, DataList, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { WSE_BEHANDELAARS } from '../../../../shared/ama-se/contingent.contract';
import type { SeDeelname } from '../../../../shared/ama-se/deelname.contract';
import { foutmelding } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden } from '../../components/States';
import { Sectie, Veld } from '../../components/dossier/Sectie';
import { formatDatum } from '../../components/format';
import { useMag } from '../../components/rechten';
import { DatumVeld } from '../../components/DatumVeld';

/** One begeleidingsovereenkomst AMA SE (art. 59, 68): the participant (read logged), Dimona, the proofs due and the signals. */
export function DeelnameDetailPage() {
  const id = Number(useParams().id);
  const d = useApi('seOvereenkomst.get', { id });
  if (d.isError) return <Fout error={d.error} titel="Begeleidingsovereenkomst niet gevonden" opnieuw={() => void d.refetch()} />;
  if (!d.data) return <Laden />;
  return <Detail d={d.data} />;
}

const DATUMS = [
  ['einddatum', 'Einddatum'],
  ['vdabBeslissingOp', 'Beslissing VDAB'],
  ['dimonaIn', 'Dimona-in'],
  ['dimonaUit', 'Dimona-uit'],
  ['bewijsStartOp', 'Bewijsstukken start ontvangen'],
  ['bewijsEindeOp', 'Bewijsstukken einde ontvangen'],
] as const;

function Detail({ d }: { d: SeDeelname }) {
  const mag = useMag(WSE_BEHANDELAARS);
  const mut = useApiMutation('seOvereenkomst.save', { invalidates: ['seOvereenkomst.get', 'seOvereenkomst.list', 'inbox.list'] });
  const [v, setV] = useState<Record<(typeof DATUMS)[number][0], string>>(Object.fromEntries(DATUMS.map(([k]) => [k, d[k] ?? ''])) as never);
  const [fout, setFout] = useState<string | null>(null);
  const bewaar = async () => {
    setFout(null);
    try {
      await mut.mutateAsync({
        id: d.id, versie: d.versie, organisatieId: d.organisatieId, insz: d.insz ?? '', voornaam: d.voornaam ?? '', achternaam: d.achternaam ?? '', werkpostKbo: d.werkpostKbo, startdatum: d.startdatum,
        ...Object.fromEntries(DATUMS.map(([k]) => [k, v[k] || null])),
      });
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to={`/contingenten/deelnames?organisatieId=${d.organisatieId}`}>← Begeleidingsovereenkomsten</Anchor>
      </Text>
      <PageHeader titel={`${d.voornaam ?? ''} ${d.achternaam ?? ''}`.trim() || 'Deelnemer'} intro={`${d.maatwerkbedrijf} · vanaf ${formatDatum(d.startdatum)}${d.einddatum ? ` tot ${formatDatum(d.einddatum)}` : ''}`} />
      <Stack gap="lg" maw={1000}>
        {d.signalen.length > 0 && (
          <Alert color="orange" title="Signalen" data-testid="se-signalen">
            {d.signalen.map((s) => <Text key={s} size="sm">{s}</Text>)}
          </Alert>
        )}
        <Sectie id="gegevens" titel="Gegevens">
          <Paper withBorder p="md">
            <DataList labelWidth={220} gap="xs">
              <Veld label="INSZ">{d.insz}</Veld>
              <Veld label="Maatwerkbedrijf">{d.maatwerkbedrijf}</Veld>
              <Veld label="Werkpost (ondernemingsnummer)">{d.werkpostKbo}</Veld>
              <Veld label="Bewijsstukken start uiterlijk">{formatDatum(d.bewijsStartUiterlijk)}</Veld>
              <Veld label="Bewijsstukken einde uiterlijk">{d.bewijsEindeUiterlijk ? formatDatum(d.bewijsEindeUiterlijk) : ''}</Veld>
              <Veld label="Bron">{d.bron}</Veld>
            </DataList>
          </Paper>
        </Sectie>
        {mag && (
          <Sectie id="opvolging" titel="Opvolging">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {DATUMS.map(([k, label]) => (
                <DatumVeld key={k} label={label} value={v[k]} onChange={(d) => setV({ ...v, [k]: d })} />
              ))}
            </SimpleGrid>
            {fout && <Alert color="red" role="alert" title="Niet bewaard" mt="sm">{fout}</Alert>}
            <Group mt="sm">
              <Button onClick={() => void bewaar()} loading={mut.isPending}>Bewaren</Button>
            </Group>
          </Sectie>
        )}
      </Stack>
    </>
  );
}
