import { useState } from 'react';
import { Anchor, Button, DataList, Grid, Group, Modal, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { SWV_BEHANDELAARS, type MandaatDetail } from '../../../../shared/swv-zorg/register.contract';
import { foutmelding } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden } from '../../components/States';
import { StatusBadge } from '../../components/StatusBadge';
import { Sectie, Veld } from '../../components/dossier/Sectie';
import { formatDatum } from '../../components/format';
import { useMag } from '../../components/rechten';
import { PROCEDURE_STATUS } from '../engines/procedures/labels';
import { MaatregelDialoog } from '../../components/dossier/MaatregelDialoog';

/** A mandate for one werk- en zorgregio: its history with the decisions, suspensions, the ministerial decree, and withdrawal or suspension (art. 40). */
export function MandaatDetailPage() {
  const id = Number(useParams().id);
  const m = useApi('mandaat.get', { id });
  if (m.isError) return <Fout error={m.error} titel="Mandaat niet gevonden" opnieuw={() => void m.refetch()} />;
  if (!m.data) return <Laden />;
  return <Detail m={m.data} />;
}

function Detail({ m }: { m: MandaatDetail }) {
  const mag = useMag(SWV_BEHANDELAARS);
  const [mb, setMb] = useState(false);
  const [procedure, setProcedure] = useState(false);
  const procedures = useApi('procedure.list', { rechtEntiteit: 'mandaat', rechtId: m.id });
  const stand = m.status === 'ingetrokken' ? { label: 'Ingetrokken', kleur: 'gray' } : m.geschorst ? { label: 'Geschorst', kleur: 'orange' } : { label: 'Actief', kleur: 'green' };
  const open = (procedures.data ?? []).some((p) => p.status !== 'beslist' && p.status !== 'afgesloten');
  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to={`/samenwerkingsverbanden/${m.swvId}`}>
          ← {m.swvNaam}
        </Anchor>
      </Text>
      <PageHeader
        titel={`Mandaat ${m.regioNaam}`}
        intro={`${m.swvNaam} · van ${formatDatum(m.geldigVan)} tot en met ${formatDatum(m.geldigTot)}`}
        acties={
          <>
            <StatusBadge info={stand} testid="mandaatstand" />
            {mag && (
              <Button variant="outline" onClick={() => setMb(true)}>
                Ministerieel besluit registreren
              </Button>
            )}
            {mag && m.status === 'actief' && !open && (
              <Button color="red" variant="outline" onClick={() => setProcedure(true)}>
                Schorsing of intrekking starten
              </Button>
            )}
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Sectie id="gegevens" titel="Gegevens">
              <Paper withBorder p="md">
                <DataList labelWidth={210} gap="xs">
                  <Veld label="Samenwerkingsverband">{m.swvNaam}</Veld>
                  <Veld label="Aanspreekpunt">{m.aanspreekpuntNaam}</Veld>
                  <Veld label="Partners (vandaag)">{m.aantalPartners}</Veld>
                  <Veld label="Ministerieel besluit">{m.ministerieelBesluit}</Veld>
                  <Veld label="Bron">{m.beslissingId ? <Anchor component={Link} to={`/beslissingen/${m.beslissingId}`} fz="inherit">Beslissing {m.beslissingId}</Anchor> : m.bron}</Veld>
                </DataList>
              </Paper>
            </Sectie>
            <Sectie id="historiek" titel="Historiek">
              <Table withTableBorder aria-labelledby="historiek-titel" data-testid="mandaathistoriek">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Datum</Table.Th>
                    <Table.Th>Wat</Table.Th>
                    <Table.Th>Toelichting</Table.Th>
                    <Table.Th>Beslissing</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {m.historiek.map((h) => (
                    <Table.Tr key={h.id}>
                      <Table.Td>{formatDatum(h.datum)}</Table.Td>
                      <Table.Td>{h.wat}</Table.Td>
                      <Table.Td>{h.toelichting}</Table.Td>
                      <Table.Td>{h.beslissingId ? <Anchor component={Link} to={`/beslissingen/${h.beslissingId}`}>{h.beslissingId}</Anchor> : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Sectie>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Sectie id="schorsingen" titel="Schorsingen (art. 40)">
              {m.schorsingen.length === 0 ? (
                <Text size="sm">Geen schorsingen.</Text>
              ) : (
                <Stack gap={4}>
                  {m.schorsingen.map((z) => (
                    <Text key={z.id} size="sm">
                      {formatDatum(z.van)} – {z.tot ? formatDatum(z.tot) : 'onbepaald'}: geen nieuwe trajecten
                    </Text>
                  ))}
                </Stack>
              )}
            </Sectie>
            <Sectie id="procedures" titel="Procedures">
              {(procedures.data ?? []).length === 0 ? (
                <Text size="sm">Geen procedures.</Text>
              ) : (
                <Stack gap={4}>
                  {procedures.data!.map((p) => (
                    <Group key={p.id} gap="xs">
                      <Anchor component={Link} to={`/procedures/${p.id}`}>
                        Procedure {p.id}: {p.soortLabel}
                      </Anchor>
                      <StatusBadge info={PROCEDURE_STATUS[p.status]} />
                    </Group>
                  ))}
                </Stack>
              )}
            </Sectie>
          </Stack>
        </Grid.Col>
      </Grid>
      {mb && <BesluitDialoog m={m} onClose={() => setMb(false)} />}
      {procedure && (
        <MaatregelDialoog
          titel="Voornemen tot schorsing of intrekking (art. 40)"
          uitleg="Op basis van het verslag van Zorginspectie en het advies van het departement. Het aanspreekpunt kan reageren en vragen om gehoord te worden; daarna beslissen de ministers."
          rechtId={m.id}
          soorten={[{ value: 'schorsing-mandaat', label: 'Schorsing: geen nieuwe trajecten' }, { value: 'intrekking-mandaat', label: 'Intrekking: het mandaat eindigt' }]}
          feitenUitleg="Het verslag van Zorginspectie en het advies, met hun datum."
          invalidates={['mandaat.get']}
          onClose={() => setProcedure(false)}
        />
      )}
    </>
  );
}

function BesluitDialoog({ m, onClose }: { m: MandaatDetail; onClose: () => void }) {
  const [besluit, setBesluit] = useState(m.ministerieelBesluit ?? '');
  const [fout, setFout] = useState<string | null>(null);
  const mut = useApiMutation('mandaat.bevestig', { invalidates: ['mandaat.get', 'mandaat.list', 'swv.get'] });
  return (
    <Modal opened onClose={onClose} title="Ministerieel besluit (art. 78)" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <TextInput label="Verwijzing naar het ministerieel besluit" description="Bv. MB van 20 juni 2023 (BS 30 juni 2023)." value={besluit} onChange={(e) => setBesluit(e.currentTarget.value)} error={fout ?? undefined} data-autofocus />
        <Group>
          <Button loading={mut.isPending} onClick={() => void mut.mutateAsync({ id: m.id, versie: m.versie, ministerieelBesluit: besluit }).then(onClose).catch((e: unknown) => setFout(foutmelding(e)))}>
            Bewaren
          </Button>
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
