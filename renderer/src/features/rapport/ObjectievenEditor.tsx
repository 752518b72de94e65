import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { OBJECTIEF_BEWERKBAAR_VANAF } from '../../../../shared/platform/referentie.contract';
import { foutmelding } from '../../api/client';
import { useApiMutation, useReferentie } from '../../api/hooks';
import { useIsBeheerder } from '../../components/rechten';
import { useToast } from '../../components/Toasts';
import { formatAantal, formatDatum } from '../../components/format';

/**
 * The yearly objective of activeringstrajecten per werk- en zorgregio (the report's "objectief" column). 2024 comes
 * from the sources; a beheerder sets later years with the decision they come from.
 */
export function ObjectievenEditor({ jaar }: { jaar: number }) {
  const ref = useReferentie().data;
  const beheerder = useIsBeheerder();
  const toast = useToast();
  const zet = useApiMutation('referentie.zetObjectieven', { invalidates: ['referentie.get', 'rapport.jaarverslag', 'rapport.dashboard'] });
  const huidige = useMemo(() => new Map((ref?.objectieven ?? []).filter((o) => o.jaar === jaar).map((o) => [o.regioCode, o])), [ref, jaar]);
  const [waarden, setWaarden] = useState<Record<string, number | ''>>({});
  const [bron, setBron] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  useEffect(() => {
    setWaarden(Object.fromEntries([...huidige].map(([r, o]) => [r, o.objectief])));
    setBron('');
    setFout(null);
  }, [huidige]);
  if (!ref) return null;
  const bewerkbaar = beheerder && jaar >= OBJECTIEF_BEWERKBAAR_VANAF;
  const eenBron = [...huidige.values()][0];
  const bewaar = async () => {
    setFout(null);
    try {
      const objectieven = ref.regios.filter((r) => waarden[r.code] !== '' && waarden[r.code] !== undefined).map((r) => ({ regioCode: r.code, objectief: Number(waarden[r.code]) }));
      await zet.mutateAsync({ jaar, bron, objectieven });
      toast('succes', 'Objectieven bewaard', `Objectieven ${jaar} per werk- en zorgregio.`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="objectieven-titel">
      <Title order={2} size="h4" id="objectieven-titel">Objectieven activeringstrajecten {jaar} per werk- en zorgregio</Title>
      <Text size="sm" mb="sm">
        {huidige.size
          ? `Bron: ${eenBron?.bron} (vastgelegd op ${formatDatum(eenBron!.gewijzigdOp.slice(0, 10))}). Totaal ${formatAantal([...huidige.values()].reduce((s, o) => s + o.objectief, 0))}.`
          : `Voor ${jaar} zijn nog geen objectieven vastgelegd; de kolom "Objectief" blijft leeg.`}
        {jaar < OBJECTIEF_BEWERKBAAR_VANAF && ' De objectieven van 2024 komen uit het jaarrapport en worden niet gewijzigd.'}
        {jaar >= OBJECTIEF_BEWERKBAAR_VANAF && !beheerder && ' Alleen een beheerder legt ze vast.'}
      </Text>
      {bewerkbaar && (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }}>
            {ref.regios.map((r) => (
              <NumberInput key={r.code} label={r.naam} min={0} max={100000} allowDecimal={false} thousandSeparator="." decimalSeparator=","
                value={waarden[r.code] ?? ''} onChange={(v) => setWaarden({ ...waarden, [r.code]: v === '' ? '' : Number(v) })} />
            ))}
          </SimpleGrid>
          <Textarea label="Bron" description="De beslissing of het document waarin de objectieven staan" value={bron} onChange={(e) => setBron(e.currentTarget.value)} autosize minRows={1} />
          {fout && <Alert color="red" role="alert" title="Niet bewaard">{fout}</Alert>}
          <Group>
            <Button onClick={() => void bewaar()} loading={zet.isPending}>Objectieven bewaren</Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
