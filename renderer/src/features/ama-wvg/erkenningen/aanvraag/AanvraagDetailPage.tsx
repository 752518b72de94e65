import { Anchor, Grid, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useApi } from '../../../../api/hooks';
import { formatDatum } from '../../../../components/format';
import { PageHeader } from '../../../../components/PageHeader';
import { Fout, Laden } from '../../../../components/States';
import { BeslissingenTabel } from '../../../engines/beslissingen/BeslissingenTabel';
import { DossierDocumenten } from '../../../../components/dossier/DossierDocumenten';
import { Sectie } from '../../../../components/dossier/Sectie';
import { Tijdlijn } from '../../../../components/dossier/Tijdlijn';
import { AANVRAAG_STATUS } from '../labels';
import { StatusBadge } from '../../../../components/StatusBadge';
import { AanvraagActies, AanvraagToestand } from './AanvraagActies';
import { AanvraagGegevens, Personeel } from './AanvraagSecties';
import { Controles, Termijnen } from '../../../../components/dossier/AanvraagSecties';
import { mergeDocumenten } from '../../../../components/dossier/DossierDocumenten';

/** One application: checks, deadlines, suspensions, decisions, letters and timeline, with the actions its status allows. */
export function AanvraagDetailPage() {
  const id = Number(useParams().id);
  const geldig = Number.isInteger(id) && id > 0;
  const aanvraag = useApi('aanvraag.get', { id }, { enabled: geldig });
  // The letters of the dossier straight from the archive (also those issued by approval).
  const brieven = useApi('document.list', { dossierEntiteit: 'aanvraag', dossierId: String(id) }, { enabled: geldig });
  const a = aanvraag.data;

  if (!geldig) return <Fout error={null} titel="Deze aanvraag bestaat niet" />;
  if (aanvraag.isError) {
    return (
      <>
        <PageHeader titel="Aanvraag tot erkenning" />
        <Fout error={aanvraag.error} opnieuw={() => void aanvraag.refetch()} />
      </>
    );
  }
  if (!a) return <Laden />;
  const erkenningId = a.beslissingen.find((b) => b.type === 'erkenning' && b.rechtId)?.rechtId ?? null;

  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to="/erkenningen/aanvragen" fz="inherit">
          Erkenningen AMA WVG
        </Anchor>{' '}
        / Aanvraag {a.id}
      </Text>
      <PageHeader
        titel={`Aanvraag ${a.id}: ${a.organisatieNaam}`}
        intro={
          <>
            <StatusBadge info={AANVRAAG_STATUS[a.status]} testid="aanvraag-status" /> Aanvraag tot erkenning AMA WVG, ontvangen op{' '}
            {formatDatum(a.ontvangenOp)}
          </>
        }
        acties={<AanvraagActies a={a} />}
      />
      <Stack gap="lg">
        <AanvraagToestand a={a} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="lg">
              <AanvraagGegevens a={a} erkenningId={erkenningId} />
              <Controles a={a} />
              <Personeel a={a} />
              <Sectie id="beslissingen" titel="Beslissingen">
                <BeslissingenTabel beslissingen={a.beslissingen} labelledBy="beslissingen-titel" />
              </Sectie>
              <Sectie id="brieven" titel="Brieven">
                <DossierDocumenten documenten={mergeDocumenten(a.documenten, brieven.data)} labelledBy="brieven-titel" />
              </Sectie>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <Termijnen a={a} />
              <Sectie id="tijdlijn" titel="Tijdlijn">
                <Tijdlijn items={a.tijdlijn} />
              </Sectie>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
