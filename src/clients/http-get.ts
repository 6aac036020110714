import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

/**
 * One HTTP GET under limits, for reads whose URLs come from untrusted documents: the body is streamed and counted
 * (the request is aborted once it passes `maxBytes`, never buffered whole), one timer covers connection, headers
 * and body, and every address the host resolves to is shown to `checkAddress` before connecting (the connection
 * goes to an address that was checked: no second lookup). Redirects are not followed: the caller gets the
 * `location` and decides.
 */

export interface HttpGetOptions {
  maxBytes: number;
  timeoutMs: number;
  /** Aborts the request (e.g. a deadline over several requests). */
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Why `address` (one of `host`'s) may not be contacted; undefined when it may. */
  checkAddress(host: string, address: string): Error | undefined;
}

export interface HttpGetResult {
  status: number;
  statusText: string;
  /** The Location header of a redirect. */
  location?: string;
  /** Empty unless the status is 2xx. */
  body: Buffer;
}

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`the response is larger than ${maxBytes} bytes`);
  }
}

export class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no complete response within ${timeoutMs / 1000} s`);
  }
}

type LookupCallback = (err: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request (and net.connect) that refuses when any address of the host is refused. */
export function checkedLookup(check: HttpGetOptions['checkAddress'], refused: (err: Error) => void) {
  return (hostname: string, opts: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true, family: opts.family ?? 0 }, (err, addresses) => {
      if (err) return callback(err, '');
      for (const a of addresses) {
        const refusal = check(hostname, a.address);
        if (refusal) {
          refused(refusal);
          return callback(refusal, '');
        }
      }
      const first = addresses[0];
      if (opts.all) callback(null, addresses);
      else callback(null, first?.address ?? '', first?.family ?? 4);
    });
  };
}

function readBody(res: IncomingMessage, maxBytes: number, fail: (err: Error) => void, done: (b: Buffer) => void) {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return fail(new BodyTooLargeError(maxBytes));
  const chunks: Buffer[] = [];
  let size = 0;
  res.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) fail(new BodyTooLargeError(maxBytes));
    else chunks.push(chunk);
  });
  res.on('end', () => done(Buffer.concat(chunks, size)));
  res.on('error', fail);
}

export function httpGet(url: URL, options: HttpGetOptions): Promise<HttpGetResult> {
  return new Promise((resolve, reject) => {
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    const early = isIP(literal) ? options.checkAddress(literal, literal) : undefined;
    if (early) return reject(early);
    let settled = false;
    let refusal: Error | undefined;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const fail = (err: Error): void =>
      finish(() => {
        req.destroy();
        reject(refusal ?? err);
      });
    const onAbort = (): void =>
      fail(options.signal?.reason instanceof Error ? options.signal.reason : new Error('aborted'));
    const get = url.protocol === 'https:' ? https.get : http.get;
    const req = get(
      url,
      {
        headers: options.headers ?? {},
        lookup: checkedLookup(options.checkAddress, (e) => (refusal = e)) as never,
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const head = { status, statusText: res.statusMessage ?? '' };
        if (status < 200 || status > 299) {
          const location = res.headers.location;
          finish(() => resolve({ ...head, ...(location ? { location } : {}), body: Buffer.alloc(0) }));
          res.destroy();
          return;
        }
        readBody(res, options.maxBytes, fail, (body) => finish(() => resolve({ ...head, body })));
      },
    );
    const timer = setTimeout(() => fail(new RequestTimeoutError(options.timeoutMs)), options.timeoutMs);
    req.on('error', fail);
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
