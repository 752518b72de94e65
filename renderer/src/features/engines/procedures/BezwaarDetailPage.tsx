import { useState } from 'react';
import { Alert, Anchor, Button, DataList, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { Bezwaar } from '../../../../../shared/engines/bezwaar.contract';
import { useApi } from '../../../api/hooks';
import { formatDatum } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { useMagInDepartement } from '../../../components/rechten';
import { Fout, Laden } from '../../../components/States';
import { BeslissingenTabel } from '../beslissingen/BeslissingenTabel';
import { DossierDocumenten } from '../../../components/dossier/DossierDocumenten';
import { Sectie, Veld } from '../../../components/dossier/Sectie';
import { TermijnKaart, termijnLijstStijl } from '../../../components/dossier/TermijnKaart';
import { Tijdlijn } from '../../../components/dossier/Tijdlijn';
import { beslissingTypeLabel, dossierLabel, dossierLink } from '../../../components/dossier/labels';
import { StatusBadge } from '../../../components/StatusBadge';
import { BezwaarBeslissingDialoog } from './BezwaarBeslissingDialoog';
import { BEZWAAR_KANAAL_LABELS, BEZWAAR_STATUS, TIJDIGHEID, UITKOMST } from './labels';
import { VerzendingDialoog } from './VerzendingDialoog';

/** An objection: the contested decision, admissibility in time with its derivation, the handling deadline and the outcome. */
export function BezwaarDetailPage() {
  const id = Number(useParams().id);
  const geldig = Number.isInteger(id) && id > 0;
  const bezwaar = useApi('bezwaar.get', { id }, { enabled: geldig });
  const z = bezwaar.data;

  if (!geldig) return <Fout error={null} titel="Dit bezwaar bestaat niet" />;
  if (bezwaar.isError) {
    return (
      <>
        <PageHeader titel="Bezwaar" />
        <Fout error={bezwaar.error} opnieuw={() => void bezwaar.refetch()} />
      </>
    );
  }
  if (!z) return <Laden />;
  const betwist = z.betwisteBeslissing;
  const dossier = dossierLink(betwist.dossierEntiteit, betwist.dossierId);
  const status = z.uitkomst ? { label: UITKOMST[z.uitkomst].label, kleur: 'green' } : z.ontwerpBeslissingId ? { label: 'Wacht op goedkeuring', kleur: 'orange' } : BEZWAAR_STATUS[z.status];

  return (
    <>
      <Text size="sm" mb="xs">
        {dossier && (
          <>
            <Anchor component={Link} to={dossier} fz="inherit">
              {dossierLabel(betwist.dossierEntiteit)} {betwist.dossierId}
            </Anchor>{' '}
            /{' '}
          </>
        )}
        Bezwaar {z.id}
      </Text>
      <PageHeader
        titel={`Bezwaar ${z.id}: ${z.organisatieNaam}`}
        intro={
          <>
            <StatusBadge info={status} testid="bezwaar-status" /> tegen de beslissing "{beslissingTypeLabel(betwist.type).toLowerCase()}" van {formatDatum(betwist.beslissingsdatum)}
          </>
        }
        acties={<BezwaarActies z={z} />}
      />
      {z.ontwerpBeslissingId && (
        <Alert color="orange" variant="light" mb="lg" title="Wacht op goedkeuring">
          Het ontwerp van beslissing over het bezwaar wacht op de goedkeuring van een ondertekenaar. Daarna wordt de brief uitgegeven en wordt de
          beslissing van kracht.
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Ontvankelijkheid z={z} />
            <Sectie id="gegevens" titel="Bezwaar">
              <Paper withBorder p="md">
                <DataList labelWidth={210} gap="xs" data-testid="bezwaar-gegevens">
                  <Veld label="Betwiste beslissing">
                    <Anchor component={Link} to={`/beslissingen/${betwist.id}`} fz="inherit">
                      {beslissingTypeLabel(betwist.type)} van {formatDatum(betwist.beslissingsdatum)}
                    </Anchor>
                  </Veld>
                  {z.rechtOmschrijving && (
                    <Veld label="Over">
                      {z.rechtEntiteit && z.rechtId && dossierLink(z.rechtEntiteit, z.rechtId) ? (
                        <Anchor component={Link} to={dossierLink(z.rechtEntiteit, z.rechtId)!} fz="inherit">
                          {z.rechtOmschrijving}
                        </Anchor>
                      ) : (
                        z.rechtOmschrijving
                      )}
                    </Veld>
                  )}
                  <Veld label="Ontvangen op">{formatDatum(z.ontvangenOp)}</Veld>
                  <Veld label="Kanaal">{BEZWAAR_KANAAL_LABELS[z.kanaal]}</Veld>
                  <Veld label="Uw kenmerk">{z.uwKenmerk}</Veld>
                  <Veld label="Samenvatting">
                    <Text span fz="inherit" style={{ whiteSpace: 'pre-wrap' }}>
                      {z.samenvatting}
                    </Text>
                  </Veld>
                  <Veld label="Behandelaar">{z.behandelaar}</Veld>
                </DataList>
              </Paper>
            </Sectie>
            <Sectie id="beslissingen" titel="Beslissing over het bezwaar">
              <BeslissingenTabel beslissingen={z.beslissingen} labelledBy="beslissingen-titel" />
            </Sectie>
            <Sectie id="brieven" titel="Brieven">
              <DossierDocumenten documenten={z.documenten} labelledBy="brieven-titel" />
            </Sectie>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Sectie id="termijnen" titel="Behandeltermijn">
              <Stack gap="xs" component="ul" style={termijnLijstStijl}>
                <TermijnKaart
                  omschrijving={`Beslissing over het bezwaar binnen ${z.behandeltermijn.dagen} dagen`}
                  vervaldatum={z.behandeltermijn.vervaldatum}
                  stand={z.status === 'beslist' ? { label: 'Afgerond', kleur: 'gray' } : { label: 'Loopt', kleur: 'blue' }}
                  afleiding={z.behandeltermijn.afleiding}
                />
              </Stack>
            </Sectie>
            <Sectie id="tijdlijn" titel="Tijdlijn">
              <Tijdlijn items={z.tijdlijn} />
            </Sectie>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function Ontvankelijkheid({ z }: { z: Bezwaar }) {
  const b = z.beoordeling;
  return (
    <Sectie id="tijdigheid" titel="Tijdig ingediend?" acties={<StatusBadge info={TIJDIGHEID[b.tijdigheid]} testid="tijdigheid" />}>
      <Text size="sm" mb="xs" data-testid="tijdigheid-toelichting">
        {b.toelichting}
      </Text>
      <Stack gap="xs" component="ul" style={termijnLijstStijl}>
        <TermijnKaart
          omschrijving={b.termijnDagen ? `Bezwaartermijn van ${b.termijnDagen} dagen na de kennisgeving` : 'Bezwaartermijn'}
          vervaldatum={b.termijnEinde}
          stand={TIJDIGHEID[b.tijdigheid]}
          afleiding={[
            ...(b.kennisgevingsdatum ? [`kennisgeving van de beslissing op ${formatDatum(b.kennisgevingsdatum)}`] : []),
            ...b.afleiding,
          ]}
          zonderDatum="Einde van de bezwaartermijn nog niet bekend"
        />
      </Stack>
    </Sectie>
  );
}

function BezwaarActies({ z }: { z: Bezwaar }) {
  const mag = useMagInDepartement(z.betwisteBeslissing.departement as 'ZORG' | 'WSE');
  const [dialoog, setDialoog] = useState<'beslissing' | 'verzending' | null>(null);
  if (!mag) return null;
  const betwist = z.betwisteBeslissing;
  const kanBeslissen = z.status === 'ingediend' && !z.ontwerpBeslissingId;
  return (
    <>
      <Group gap="sm">
        {z.tijdigheid === 'onbepaald' && betwist.documentId && (
          <Button variant="outline" onClick={() => setDialoog('verzending')}>
            Verzending van de beslissing registreren
          </Button>
        )}
        {kanBeslissen && (
          <Button onClick={() => setDialoog('beslissing')} disabled={z.tijdigheid === 'onbepaald'} title={z.tijdigheid === 'onbepaald' ? 'Registreer eerst de verzending van de betwiste beslissing' : undefined}>
            Beslissing over het bezwaar
          </Button>
        )}
      </Group>
      {betwist.documentId && (
        <VerzendingDialoog documentId={betwist.documentId} titel="Verzending van de betwiste beslissing registreren" opened={dialoog === 'verzending'} onClose={() => setDialoog(null)} />
      )}
      <BezwaarBeslissingDialoog z={z} opened={dialoog === 'beslissing'} onClose={() => setDialoog(null)} />
    </>
  );
}
