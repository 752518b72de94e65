import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { foutmelding } from '../../api/client';
import { useJob, useSessie } from '../../api/hooks';
import { JobVoortgangBalk } from '../JobVoortgang';
import { useToast } from '../Toasts';
import { periodeLabel } from './labels';

/** The months from two years back to next month, newest first; the default: the running month (an advance is paid ahead). */
export function maanden(vandaag: string): { opties: string[]; standaard: string } {
  const jaar = Number(vandaag.slice(0, 4)) || 2026;
  const maand = Number(vandaag.slice(5, 7)) || 1;
  const opties: string[] = [];
  for (let i = 1; i >= -24; i--) {
    const t = jaar * 12 + (maand - 1) + i;
    opties.push(`${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`);
  }
  return { opties, standaard: opties[1] };
}

/** The last four calendar years that have ended, newest first. */
export function jaren(vandaag: string): { opties: string[]; standaard: string } {
  const jaar = (Number(vandaag.slice(0, 4)) || 2026) - 1;
  const opties = [0, 1, 2, 3].map((i) => String(jaar - i));
  return { opties, standaard: opties[0] };
}

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
  /** The periods to choose from (default: half-years) and what they are called. */
  perioden?: { opties: string[]; standaard: string; label: string };
}

/** Choose the period of a scheme (half-year, month, year) and compute a proposal, with progress (every scheme's "Nieuwe berekening"). */
export function NieuweBerekening({ opened, onClose, titel, uitleg, bereken, bezig, samenvatting, pad, startBericht, perioden }: Props) {
  const navigate = useNavigate();
  const toast = useToast();
  const halfjaar = halfjaren(useSessie().data?.vandaag ?? '');
  const { opties, standaard, label } = perioden ?? { ...halfjaar, label: 'Halfjaar' };
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
          <NativeSelect label={label} value={periode} onChange={(e) => setPeriode(e.currentTarget.value)} data={opties.map((p) => ({ value: p, label: periodeLabel(p) }))} data-autofocus />
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
