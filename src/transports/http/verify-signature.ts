import { createPublicKey, type KeyObject, verify } from 'node:crypto';

// DER header of an Ed25519 SubjectPublicKeyInfo; the 32-byte raw key follows it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/u;
const TIMESTAMP = /^\d{1,20}$/u;

/** The application's public key (64 hex characters, from the Developer Portal) as a Node key. */
export function ed25519PublicKey(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/u.test(hex)) throw new Error('verify-signature: DISCORD_PUBLIC_KEY must be 64 hexadecimal characters');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/**
 * Discord's request signature: Ed25519 over the timestamp header followed by the raw body, hex in
 * `X-Signature-Ed25519`. Anything missing or malformed is simply not verified.
 */
export function verifyDiscordSignature(key: KeyObject, signature: string | undefined, timestamp: string | undefined, body: Buffer): boolean {
  if (!signature || !timestamp || !SIGNATURE_HEX.test(signature) || !TIMESTAMP.test(timestamp)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}
