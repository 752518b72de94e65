/**
 * The overview's deadlines: a dossier nobody handles yet says so in the "Behandelaar" column (the department's work,
 * shown to each of its officers under "Mijn dossiers"), instead of an empty cell.
 */
import { describe, expect, it } from 'vitest';
import type { ValueFormatterParams } from 'ag-grid-community';
import { INBOX_KOLOMMEN } from '../../../renderer/src/features/engines/inbox/columns';

describe('INBOX_KOLOMMEN', () => {
  it('names the behandelaar, or says nobody is assigned', () => {
    const kolom = INBOX_KOLOMMEN.find((k) => k.field === 'behandelaar')!;
    const toon = (value: string | null) => (kolom.valueFormatter as (p: ValueFormatterParams) => string)({ value } as ValueFormatterParams);
    expect(toon('Katrien Van den Broeck')).toBe('Katrien Van den Broeck');
    expect(toon(null)).toBe('niet toegewezen');
  });
});
