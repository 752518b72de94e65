// Writes docs/api.md from the contract (npm run docs:api). A test fails when the file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderApiDocs } from '../shared/api/docs';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/api.md');
fs.writeFileSync(out, renderApiDocs());
console.log(`geschreven: ${out}`);
