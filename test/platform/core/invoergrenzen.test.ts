/**
 * Input limits at the contract (issue 14): every text field of every method's input has a maximum length and refuses
 * control characters; dates are real days between 1900 and 2199; messages are plain Dutch naming the field, never zod's
 * technical wording; a request is a JSON object.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { createTestApp } from '../../helpers/app';

type Schema = { _zod: { def: Record<string, any> } };

/** Every string schema in an input, with the path to it. */
function strings(s: Schema | undefined, pad: string, uit: { pad: string; schema: Schema }[], gezien = new Set<unknown>()): typeof uit {
  if (!s?._zod || gezien.has(s)) return uit;
  gezien.add(s);
  const def = s._zod.def;
  const verder = (x: Schema, p = pad) => strings(x, p, uit, gezien);
  switch (def.type) {
    case 'string': uit.push({ pad, schema: s }); break;
    case 'object': for (const [k, v] of Object.entries(def.shape)) verder(v as Schema, `${pad}.${k}`); if (def.catchall) verder(def.catchall); break;
    case 'array': verder(def.element, `${pad}[]`); break;
    case 'optional': case 'nullable': case 'default': case 'readonly': case 'catch': case 'nonoptional': case 'prefault': verder(def.innerType); break;
    case 'pipe': verder(def.in); verder(def.out); break;
    case 'union': for (const o of def.options) verder(o); break;
    case 'intersection': verder(def.left); verder(def.right); break;
    case 'record': verder(def.keyType, `${pad}{sleutel}`); verder(def.valueType, `${pad}{}`); break;
    case 'tuple': def.items.forEach((o: Schema, i: number) => verder(o, `${pad}[${i}]`)); break;
    case 'lazy': verder(def.getter()); break;
  }
  return uit;
}

const checks = (s: Schema) => ((s._zod.def.checks ?? []) as { _zod: { def: Record<string, any> } }[]).map((c) => c._zod.def);

describe('input limits at the contract', () => {
  const alle = Object.entries(contract).flatMap(([m, d]) => strings((d as { input: Schema }).input, m, []));

  it('every text field has a maximum length', () => {
    expect(alle.length).toBeGreaterThan(150);
    const zonder = alle.filter(({ schema }) => !checks(schema).some((c) => c.check === 'max_length' || c.check === 'length_equals')).map((x) => x.pad);
    expect(zonder).toEqual([]);
  });

  it('every text field refuses control characters (a NUL byte, an escape), single-line fields also line breaks', () => {
    const doorgelaten = alle
      .filter(({ schema }) => !checks(schema).some((c) => c.check === 'string_format' && c.pattern instanceof RegExp && !c.pattern.test('a\u0000b') && !c.pattern.test('a\u001bb')))
      .map((x) => x.pad);
    expect(doorgelaten).toEqual([]);
  });

  const t = createTestApp();
  afterAll(() => t.close());

  it('a 1 MB street, a NUL in a name, an impossible or absurd date: refused with a Dutch message naming the field, nothing written', async () => {
    const voor = t.count('audit_entry');
    const basis = { naam: 'vzw Grens', kbo: '0417.497.106', typeCode: 'CAW', straat: 'Kerkstraat 1', postcode: '9000', gemeente: 'Gent', regioCode: 'GENT', contactpersonen: [{ naam: 'An Peeters' }] };
    const straat = await t.fail('organisatie.create', { ...basis, straat: 'x'.repeat(1_000_000) });
    expect(straat).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'straat', melding: 'Maximaal 200 tekens.' }] });
    expect(straat.message).toBe('straat: Maximaal 200 tekens.');
    expect(await t.fail('organisatie.create', { ...basis, naam: 'vzw\u0000Grens' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'naam' }] });
    expect(await t.fail('organisatie.create', { ...basis, naam: 'vzw\nGrens' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'naam' }] });
    expect(await t.fail('hernieuwing.kandidaten', { datum: '9999-12-31' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'datum', melding: 'Geef een datum tussen 1900 en 2199.' }] });
    expect(await t.fail('hernieuwing.kandidaten', { datum: '2024-02-30' })).toMatchObject({ code: 'VALIDATIE', details: [{ veld: 'datum', melding: 'Deze datum bestaat niet.' }] });
    expect(t.count('audit_entry')).toBe(voor);
  });

  it('a multi-line text keeps its line breaks', async () => {
    const r = contract['aanvraag.vraagInfo'].input.safeParse({ id: 1, datum: '2026-11-20', gevraagd: 'Het diploma.\nHet attest.' });
    expect(r.success ? (r.data as { gevraagd: string }).gevraagd : r.error.issues).toBe('Het diploma.\nHet attest.');
  });

  it('never zod’s technical wording: a missing field, a wrong type, null instead of an object', async () => {
    const fouten = [
      await t.fail('organisatie.create', {}),
      await t.fail('organisatie.create', { naam: 12 }),
      await t.fail('organisatie.list', null),
      await t.fail('organisatie.list', 'tekst'),
    ];
    for (const f of fouten) {
      expect(f.code).toBe('VALIDATIE');
      expect(f.message).not.toMatch(/verwacht|ontving|expected|received|Invalid|Ongeldige invoer/);
    }
    expect(fouten[2].message).toBe('De invoer moet een object met velden zijn (JSON).');
  });
});
