import { Navigate, useParams } from 'react-router';
import { useApi } from '../../../api/hooks';
import { Fout, Laden } from '../../../components/States';

/** Where a payment run is shown, per scheme. */
const PAGINA: Record<string, string> = {
  AMA_WVG: '/subsidies',
  SWV_ZORG: '/samenwerkingsverbanden/compensatie',
  AMA_SE_VOORSCHOT: '/contingenten/voorschotten',
  AMA_SE_AFREKENING: '/contingenten/afrekeningen',
};

/** `/betaalruns/:id` (links from letters and decisions): to the page of the run's scheme. */
export function BetaalRunDoorverwijzing() {
  const runId = Number(useParams().id);
  const run = useApi('betaalrun.get', { runId });
  if (run.isError) return <Fout error={run.error} titel="Betaalrun niet gevonden" />;
  if (!run.data) return <Laden />;
  return <Navigate replace to={`${PAGINA[run.data.regeling] ?? '/subsidies'}/${runId}`} />;
}
