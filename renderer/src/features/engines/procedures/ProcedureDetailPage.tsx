import { Alert, Anchor, Grid, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { Fout, Laden } from '../../../components/States';
import { BeslissingenTabel } from '../beslissingen/BeslissingenTabel';
import { DossierDocumenten } from '../../../components/dossier/DossierDocumenten';
import { Sectie } from '../../../components/dossier/Sectie';
import { Tijdlijn } from '../../../components/dossier/Tijdlijn';
import { dossierLink } from '../../../components/dossier/labels';
import { StatusBadge } from '../../../components/StatusBadge';
import { BezwaarRegistrerenKnop } from './BezwaarRegistrerenDialoog';
import { PROCEDURE_STATUS } from './labels';
import { ProcedureActies } from './ProcedureActies';
import { BezwarenTabel, Hoorzittingen, ProcedureGegevens, ProcedureTermijnen } from './ProcedureSecties';

const hoofdletter = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** A hearing procedure (e.g. revocation of a recognition): every step, letter, deadline, the hearing, the decision and objections. */
export function ProcedureDetailPage() {
  const id = Number(useParams().id);
  const geldig = Number.isInteger(id) && id > 0;
  const procedure = useApi('procedure.get', { id }, { enabled: geldig });
  const p = procedure.data;

  if (!geldig) return <Fout error={null} titel="Deze procedure bestaat niet" />;
  if (procedure.isError) {
    return (
      <>
        <PageHeader titel="Procedure" />
        <Fout error={procedure.error} opnieuw={() => void procedure.refetch()} />
      </>
    );
  }
  if (!p) return <Laden />;
  const recht = dossierLink(p.rechtEntiteit, p.rechtId);
  const ontwerp = p.beslissingen.find((b) => b.status === 'ontwerp');
  const uitgegeven = p.beslissing?.status === 'uitgegeven' ? p.beslissing : null;

  return (
    <>
      <Text size="sm" mb="xs">
        {recht ? (
          <Anchor component={Link} to={recht} fz="inherit">
            {hoofdletter(p.rechtOmschrijving.split(' (')[0])}
          </Anchor>
        ) : (
          p.rechtOmschrijving
        )}{' '}
        / Procedure {p.id}
      </Text>
      <PageHeader
        titel={`${p.soortLabel} (procedure ${p.id})`}
        intro={
          <>
            <StatusBadge info={PROCEDURE_STATUS[p.status]} testid="procedure-status" /> {p.organisatieNaam}
          </>
        }
        acties={<ProcedureActies p={p} />}
      />
      <Stack gap="lg">
        {ontwerp && (
          <Alert color="orange" variant="light" title="Wacht op goedkeuring">
            Het ontwerp van beslissing wacht op de goedkeuring van een ondertekenaar. Daarna wordt de brief uitgegeven en wordt de beslissing van kracht.
          </Alert>
        )}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="lg">
              <ProcedureGegevens p={p} />
              <Hoorzittingen p={p} />
              <Sectie id="beslissingen" titel="Beslissing" acties={uitgegeven && uitgegeven.bezwaarTermijnDagen ? <BezwaarRegistrerenKnop beslissing={uitgegeven} /> : undefined}>
                <BeslissingenTabel beslissingen={p.beslissingen} labelledBy="beslissingen-titel" />
              </Sectie>
              <Sectie id="bezwaren" titel="Bezwaren">
                <BezwarenTabel bezwaren={p.bezwaren} labelledBy="bezwaren-titel" />
              </Sectie>
              <Sectie id="brieven" titel="Brieven">
                <DossierDocumenten documenten={p.documenten} labelledBy="brieven-titel" />
              </Sectie>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <ProcedureTermijnen p={p} />
              <Sectie id="tijdlijn" titel="Tijdlijn">
                <Tijdlijn items={p.tijdlijn} />
              </Sectie>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
