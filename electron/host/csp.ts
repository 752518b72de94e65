import fs from 'node:fs';
import path from 'node:path';

/**
 * The Content Security Policy of the application page. The renderer's `index.html` carries it as a
 * `<meta http-equiv="Content-Security-Policy">`; both hosts send the very same policy as an HTTP header
 * (defence in depth). Where the built `index.html` has a meta CSP, the hosts take that exact string
 * (`cspForStaticDir`), so header and meta can never drift apart; this constant is the fallback and the
 * policy the renderer's meta is expected to carry.
 *
 * - scripts only from the app itself (no inline, no eval);
 * - styles from the app plus inline style attributes/tags (Mantine and AG Grid inject styles);
 * - images and fonts from the app, `data:` and `blob:` (generated charts, PDF previews);
 * - PDF previews in a frame from `blob:`; no plugins/objects, no <base>; API calls only to the own origin.
 */
export const DEFAULT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src blob: 'self'",
].join('; ');

const META_CSP = /<meta\s[^>]*http-equiv\s*=\s*["']Content-Security-Policy["'][^>]*>/i;
const CONTENT = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

/** The policy of a `<meta http-equiv="Content-Security-Policy" content="...">` in an HTML page, if any. */
export function readMetaCsp(html: string): string | null {
  const tag = META_CSP.exec(html)?.[0];
  if (!tag) return null;
  const m = CONTENT.exec(tag);
  const value = (m?.[1] ?? m?.[2] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();
  return value || null;
}

/** The policy to send with the pages of a built renderer: its own meta CSP, else `DEFAULT_CSP`. */
export function cspForStaticDir(staticDir: string | undefined): string {
  if (!staticDir) return DEFAULT_CSP;
  try {
    return readMetaCsp(fs.readFileSync(path.join(staticDir, 'index.html'), 'utf8')) ?? DEFAULT_CSP;
  } catch {
    return DEFAULT_CSP;
  }
}
