import { useCallback, useState } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { SUBSIDIE_BEREKENAARS, type SubsidieRun } from '../../../../../shared/ama-wvg/subsidie.contract';
import { foutmelding } from '../../../api/client';
import { useApi, useApiMutation, useJob, useSessie } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { useMag } from '../../../components/rechten';
import { useToast } from '../../../components/Toasts';
import { RUN_KOLOMMEN } from './columns';
import { periodeLabel } from './labels';
import { RegisterGrid } from '../../../components/RegisterGrid';
import { JobVoortgangBalk } from '../../../components/JobVoortgang';

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
        rijNaam={['run', 'runs']}
        height="calc(100vh - 320px)"
      />
      <NieuweBerekening opened={nieuw} onClose={() => setNieuw(false)} />
    </>
  );
}

function halfjaren(vandaag: string): string[] {
  const jaar = Number(vandaag.slice(0, 4)) || 2026;
  const uit: string[] = [];
  for (let j = jaar; j >= jaar - 3; j--) uit.push(`${j}-H2`, `${j}-H1`);
  return uit;
}

/** Choose the half-year and compute a proposal, with progress. */
function NieuweBerekening({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const toast = useToast();
  const vandaag = useSessie().data?.vandaag ?? '';
  const opties = halfjaren(vandaag);
  const standaard = vandaag.slice(5, 7) >= '07' ? `${vandaag.slice(0, 4)}-H1` : `${Number(vandaag.slice(0, 4)) - 1}-H2`;
  const [periode, setPeriode] = useState(standaard);
  const [fout, setFout] = useState<string | null>(null);
  const bereken = useApiMutation('subsidie.berekenVoorstel', { invalidates: ['subsidie.list'] });
  const job = useJob();
  const start = async () => {
    setFout(null);
    try {
      const run = await job.run((jobId) => bereken.mutateAsync({ periode, jobId }), 'Overeenkomsten lezen...');
      toast('succes', 'Voorstel berekend', `${periodeLabel(run.periode)}, afrekening ${run.volgnummer}: ${run.aantalBegunstigden} begeleiders.`);
      onClose();
      navigate(`/subsidies/${run.id}`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Nieuwe berekening" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <Text size="sm">
          Het voorstel wordt berekend uit het register van de overeenkomsten en de erkenningen op dit moment. Werd het halfjaar al eerder afgerekend,
          dan bevat het nieuwe voorstel enkel het verschil (bijbetaling of terugvordering).
        </Text>
        {opened && (
          <NativeSelect
            label="Halfjaar"
            value={periode}
            onChange={(e) => setPeriode(e.currentTarget.value)}
            data={opties.map((p) => ({ value: p, label: periodeLabel(p) }))}
            data-autofocus
          />
        )}
        {fout && (
          <Alert color="red" role="alert" title="Niet berekend">
            {fout}
          </Alert>
        )}
        <JobVoortgangBalk voortgang={job.voortgang} label="Voortgang van de berekening" />
        <Group>
          <Button onClick={() => void start()} loading={bereken.isPending}>
            Voorstel berekenen
          </Button>
          <Button variant="default" onClick={onClose}>
            Annuleren
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
