import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP server that records every request it gets (method, path, headers) and answers with the
 * handler given (default: 404). Security tests point forbidden links at it and assert it was never contacted.
 */
export interface CapturedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  /** The request body as text, once it has arrived. */
  body?: string;
}

export interface CaptureServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  requests: CapturedRequest[];
  close(): Promise<void>;
}

export type CaptureHandler = (req: IncomingMessage, res: ServerResponse) => void;

export async function startCaptureServer(handler?: CaptureHandler): Promise<CaptureServer> {
  const requests: CapturedRequest[] = [];
  const server = createServer((req, res) => {
    const captured: CapturedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers };
    requests.push(captured);
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (captured.body = (captured.body ?? '') + chunk));
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers every request with this JSON document. */
export function serveJson(body: unknown, status = 200): CaptureHandler {
  return (_req, res) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * Serves files by path (`/cog.tif`) the way a blob store does: HEAD, and a single `Range: bytes=a-b` answered
 * with 206 and just those bytes (what GDAL's /vsicurl/ asks for); other paths get 404.
 */
export function serveFiles(files: Readonly<Record<string, { bytes: Buffer; type: string }>>): CaptureHandler {
  return (req, res) => {
    const file = files[(req.url ?? '').split('?')[0] ?? ''];
    if (file === undefined) return void res.writeHead(404).end();
    const { bytes, type } = file;
    const body = (b: Buffer) => (req.method === 'HEAD' ? undefined : b);
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    const headers = { 'content-type': type, 'accept-ranges': 'bytes' };
    if (range === null) return void res.writeHead(200, { ...headers, 'content-length': bytes.length }).end(body(bytes));
    const start = Number(range[1]);
    const end = Math.min(range[2] ? Number(range[2]) : bytes.length - 1, bytes.length - 1);
    if (start >= bytes.length) return void res.writeHead(416, { 'content-range': `bytes */${bytes.length}` }).end();
    res.writeHead(206, {
      ...headers,
      'content-length': end - start + 1,
      'content-range': `bytes ${start}-${end}/${bytes.length}`,
    });
    res.end(body(bytes.subarray(start, end + 1)));
  };
}
