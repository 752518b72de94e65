/**
 * A real OpenID Connect provider on loopback for the tests, CI and trying the team server on one machine — the
 * maintained `oidc-provider` package with test accounts and a small sign-in form (name and password checked).
 * Not for production: the department's identity provider (Vlaamse overheid ACM/IDM) takes its place.
 *
 *   npm run idp:dev -- --port 4600 --redirect https://127.0.0.1:8443
 *
 * Test accounts (password `test`): the demo staff's subjects katrien, geert, sofie, marc, bart, lea, and
 * nieuw (known to the provider, not to WZT Backoffice: signs in without any role).
 */
import crypto from 'node:crypto';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Provider, { type Configuration } from 'oidc-provider';
import { DEMO_MEDEWERKERS } from '../db/seed/demo/medewerkers';

export interface TestAccount {
  naam: string;
  wachtwoord: string;
}

/** The demo staff by their sign-in identity, and one person the provider knows but WZT Backoffice does not. */
export const TEST_ACCOUNTS: Record<string, TestAccount> = {
  ...Object.fromEntries(DEMO_MEDEWERKERS.map((m) => [m.subject, { naam: m.naam, wachtwoord: 'test' }])),
  nieuw: { naam: 'Nele Nieuw', wachtwoord: 'test' },
};
export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function formulier(uid: string, fout?: string): string {
  return `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>Aanmelden — test-identiteitsprovider</title></head>
<body><main><h1>Aanmelden (testprovider)</h1>${fout ? `<p role="alert">${esc(fout)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}">
<label>Gebruikersnaam <input name="login" autocomplete="username" required autofocus></label>
<label>Wachtwoord <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Aanmelden</button></form></main></body></html>`;
}

async function leesFormulier(req: http.IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

/** Start the provider; `redirectBases` are the team servers' public URLs allowed to receive the sign-in. */
export async function startTestIdp(opts: { port?: number; redirectBases: string[]; accounts?: Record<string, TestAccount> }): Promise<TestIdp> {
  const accounts = opts.accounts ?? TEST_ACCOUNTS;
  const clientId = 'wzt-backoffice';
  const clientSecret = 'test-geheim-van-de-testprovider';
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: opts.redirectBases.map((b) => new URL('/auth/terug', b).href),
        post_logout_redirect_uris: opts.redirectBases.map((b) => new URL('/auth/afgemeld', b).href),
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: async (_ctx, sub) =>
      accounts[sub] ? { accountId: sub, claims: async () => ({ sub, name: accounts[sub].naam }) } : undefined,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true, logoutSource: async (ctx, form) => {
      // Sign out without a confirmation page: submit the provider's own form at once.
      const metJa = form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>');
      ctx.body = `<!doctype html><html><body>${metJa}<script>document.forms[0].submit()</script></body></html>`;
    } } },
    // First-party client: no consent screen (the department's own application).
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
    cookies: { keys: ['test-sleutel-van-de-testprovider-niet-geheim'] },
    // A signing key made at start (a test provider keeps nothing).
    jwks: { keys: [{ ...crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] as never },
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  };
  const provider = new Provider(issuer, configuration);
  provider.on('server_error', (_ctx, err) => console.error('testprovider:', err));
  const callback = provider.callback();

  server.on('request', async (req, res) => {
    const m = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
    if (!m) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name !== 'login') {
        // Consent is given by loadExistingGrant; anything else finishes as is.
        return await provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
      }
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(formulier(m[1]));
      }
      const f = await leesFormulier(req);
      const login = f.get('login') ?? '';
      const account = accounts[login];
      if (!account || account.wachtwoord !== f.get('password')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(formulier(m[1], 'Onbekende gebruikersnaam of fout wachtwoord.'));
      }
      await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
    } catch (err) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Aanmelding niet mogelijk: ${(err as Error).message}`);
    }
  });

  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4600' }, redirect: { type: 'string', multiple: true } } });
  const idp = await startTestIdp({ port: Number(values.port), redirectBases: values.redirect ?? ['https://127.0.0.1:8443'] });
  console.log(`Test-identiteitsprovider: ${idp.issuer}`);
  console.log(`  client-id: ${idp.clientId}   clientgeheim: ${idp.clientSecret}`);
  console.log(`  accounts (wachtwoord "test"): ${Object.keys(TEST_ACCOUNTS).join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
