import type { DocumentMeta } from '../../../../shared/letters/brief.contract';
import { formatDatum } from '../../components/format';
import { KANAAL_LABELS } from '../../components/labels';

/** "Aangetekende zending 23/11/2026" for the latest sending, or "Nog niet". */
export function verzendStatus(d: Pick<DocumentMeta, 'verzendingen'>): string {
  const v = d.verzendingen?.[d.verzendingen.length - 1];
  if (!v) return 'Nog niet';
  return `${KANAAL_LABELS[v.kanaal] ?? v.kanaal} ${formatDatum(v.verzondenOp)}`;
}
