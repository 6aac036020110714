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
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
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
