import { contract } from './contract';

/** The API method list as Markdown, derived from the contract (docs/api.md). */
export function renderApiDocs(): string {
  const lines = [
    '# API methods',
    '',
    'Generated from `shared/api/contract.ts` by `npm run docs:api`; do not edit by hand.',
    'Every method is called as `api.call(method, input)` (Electron IPC) or `POST /api/<method>` (HTTP host)',
    'and answers `{ ok: true, value }` or `{ ok: false, error: { code, message, details } }`.',
    'The input schemas as JSON Schema: `GET /api/methods` on the HTTP host.',
    '',
    '| method | what it does | roles | writes |',
    '|---|---|---|---|',
  ];
  for (const [name, def] of Object.entries(contract).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| \`${name}\` | ${def.omschrijving} | ${def.roles.join(', ')} | ${def.mutates ? 'ja (geaudit)' : ''} |`);
  }
  return `${lines.join('\n')}\n`;
}
