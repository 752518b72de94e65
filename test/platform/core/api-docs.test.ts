import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApiDocs } from '../../../shared/api/docs';

describe('docs/api.md', () => {
  it('is up to date with the contract (run `npm run docs:api`)', () => {
    expect(fs.readFileSync('docs/api.md', 'utf8')).toBe(renderApiDocs());
  });
});
