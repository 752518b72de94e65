import { useState } from 'react';
import { Alert, Button, Group } from '@mantine/core';
import type { Aanvraag } from '../../../../../../shared/ama-wvg/aanvraag.contract';
import { useApi } from '../../../../api/hooks';
import { useMagInDepartement } from '../../../../components/rechten';
import { OntvangstmeldingDialog } from '../../../organisatie/OntvangstmeldingDialog';
import { BeslissingDialoog } from '../acties/BeslissingDialoog';
import { InfoOntvangenDialog, InfoOpvragenDialog } from '../acties/InfoDialogen';
import { useMagAanvragen } from '../rechten';

type Dialoog = 'info' | 'antwoord' | 'ontvankelijkheid' | 'gegrondheid' | 'ontvangstmelding' | null;

/** What can be done now, by status: ask for information, register the answer, draft a decision. */
export function AanvraagActies({ a }: { a: Aanvraag }) {
  const mag = useMagAanvragen();
  const magBrief = useMagInDepartement('ZORG');
  const [dialoog, setDialoog] = useState<Dialoog>(null);
  const organisatie = useApi('organisatie.get', { id: a.organisatieId }, { enabled: magBrief });
  const sluit = () => setDialoog(null);

  const lopend = a.status === 'ingediend' || a.status === 'ontvankelijk';
  const openVerzoek = a.opschortingen.some((o) => o.tot === null);
  const ontwerp = a.beslissingen.some((b) => b.status === 'ontwerp');

  return (
    <>
      <Group gap="sm">
        {mag && lopend && !ontwerp && (
          <>
            {openVerzoek ? (
              <Button onClick={() => setDialoog('antwoord')}>Antwoord ontvangen</Button>
            ) : (
              <>
                <Button variant="outline" onClick={() => setDialoog('info')}>
                  Informatie opvragen
                </Button>
                {a.status === 'ingediend' ? (
                  <Button onClick={() => setDialoog('ontvankelijkheid')}>Beslissing ontvankelijkheid</Button>
                ) : (
                  <Button onClick={() => setDialoog('gegrondheid')}>Beslissing ten gronde</Button>
                )}
              </>
            )}
          </>
        )}
        {magBrief && organisatie.data && (
          <Button variant="default" onClick={() => setDialoog('ontvangstmelding')}>
            Ontvangstmelding maken
          </Button>
        )}
      </Group>
      {mag && (
        <>
          <InfoOpvragenDialog aanvraag={a} opened={dialoog === 'info'} onClose={sluit} />
          <InfoOntvangenDialog aanvraag={a} opened={dialoog === 'antwoord'} onClose={sluit} />
          <BeslissingDialoog aanvraag={a} soort="ontvankelijkheid" opened={dialoog === 'ontvankelijkheid'} onClose={sluit} />
          <BeslissingDialoog aanvraag={a} soort="gegrondheid" opened={dialoog === 'gegrondheid'} onClose={sluit} />
        </>
      )}
      {magBrief && organisatie.data && (
        <OntvangstmeldingDialog
          organisatie={organisatie.data}
          opened={dialoog === 'ontvangstmelding'}
          onClose={sluit}
          dossier={{ entiteit: 'aanvraag', id: a.id }}
          beginwaarden={{ aanvraagSoort: 'erkenning-ama-wvg', ontvangenOp: a.ontvangenOp, kanaalAanvraag: a.kanaal as 'e-loket', uwKenmerk: a.uwKenmerk ?? '' }}
        />
      )}
    </>
  );
}

/** A short status line above the sections: what the dossier waits for. */
export function AanvraagToestand({ a }: { a: Aanvraag }) {
  const ontwerp = a.beslissingen.find((b) => b.status === 'ontwerp');
  const open = a.opschortingen.find((o) => o.tot === null);
  if (ontwerp) {
    return (
      <Alert color="orange" variant="light" title="Wacht op goedkeuring" data-testid="toestand">
        Een ontwerp van beslissing wacht op de goedkeuring van een ondertekenaar (vier-ogenprincipe). Daarna wordt de brief uitgegeven.
      </Alert>
    );
  }
  if (open) {
    return (
      <Alert color="blue" variant="light" title="Termijn opgeschort" data-testid="toestand">
        Er werd bijkomende informatie gevraagd. De beslissingstermijn is opgeschort tot het antwoord binnenkomt.
      </Alert>
    );
  }
  return null;
}
