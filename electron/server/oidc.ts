import * as client from 'openid-client';
import type { TeamConfig } from './config';

/**
 * Sign-in at the identity provider with OpenID Connect: authorization code with PKCE (S256) and state, through the
 * maintained `openid-client`. The provider's metadata comes from its discovery document at start.
 */
export interface Aanmeldverzoek {
  url: string;
  state: string;
  verifier: string;
}

export interface Identiteitsprovider {
  begin(): Promise<Aanmeldverzoek>;
  /** Exchange the code of the callback URL; gives the proven identity (subject and display name). */
  terug(callbackUrl: URL, verwacht: { state: string; verifier: string }): Promise<{ subject: string; naam: string; idToken?: string }>;
  /** Where to send the browser to sign out at the provider too (null: the provider has no end-session endpoint). */
  afmeldUrl(idToken: string | undefined, terugUrl: string): string | null;
}

export async function identiteitsprovider(config: TeamConfig): Promise<Identiteitsprovider> {
  const idp = config.identiteitsprovider;
  const issuer = new URL(idp.issuer);
  // Plain http only for a provider on this machine (tests, development): the configuration refuses it elsewhere.
  const onveilig = issuer.protocol === 'http:';
  const cfg = await client.discovery(issuer, idp.clientId, idp.clientSecret, undefined, onveilig ? { execute: [client.allowInsecureRequests] } : undefined);
  const redirectUri = new URL('/auth/terug', config.publiekeUrl).href;
  return {
    async begin() {
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const url = client.buildAuthorizationUrl(cfg, {
        redirect_uri: redirectUri,
        scope: idp.scope,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
      });
      return { url: url.href, state, verifier };
    },
    async terug(callbackUrl, verwacht) {
      const tokens = await client.authorizationCodeGrant(cfg, callbackUrl, { pkceCodeVerifier: verwacht.verifier, expectedState: verwacht.state, idTokenExpected: true });
      const idClaims = tokens.claims();
      if (!idClaims?.sub) throw new Error('De identiteitsprovider gaf geen subject.');
      // Many providers put the profile claims only in the userinfo answer (OIDC Core 5.4): ask there when the id token has no name.
      const claims = idClaims.name || idClaims.given_name ? idClaims : { ...idClaims, ...(await client.fetchUserInfo(cfg, tokens.access_token, idClaims.sub)) };
      const naam = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : [claims.given_name, claims.family_name].filter((x) => typeof x === 'string').join(' ') || claims.sub;
      return { subject: claims.sub, naam, idToken: tokens.id_token };
    },
    afmeldUrl(idToken, terugUrl) {
      if (!cfg.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(cfg, { post_logout_redirect_uri: terugUrl, ...(idToken ? { id_token_hint: idToken } : {}) }).href;
    },
  };
}
