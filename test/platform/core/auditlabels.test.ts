/**
 * Every entity the core audits has a Dutch name in the audit trail (renderer/src/components/labels.ts): an import's
 * summary entry showed as "Erkenning-import". The demo's audit is checked too (test/ama-wvg/core/demo-overeenkomsten).
 */
import { describe, expect, it } from 'vitest';
import { ENTITEIT_LABELS, entiteitLabel } from '../../../renderer/src/components/labels';
import { literalenInBron } from '../../helpers/bron';

describe('audited entities: named in Dutch', () => {
  it('every `entiteit: …` and every import summary of the core has a name', () => {
    const entiteiten = new Set(literalenInBron('electron/core', /entiteit: '([a-z_-]+)'|importSamenvattingAudit\('([a-z_-]+)'/g));
    // The scan finds both forms, so an empty set cannot pass.
    expect([...entiteiten]).toEqual(expect.arrayContaining(['organisatie', 'se_contingent', 'traject-import', 'erkenning-import']));
    expect([...entiteiten].filter((e) => !(e in ENTITEIT_LABELS))).toEqual([]);
    expect(entiteitLabel('se-deelname-import')).toBe('Import begeleidingsovereenkomsten AMA SE');
  });
});
