import type { AuditRij } from '../../../../../shared/platform/audit.contract';
import type { Referentiedata } from '../../../../../shared/platform/referentie.contract';
import { formatDatum } from '../../../components/format';
import { STATUS_LABELS, veldLabel } from '../../../components/labels';

export interface Wijziging {
  veld: string;
  label: string;
  oud: string | null;
  nieuw: string | null;
}

const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** One audited value as text: dates nl-BE, codes by name, contact persons by name. */
export function auditWaarde(veld: string, v: unknown, ref?: Referentiedata): string {
  if (v === null || v === undefined || v === '') return '(leeg)';
  if (typeof v === 'string') {
    if (ISO_DATUM.test(v)) return formatDatum(v);
    if (ref && veld === 'typeCode') return ref.organisatieTypes.find((t) => t.code === v)?.naam ?? v;
    if (ref && veld === 'regioCode') return ref.regios.find((r) => r.code === v)?.naam ?? v;
    if (veld === 'status' && (v === 'actief' || v === 'stopgezet')) return STATUS_LABELS[v];
    return v;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '(geen)';
    return v
      .map((x) => {
        if (x && typeof x === 'object' && 'naam' in x) {
          const c = x as { naam: unknown; functie?: unknown };
          return c.functie ? `${String(c.naam)} (${String(c.functie)})` : String(c.naam);
        }
        return auditWaarde(veld, x, ref);
      })
      .join('; ');
  }
  return JSON.stringify(v);
}

/** The changed fields of one audit entry (for a creation: every field with its new value). */
export function wijzigingen(rij: Pick<AuditRij, 'oud' | 'nieuw'>, ref?: Referentiedata): Wijziging[] {
  const oud = rij.oud ?? {};
  const nieuw = rij.nieuw ?? {};
  const velden = [...new Set([...Object.keys(oud), ...Object.keys(nieuw)])];
  return velden.map((veld) => ({
    veld,
    label: veldLabel(veld),
    oud: rij.oud ? auditWaarde(veld, oud[veld], ref) : null,
    nieuw: rij.nieuw ? auditWaarde(veld, nieuw[veld], ref) : null,
  }));
}

/** Compact text for a grid cell: `Naam: oud → nieuw; Postcode: 2000 → 2018`. */
export function wijzigingCompact(rij: Pick<AuditRij, 'oud' | 'nieuw'>, ref?: Referentiedata): string {
  return wijzigingen(rij, ref)
    .map((w) => (w.oud === null ? `${w.label}: ${w.nieuw}` : w.nieuw === null ? `${w.label}: ${w.oud} → (verwijderd)` : `${w.label}: ${w.oud} → ${w.nieuw}`))
    .join('; ');
}
