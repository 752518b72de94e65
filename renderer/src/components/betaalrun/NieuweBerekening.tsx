import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { foutmelding } from '../../api/client';
import { useJob, useSessie } from '../../api/hooks';
import { JobVoortgangBalk } from '../JobVoortgang';
import { useToast } from '../Toasts';
import { periodeLabel } from './labels';

/** The last four years' half-years, newest first, and the default: the last half-year that has ended. */
export function halfjaren(vandaag: string): { opties: string[]; standaard: string } {
  const jaar = Number(vandaag.slice(0, 4)) || 2026;
  const opties: string[] = [];
  for (let j = jaar; j >= jaar - 3; j--) opties.push(`${j}-H2`, `${j}-H1`);
  return { opties, standaard: vandaag.slice(5, 7) >= '07' ? `${jaar}-H1` : `${jaar - 1}-H2` };
}

interface Props {
  opened: boolean;
  onClose: () => void;
  titel: string;
  uitleg: ReactNode;
  /** Computes the proposal (a `*.berekenVoorstel` with the job id); returns the run. */
  bereken: (periode: string, jobId: string) => Promise<{ id: number; periode: string; volgnummer: number }>;
  bezig: boolean;
  /** What the toast says after the computation. */
  samenvatting: (run: { periode: string; volgnummer: number }) => string;
  /** Where the run is shown. */
  pad: (runId: number) => string;
  startBericht: string;
}

/** Choose the half-year of a half-yearly scheme and compute a proposal, with progress (every scheme's "Nieuwe berekening"). */
export function NieuweBerekening({ opened, onClose, titel, uitleg, bereken, bezig, samenvatting, pad, startBericht }: Props) {
  const navigate = useNavigate();
  const toast = useToast();
  const { opties, standaard } = halfjaren(useSessie().data?.vandaag ?? '');
  const [periode, setPeriode] = useState(standaard);
  const [fout, setFout] = useState<string | null>(null);
  const job = useJob();
  const start = async () => {
    setFout(null);
    try {
      const run = await job.run((jobId) => bereken(periode, jobId), startBericht);
      toast('succes', 'Voorstel berekend', `${periodeLabel(run.periode)}, afrekening ${run.volgnummer}: ${samenvatting(run)}`);
      onClose();
      navigate(pad(run.id));
    } catch (err) {
      setFout(foutmelding(err));
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={titel} closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      <Stack gap="sm">
        <Text size="sm">{uitleg}</Text>
        {opened && (
          <NativeSelect label="Halfjaar" value={periode} onChange={(e) => setPeriode(e.currentTarget.value)} data={opties.map((p) => ({ value: p, label: periodeLabel(p) }))} data-autofocus />
        )}
        {fout && (
          <Alert color="red" role="alert" title="Niet berekend">
            {fout}
          </Alert>
        )}
        <JobVoortgangBalk voortgang={job.voortgang} label="Voortgang van de berekening" />
        <Group>
          <Button onClick={() => void start()} loading={bezig}>
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
