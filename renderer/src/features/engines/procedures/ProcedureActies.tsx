import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import type { Procedure, ProcedureActie } from '../../../../../shared/engines/procedure.contract';
import { useMagInDepartement } from '../../../components/rechten';
import { AfsluitenDialoog, BeslissingVoorstellenDialoog, HoorzittingPlannenDialoog, ReactieDialoog, VerslagDialoog } from './ProcedureDialogen';
import { VerzendingDialoog } from './VerzendingDialoog';

type Dialoog = ProcedureActie | null;

/** The buttons for what the procedure's state machine allows now (system steps left out). */
export function ProcedureActies({ p }: { p: Procedure }) {
  const mag = useMagInDepartement(p.departement);
  const [dialoog, setDialoog] = useState<Dialoog>(null);
  if (!mag) return null;
  const kan = (a: ProcedureActie) => p.toegestaneActies.includes(a);
  const sluit = () => setDialoog(null);
  const gepland = p.hoorzittingen.some((h) => !h.gehouden);
  const ontwerp = p.beslissing?.status === 'ontwerp';

  return (
    <>
      <Group gap="sm">
        {kan('kennisgeving') && p.voornemenDocumentId && <Button onClick={() => setDialoog('kennisgeving')}>Verzending voornemen registreren</Button>}
        {kan('reactie') && (
          <Button variant={kan('beslissing-voorstellen') ? 'outline' : 'filled'} onClick={() => setDialoog('reactie')}>
            Reactie registreren
          </Button>
        )}
        {kan('hoorzitting-verslag') && <Button onClick={() => setDialoog('hoorzitting-verslag')}>Verslag hoorzitting</Button>}
        {kan('hoorzitting-plannen') && !ontwerp && (
          <Button variant={gepland || kan('beslissing-voorstellen') ? 'outline' : 'filled'} onClick={() => setDialoog('hoorzitting-plannen')}>
            {gepland ? 'Hoorzitting verplaatsen' : 'Hoorzitting plannen'}
          </Button>
        )}
        {kan('beslissing-voorstellen') && <Button onClick={() => setDialoog('beslissing-voorstellen')}>Beslissing voorstellen</Button>}
        {kan('afsluiten') && (
          <Button variant="subtle" color="red" onClick={() => setDialoog('afsluiten')}>
            Afsluiten zonder beslissing
          </Button>
        )}
      </Group>
      {p.voornemenDocumentId && (
        <VerzendingDialoog documentId={p.voornemenDocumentId} titel="Verzending van het voornemen registreren" opened={dialoog === 'kennisgeving'} onClose={sluit} />
      )}
      <ReactieDialoog p={p} opened={dialoog === 'reactie'} onClose={sluit} />
      <HoorzittingPlannenDialoog p={p} opened={dialoog === 'hoorzitting-plannen'} onClose={sluit} />
      <VerslagDialoog p={p} opened={dialoog === 'hoorzitting-verslag'} onClose={sluit} />
      <BeslissingVoorstellenDialoog p={p} opened={dialoog === 'beslissing-voorstellen'} onClose={sluit} />
      <AfsluitenDialoog p={p} opened={dialoog === 'afsluiten'} onClose={sluit} />
    </>
  );
}
