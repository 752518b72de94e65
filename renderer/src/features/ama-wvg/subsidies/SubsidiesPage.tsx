import { useCallback, useState } from 'react';
import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import { SUBSIDIE_BEREKENAARS, type SubsidieRun } from '../../../../../shared/ama-wvg/subsidie.contract';
import { useApi, useApiMutation } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { useMag } from '../../../components/rechten';
import { RUN_KOLOMMEN } from './columns';
import { RegisterGrid } from '../../../components/RegisterGrid';
import { NieuweBerekening } from '../../../components/betaalrun/NieuweBerekening';

/** Subsidies AMA WVG (art. 50): the half-yearly runs, and a new computation. */
export function SubsidiesPage() {
  const navigate = useNavigate();
  const runs = useApi('subsidie.list', {});
  const mag = useMag(SUBSIDIE_BEREKENAARS);
  const [nieuw, setNieuw] = useState(false);
  const open = useCallback((r: SubsidieRun) => navigate(`/subsidies/${r.id}`), [navigate]);
  return (
    <>
      <PageHeader
        titel="Subsidies AMA WVG"
        intro="De halfjaarlijkse subsidie aan erkende begeleiders arbeidsmatige activiteiten: pro rata de begeleide dagen per deelnemer, binnen het maximum aantal begeleidingen (BVR 18 november 2022, art. 50)."
        acties={mag && <Button onClick={() => setNieuw(true)}>Nieuwe berekening</Button>}
      />
      <RegisterGrid<SubsidieRun>
        gridId="subsidieruns"
        ariaLabel="Subsidieruns"
        query={runs}
        columnDefs={RUN_KOLOMMEN}
        getRowId={(r) => String(r.id)}
        onOpen={open}
        rijNaam={['betaalrun', 'betaalruns']}
        height="calc(100vh - 320px)"
      />
      <NieuweSubsidie opened={nieuw} onClose={() => setNieuw(false)} />
    </>
  );
}

/** Choose the half-year and compute a proposal, with progress. */
function NieuweSubsidie({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const bereken = useApiMutation('subsidie.berekenVoorstel', { invalidates: ['subsidie.list'] });
  return (
    <NieuweBerekening
      opened={opened}
      onClose={onClose}
      titel="Nieuwe berekening"
      uitleg="Het voorstel wordt berekend uit het register van de overeenkomsten en de erkenningen op dit moment. Werd het halfjaar al eerder afgerekend, dan bevat het nieuwe voorstel enkel het verschil (bijbetaling of terugvordering)."
      bereken={(periode, jobId) => bereken.mutateAsync({ periode, jobId })}
      bezig={bereken.isPending}
      samenvatting={(run) => `${(run as SubsidieRun).aantalBegunstigden} begeleiders.`}
      pad={(id) => `/subsidies/${id}`}
      startBericht="Overeenkomsten lezen..."
    />
  );
}
