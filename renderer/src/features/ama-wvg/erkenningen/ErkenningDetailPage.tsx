import { Anchor, DataList, Grid, Paper, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { Erkenning } from '../../../../../shared/ama-wvg/erkenning.contract';
import { useApi } from '../../../api/hooks';
import { formatDatum } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { Fout, Laden, Leeg } from '../../../components/States';
import { BeslissingenTabel } from '../../engines/beslissingen/BeslissingenTabel';
import { Sectie, Veld } from '../../../components/dossier/Sectie';
import { EINDE_REDEN_LABELS, ERKENNING_STATUS } from './labels';
import { StatusBadge } from '../../../components/StatusBadge';
import { ErkenningProcedures } from './ErkenningProcedures';

/** One recognition: its data, status history, decisions, the chain of renewals and the procedures on it. */
export function ErkenningDetailPage() {
  const id = Number(useParams().id);
  const geldig = Number.isInteger(id) && id > 0;
  const erkenning = useApi('erkenning.get', { id }, { enabled: geldig });
  const e = erkenning.data;

  if (!geldig) return <Fout error={null} titel="Deze erkenning bestaat niet" />;
  if (erkenning.isError) {
    return (
      <>
        <PageHeader titel="Erkenning" />
        <Fout error={erkenning.error} opnieuw={() => void erkenning.refetch()} />
      </>
    );
  }
  if (!e) return <Laden />;

  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to="/erkenningen/register" fz="inherit">
          Erkenningen AMA WVG
        </Anchor>{' '}
        / {e.erkenningsnummer}
      </Text>
      <PageHeader
        titel={`Erkenning ${e.erkenningsnummer}`}
        intro={
          <>
            <StatusBadge info={ERKENNING_STATUS[e.status]} testid="erkenning-status" /> {e.organisatieNaam}, geldig van {formatDatum(e.geldigVan)}{' '}
            tot en met {formatDatum(e.geldigTot)}
          </>
        }
        acties={<ErkenningProcedures.Acties erkenning={e} />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Gegevens e={e} />
            <Sectie id="beslissingen" titel="Beslissingen">
              <BeslissingenTabel beslissingen={e.beslissingen} labelledBy="beslissingen-titel" />
            </Sectie>
            <ErkenningProcedures.Lijst erkenning={e} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Historiek e={e} />
        </Grid.Col>
      </Grid>
    </>
  );
}

function Gegevens({ e }: { e: Erkenning }) {
  return (
    <Sectie id="gegevens" titel="Gegevens">
      <Paper withBorder p="md">
        <DataList labelWidth={210} gap="xs" data-testid="erkenning-gegevens">
          <Veld label="Erkenningsnummer">{e.erkenningsnummer}</Veld>
          <Veld label="Organisatie">
            <Anchor component={Link} to={`/organisaties/${e.organisatieId}`} fz="inherit">
              {e.organisatieNaam}
            </Anchor>{' '}
            ({e.organisatieKbo})
          </Veld>
          <Veld label="Type">{e.typeNaam}</Veld>
          <Veld label="Provincie">{e.provincieNaam}</Veld>
          <Veld label="Geldig van">{formatDatum(e.geldigVan)}</Veld>
          <Veld label="Geldig tot en met">{formatDatum(e.geldigTot)}</Veld>
          <Veld label="Status">
            <StatusBadge info={ERKENNING_STATUS[e.status]} />
            {e.eindeReden && ` ${EINDE_REDEN_LABELS[e.eindeReden]}`}
          </Veld>
          <Veld label="Oorsprong">
            {e.oorsprong === 'overgang' ? (
              'Overgangsregeling (BVR art. 72–73)'
            ) : e.aanvraagId ? (
              <Anchor component={Link} to={`/erkenningen/aanvragen/${e.aanvraagId}`} fz="inherit">
                Aanvraag {e.aanvraagId}
              </Anchor>
            ) : (
              'Aanvraag'
            )}
          </Veld>
          <Veld label="Vorige erkenning">
            {e.vorigeErkenningId && (
              <Anchor component={Link} to={`/erkenningen/${e.vorigeErkenningId}`} fz="inherit">
                Vorige erkenning
              </Anchor>
            )}
          </Veld>
          <Veld label="Volgende erkenning">
            {e.volgendeErkenningId && (
              <Anchor component={Link} to={`/erkenningen/${e.volgendeErkenningId}`} fz="inherit">
                Hernieuwde erkenning
              </Anchor>
            )}
          </Veld>
          <Veld label="Hernieuwingsaanvraag">
            {e.hernieuwingAanvraagId ? (
              <Anchor component={Link} to={`/erkenningen/aanvragen/${e.hernieuwingAanvraagId}`} fz="inherit">
                Aanvraag {e.hernieuwingAanvraagId}
              </Anchor>
            ) : (
              e.status === 'actief' && 'Nog geen'
            )}
          </Veld>
        </DataList>
      </Paper>
    </Sectie>
  );
}

function Historiek({ e }: { e: Erkenning }) {
  return (
    <Sectie id="historiek" titel="Historiek van de status">
      {e.historiek.length === 0 ? (
        <Leeg>Geen historiek.</Leeg>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-labelledby="historiek-titel" data-testid="erkenning-historiek">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Datum</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Geldig tot</Table.Th>
                <Table.Th>Toelichting</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {e.historiek.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td>{formatDatum(h.datum)}</Table.Td>
                  <Table.Td>{ERKENNING_STATUS[h.status as keyof typeof ERKENNING_STATUS]?.label ?? h.status}</Table.Td>
                  <Table.Td>{formatDatum(h.geldigTot)}</Table.Td>
                  <Table.Td>
                    {h.toelichting}
                    {h.beslissingId && (
                      <>
                        {' '}
                        <Anchor component={Link} to={`/beslissingen/${h.beslissingId}`} fz="sm">
                          (beslissing)
                        </Anchor>
                      </>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Sectie>
  );
}
