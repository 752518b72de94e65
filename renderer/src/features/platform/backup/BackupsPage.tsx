import { useState } from 'react';
import { Alert, Badge, Button, Code, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { AuditKetenRapport } from '../../../../../shared/platform/audit.contract';
import type { BackupRij, BackupSoort } from '../../../../../shared/platform/backup.contract';
import { foutmelding } from '../../../api/client';
import { useApi, useApiMutation } from '../../../api/hooks';
import { Fout, Laden } from '../../../components/States';
import { PageHeader } from '../../../components/PageHeader';
import { Bevestiging } from '../../../components/Bevestiging';
import { formatAantal, formatTijdstip } from '../../../components/format';
import { useIsBeheerder } from '../../../components/rechten';
import { useToast } from '../../../components/Toasts';

const SOORT: Record<BackupSoort, string> = { 'op-vraag': 'Op vraag', dagelijks: 'Dagelijks', 'voor-herstel': 'Vóór een herstel' };

/** Bytes as nl-BE megabytes (one decimal) or kilobytes. */
const grootte = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toLocaleString('nl-BE', { maximumFractionDigits: 1 })} MB` : `${formatAantal(Math.ceil(b / 1024))} kB`);

/**
 * Backups of the store (made daily and on demand, the newest N kept) with restore, and the check of the
 * audit trail's hash chain. Only a beheerder sees and does this.
 */
export function BackupsPage() {
  const beheerder = useIsBeheerder();
  const lijst = useApi('backup.lijst', {}, { enabled: beheerder });
  const maak = useApiMutation('backup.maak', { invalidates: ['backup.lijst'] });
  const herstel = useApiMutation('backup.herstel', { invalidates: ['backup.lijst'] });
  const verifieer = useApiMutation('audit.verifieer');
  const toast = useToast();
  const [teHerstellen, setTeHerstellen] = useState<BackupRij | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [keten, setKeten] = useState<AuditKetenRapport | null>(null);

  const doe = async (actie: () => Promise<void>) => {
    setFout(null);
    try {
      await actie();
    } catch (err) {
      setFout(foutmelding(err));
    }
  };

  if (!beheerder) {
    return (
      <>
        <PageHeader titel="Backups en integriteit" />
        <Alert color="gray">Alleen een beheerder maakt en herstelt backups.</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader
        titel="Backups en integriteit"
        intro="Elke dag wordt automatisch een backup van de databank gemaakt, terwijl iedereen verder werkt. De nieuwste worden bewaard; je kan er ook nu een maken of de databank herstellen."
      />
      <Stack gap="md" maw={1100}>
        <Group>
          <Button onClick={() => void doe(async () => { const b = await maak.mutateAsync({}); toast('succes', 'Backup gemaakt', `${formatTijdstip(b.tijdstip)}, ${grootte(b.grootte)}.`); })} loading={maak.isPending}>
            Nu een backup maken
          </Button>
          <Button variant="outline" onClick={() => void doe(async () => setKeten(await verifieer.mutateAsync({})))} loading={verifieer.isPending}>
            Audittrail controleren
          </Button>
        </Group>
        {fout && (
          <Alert color="red" role="alert" title="Niet gelukt">
            {fout}
          </Alert>
        )}
        {keten && (
          <Alert color={keten.ok ? 'green' : 'red'} role="status" title={keten.ok ? 'De audittrail is ongeschonden' : 'De audittrail werd gewijzigd'} data-testid="auditketen">
            {keten.ok ? (
              <Text size="sm">
                {formatAantal(keten.aantalRegels)} auditregels nagerekend
                {keten.aantalGewist > 0 ? ` (waarvan ${formatAantal(keten.aantalGewist)} met gewiste waarden na de bewaartermijn)` : ''}. Kop van de keten:{' '}
                <Code>{keten.kopHash?.slice(0, 16)}…</Code> — noteer hem om later te bewijzen dat niets herschreven werd.
              </Text>
            ) : (
              <Text size="sm">
                Vanaf auditregel {keten.eersteFout!.id} ({formatTijdstip(keten.eersteFout!.tijdstip)}, {keten.eersteFout!.methode}): {keten.eersteFout!.melding} Herstel uit een
                backup van vóór dat tijdstip en meld het aan de informatieveiligheidsconsulent.
              </Text>
            )}
          </Alert>
        )}
        {lijst.isError ? (
          <Fout error={lijst.error} opnieuw={() => void lijst.refetch()} />
        ) : !lijst.data ? (
          <Laden />
        ) : (
          <Paper withBorder p="md">
            <Text size="sm" mb="sm">
              Map: <Code>{lijst.data.map ?? '—'}</Code> · de nieuwste {formatAantal(lijst.data.aantalBewaard)} worden bewaard.
            </Text>
            {lijst.data.backups.length === 0 ? (
              <Text size="sm">Er is nog geen backup.</Text>
            ) : (
              <Table withTableBorder striped aria-label="Backups">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Gemaakt op</Table.Th>
                    <Table.Th>Soort</Table.Th>
                    <Table.Th ta="right">Grootte</Table.Th>
                    <Table.Th ta="right">Schemaversie</Table.Th>
                    <Table.Th ta="right">Auditregels</Table.Th>
                    <Table.Th>Actie</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lijst.data.backups.map((b) => (
                    <Table.Tr key={b.bestand}>
                      <Table.Td>{formatTijdstip(b.tijdstip)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color="gray">{SOORT[b.soort]}</Badge>
                      </Table.Td>
                      <Table.Td ta="right">{grootte(b.grootte)}</Table.Td>
                      <Table.Td ta="right">{b.schemaversie ?? '—'}</Table.Td>
                      <Table.Td ta="right">{b.aantalAuditregels === null ? '—' : formatAantal(b.aantalAuditregels)}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="default" onClick={() => setTeHerstellen(b)} aria-label={`Herstellen uit de backup van ${formatTijdstip(b.tijdstip)}`}>
                          Herstellen…
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        )}
      </Stack>
      <Bevestiging
        opened={teHerstellen !== null}
        onClose={() => setTeHerstellen(null)}
        titel="Databank herstellen"
        knop="Ja, herstellen"
        kleur="red"
        bezig={herstel.isPending}
        onBevestig={() =>
          void doe(async () => {
            const r = await herstel.mutateAsync({ bestand: teHerstellen!.bestand });
            setTeHerstellen(null);
            toast('succes', 'Databank hersteld', `Toestand van ${formatTijdstip(r.hersteld.tijdstip)}; de vorige toestand staat in een backup.`);
          })
        }
      >
        {teHerstellen && (
          <>
            <Text size="sm">
              De databank wordt teruggezet naar de toestand van <strong>{formatTijdstip(teHerstellen.tijdstip)}</strong>. Alles wat sindsdien werd geregistreerd,
              verdwijnt uit de databank. De huidige toestand wordt eerst zelf als backup bewaard, zodat je dit kan terugdraaien.
            </Text>
            <Text size="sm">De backup wordt eerst gecontroleerd (integriteit, verwijzingen, schemaversie). Vraag collega’s om even niets te bewaren.</Text>
          </>
        )}
      </Bevestiging>
    </>
  );
}
