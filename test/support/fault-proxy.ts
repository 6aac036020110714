/**
 * A small HTTP proxy on 127.0.0.1 in front of a real service that can answer some requests
 * itself (429 with Retry-After, 502, 405, a non-JSON body, a rewritten body) and records every
 * request it saw. The Host header is passed through, so links the service builds from it
 * (stac-fastapi's `next` links) point back at the proxy.
 */
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  /** 1-based request number. */
  n: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the client got. */
  status: number;
  /** True when the proxy answered itself. */
  injected: boolean;
  /** The service's answer body (also when the client had given up waiting for it). */
  answer?: string;
}

export type Fault =
  /**
   * Forward to the service, optionally after `delayMs` (to model network latency); `holdAnswerMs`: the service
   * does the work at once, its answer reaches the client only that much later (a saturated endpoint).
   */
  | { kind: 'pass'; delayMs?: number; holdAnswerMs?: number }
  | { kind: 'answer'; status: number; headers?: Record<string, string>; body?: string }
  /** Pass to the service, then replace the JSON body with `rewrite(json)`. */
  | { kind: 'rewrite'; rewrite: (json: unknown) => unknown }
  /** Drop the connection without answering. */
  | { kind: 'reset' };

export interface FaultProxy {
  url: string;
  requests: ProxiedRequest[];
  setFaults(decide: (req: { n: number; method: string; path: string; body: string }) => Fault): void;
  /** Forgets recorded requests, restarts numbering at 1 and passes everything through. */
  reset(): void;
  close(): Promise<void>;
}

/** Sends the recorded request on to the service and its answer (rewritten when `fault` says so) to the client. */
function forward(upstream: URL, req: IncomingMessage, res: ServerResponse, record: ProxiedRequest, fault: Fault): void {
  const up = request(
    {
      host: upstream.hostname,
      port: upstream.port,
      method: record.method,
      path: record.path,
      headers: { ...req.headers, 'accept-encoding': 'identity' },
    },
    (upRes) => {
      const parts: Buffer[] = [];
      upRes.on('data', (c: Buffer) => parts.push(c));
      upRes.on('end', () => {
        let out = Buffer.concat(parts);
        const headers = { ...upRes.headers };
        if (fault.kind === 'rewrite') {
          out = Buffer.from(JSON.stringify(fault.rewrite(JSON.parse(out.toString('utf8')))));
          record.injected = true;
        }
        delete headers['transfer-encoding'];
        headers['content-length'] = String(out.length);
        record.status = upRes.statusCode ?? 502;
        record.answer = out.toString('utf8');
        const answer = (): void => {
          if (res.destroyed) return;
          res.writeHead(record.status, headers);
          res.end(out);
        };
        const hold = fault.kind === 'pass' ? (fault.holdAnswerMs ?? 0) : 0;
        if (hold > 0) setTimeout(answer, hold);
        else answer();
      });
    },
  );
  up.on('error', (err) => {
    record.status = 502;
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`proxy: ${err.message}`);
  });
  up.end(record.body);
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const requests: ProxiedRequest[] = [];
  let decide: (req: { n: number; method: string; path: string; body: string }) => Fault = () => ({ kind: 'pass' });
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const record: ProxiedRequest = {
        n: ++n,
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body,
        status: 0,
        injected: false,
      };
      requests.push(record);
      const fault = decide({ n: record.n, method: record.method, path: record.path, body });
      if (fault.kind === 'reset') {
        record.injected = true;
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'answer') {
        record.injected = true;
        record.status = fault.status;
        res.writeHead(fault.status, { 'content-type': 'text/plain', ...fault.headers });
        res.end(fault.body ?? '');
        return;
      }
      const send = (): void => forward(upstream, req, res, record, fault);
      if (fault.kind === 'pass' && fault.delayMs) setTimeout(send, fault.delayMs);
      else send();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    setFaults(d) {
      decide = d;
    },
    reset() {
      requests.length = 0;
      n = 0;
      decide = () => ({ kind: 'pass' });
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
