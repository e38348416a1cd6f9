import type { IncomingMessage } from 'node:http';

export type BodyResult = { readonly ok: true; readonly body: Buffer } | { readonly ok: false; readonly reason: 'too-large' | 'aborted' };

/**
 * Reads a request body of at most `maxBytes`. A larger body is read to its end and thrown away (so
 * the client, still sending, does receive the 400) unless it passes `drainBytes`, when reading stops
 * at once and the connection is to be closed.
 */
export function readBody(request: IncomingMessage, maxBytes: number, drainBytes = maxBytes * 10): Promise<BodyResult> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > drainBytes) return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      request.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > drainBytes) finish({ ok: false, reason: 'too-large' });
      else if (size > maxBytes) chunks.length = 0;
      else chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => finish(size > maxBytes ? { ok: false, reason: 'too-large' } : { ok: true, body: Buffer.concat(chunks) }));
    request.once('error', () => finish({ ok: false, reason: 'aborted' }));
    request.once('close', () => finish({ ok: false, reason: 'aborted' }));
  });
}
