import { Alert, Anchor, DataList, Grid, Paper, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../api/hooks';
import { formatDatum, formatTijdstip } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { Fout, Laden } from '../../../components/States';
import { Sectie, Veld } from '../../../components/dossier/Sectie';
import { BESLISSING_STATUS, beslissingTypeLabel, dossierLabel, dossierLink } from '../../../components/dossier/labels';
import { useIsOndertekenaar } from '../../../components/rechten';
import { StatusBadge } from '../../../components/StatusBadge';
import { BeslissingActies } from './BeslissingActies';
import { BriefVoorbeeldFrame, DocumentFrame } from './BriefVoorbeeld';
import { BezwaarRegistrerenKnop } from '../procedures/BezwaarRegistrerenDialoog';

/** One decision: its content and motivation, the letter (preview while in draft), approval for a signatory. */
export function BeslissingDetailPage() {
  const id = Number(useParams().id);
  const geldig = Number.isInteger(id) && id > 0;
  const beslissing = useApi('beslissing.get', { id }, { enabled: geldig });
  const b = beslissing.data;
  const organisatie = useApi('organisatie.get', { id: b?.organisatieId ?? 0 }, { enabled: !!b });
  const ondertekenaar = useIsOndertekenaar();

  if (!geldig) return <Fout error={null} titel="Deze beslissing bestaat niet" />;
  if (beslissing.isError) {
    return (
      <>
        <PageHeader titel="Beslissing" />
        <Fout error={beslissing.error} opnieuw={() => void beslissing.refetch()} />
      </>
    );
  }
  if (!b) return <Laden />;
  const link = dossierLink(b.dossierEntiteit, b.dossierId);
  const dossier = `${dossierLabel(b.dossierEntiteit)} ${b.dossierId}`;

  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to="/beslissingen" fz="inherit">
          Goedkeuringen
        </Anchor>{' '}
        / Beslissing {b.id}
      </Text>
      <PageHeader
        titel={`Beslissing ${b.id}: ${beslissingTypeLabel(b.type).toLowerCase()}`}
        intro={
          <>
            <StatusBadge info={BESLISSING_STATUS[b.status]} testid="beslissing-status" /> {organisatie.data?.naam ?? ''}
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            {b.status === 'ontwerp' &&
              (ondertekenaar ? (
                <BeslissingActies b={b} />
              ) : (
                <Alert color="orange" variant="light" title="Wacht op goedkeuring">
                  Alleen een ondertekenaar kan dit ontwerp goedkeuren en ondertekenen, en nooit wie het opmaakte (vier-ogenprincipe).
                </Alert>
              ))}
            {b.status === 'uitgegeven' && b.bezwaarTermijnDagen !== null && (
              <div>
                <BezwaarRegistrerenKnop beslissing={b} />
              </div>
            )}
            <Sectie id="inhoud" titel="Beslissing">
              <Paper withBorder p="md">
                <DataList labelWidth={180} gap="xs" data-testid="beslissing-gegevens">
                  <Veld label="Soort">{beslissingTypeLabel(b.type)}</Veld>
                  <Veld label="Dossier">
                    {link ? (
                      <Anchor component={Link} to={link} fz="inherit">
                        {dossier}
                      </Anchor>
                    ) : (
                      dossier
                    )}
                  </Veld>
                  <Veld label="Organisatie">
                    <Anchor component={Link} to={`/organisaties/${b.organisatieId}`} fz="inherit">
                      {organisatie.data?.naam ?? '…'}
                    </Anchor>
                  </Veld>
                  <Veld label="Bestuursorgaan">{b.bestuursorgaan}</Veld>
                  <Veld label="Beslissingsdatum">{formatDatum(b.beslissingsdatum)}</Veld>
                  {b.ingangsdatum && <Veld label="Ingangsdatum">{formatDatum(b.ingangsdatum)}</Veld>}
                  {b.einddatum && <Veld label="Einddatum">{formatDatum(b.einddatum)}</Veld>}
                  <Veld label="Rechtsbasis">{b.rechtsbasis}</Veld>
                  <Veld label="Bezwaar">{b.bezwaarTermijnDagen ? `Binnen ${b.bezwaarTermijnDagen} dagen na kennisgeving` : 'Geen administratief bezwaar'}</Veld>
                  <Veld label="Opgemaakt door">
                    {b.aangemaaktDoor}, {formatTijdstip(b.aangemaaktOp)}
                  </Veld>
                  {b.goedgekeurdDoor && (
                    <Veld label="Goedgekeurd door">
                      {b.goedgekeurdDoor}, {formatTijdstip(b.goedgekeurdOp!)}
                    </Veld>
                  )}
                  {b.documentId && (
                    <Veld label="Brief">
                      <Anchor component={Link} to={`/brieven/${b.documentId}`} fz="inherit">
                        Uitgegeven brief openen
                      </Anchor>
                    </Veld>
                  )}
                </DataList>
              </Paper>
            </Sectie>
            <Sectie id="motivering" titel="Motivering">
              <Paper withBorder p="md">
                <Text fw={600} size="sm">
                  Feiten
                </Text>
                <Text size="sm" mb="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="feiten">
                  {b.feiten}
                </Text>
                <Text fw={600} size="sm">
                  Juridische gronden
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {b.rechtsgronden}
                </Text>
              </Paper>
            </Sectie>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          {b.status === 'ontwerp' && (
            <Sectie id="brief" titel="Voorbeeld van de brief">
              <BriefVoorbeeldFrame beslissingId={b.id} titel="Voorbeeld van de beslissingsbrief" />
            </Sectie>
          )}
          {b.documentId && (
            <Sectie id="brief" titel="Uitgegeven brief">
              <DocumentFrame documentId={b.documentId} titel="Uitgegeven beslissingsbrief" />
            </Sectie>
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
