import { createHash } from 'node:crypto';

/** SHA-256 of bytes as lowercase hex: the fingerprint stored with every document, import and export. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
