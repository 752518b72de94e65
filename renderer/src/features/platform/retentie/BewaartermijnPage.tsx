import { useState } from 'react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { BEWAARTERMIJN_PARAMETER, type RetentieRapport } from '../../../../../shared/platform/retentie.contract';
import { foutmelding } from '../../../api/client';
import { useApiMutation, useParameterGetal } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { Bevestiging } from '../../../components/Bevestiging';
import { aantalMet, formatAantal, formatDatum } from '../../../components/format';
import { useIsBeheerder } from '../../../components/rechten';
import { useToast } from '../../../components/Toasts';

/**
 * Retention of participants' personal data (BVR art. 41): see what would be anonymised (dry run),
 * then run it. It also runs at every start-up; the report holds counts only.
 */
export function BewaartermijnPage() {
  const beheerder = useIsBeheerder();
  const toast = useToast();
  const m = useApiMutation('retentie.voerUit', { invalidates: ['audit.list', 'overeenkomst.list'] });
  // The period as the parameter sets it today (not a number in this text: a beheerder can give it a new period).
  const jaren = useParameterGetal(BEWAARTERMIJN_PARAMETER);
  const [rapport, setRapport] = useState<RetentieRapport | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [bevestig, setBevestig] = useState(false);
  const voerUit = async (proef: boolean) => {
    setFout(null);
    setBevestig(false);
    try {
      const r = await m.mutateAsync({ proef });
      setRapport(r);
      if (!proef) toast('succes', 'Bewaartermijn toegepast', `${aantalMet(r.aantalDeelnemers, 'deelnemer', 'deelnemers')} geanonimiseerd.`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <>
      <PageHeader
        titel="Bewaartermijn persoonsgegevens"
        intro={`Persoonsgegevens van deelnemers worden niet langer bewaard dan ${jaren ? `${jaren} jaar` : 'de bewaartermijn'} na het einde van hun laatste overeenkomst (BVR 18 november 2022, art. 41; parameter ${BEWAARTERMIJN_PARAMETER}).`}
      />
      <Stack gap="md" maw={1000}>
        <Text size="sm">
          De toepassing wist dan het rijksregisternummer, de naam, de geboortedatum, het contactadres, de gescande overeenkomst en de opmerkingen bij
          evaluaties. Het geboortejaar, de periodes van de overeenkomsten en de subsidielijnen blijven bewaard voor rapportering. Dit gebeurt ook
          automatisch bij elke start van de toepassing; hier zie je vooraf wat er zou gebeuren.
        </Text>
        {!beheerder ? (
          <Alert color="gray">Alleen een beheerder kan de bewaartermijn toepassen.</Alert>
        ) : (
          <Group>
            <Button variant="outline" onClick={() => void voerUit(true)} loading={m.isPending && !bevestig}>
              Proef: wat zou er gebeuren?
            </Button>
            <Button color="red" onClick={() => setBevestig(true)}>
              Nu toepassen
            </Button>
          </Group>
        )}
        {fout && (
          <Alert color="red" role="alert" title="Niet gelukt">
            {fout}
          </Alert>
        )}
        {rapport && (
          <Paper withBorder p="md" data-testid="retentierapport">
            <Text fw={600} mb="xs">
              {rapport.proef ? 'Proef (er is niets gewijzigd)' : 'Uitgevoerd'} op {formatDatum(rapport.datum)}: bewaartermijn {rapport.bewaartermijnJaren} jaar, grens{' '}
              {formatDatum(rapport.grens)}.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
              <Text size="sm">Deelnemers: {formatAantal(rapport.aantalDeelnemers)}</Text>
              <Text size="sm">Overeenkomsten: {formatAantal(rapport.aantalOvereenkomsten)}</Text>
              <Text size="sm">Scans: {formatAantal(rapport.aantalScans)}</Text>
            </SimpleGrid>
            {rapport.oudsteEinddatum && (
              <Text size="sm" mb="xs">
                Laatste overeenkomsten geëindigd tussen {formatDatum(rapport.oudsteEinddatum)} en {formatDatum(rapport.jongsteEinddatum)}.
              </Text>
            )}
            {rapport.perBegeleider.length > 0 && (
              <Table withTableBorder striped aria-label="Per begeleider">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Begeleider</Table.Th>
                    <Table.Th ta="right">Deelnemers</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rapport.perBegeleider.map((b) => (
                    <Table.Tr key={b.organisatieId}>
                      <Table.Td>{b.organisatieNaam}</Table.Td>
                      <Table.Td ta="right">{formatAantal(b.aantalDeelnemers)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        )}
      </Stack>
      <Bevestiging opened={bevestig} onClose={() => setBevestig(false)} titel="Bewaartermijn nu toepassen" knop="Ja, toepassen" kleur="red" bezig={m.isPending} onBevestig={() => void voerUit(false)}>
        <Text size="sm">De persoonsgegevens worden definitief gewist. Dit kan niet ongedaan gemaakt worden. De audit bewaart enkel aantallen.</Text>
      </Bevestiging>
    </>
  );
}
