import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, isIP, type AddressInfo, type Socket } from 'node:net';
import { checkedLookup } from './http-get.js';

/**
 * A loopback HTTP proxy that a tool's HTTP client (GDAL's, through GDAL_HTTP_PROXY) must go through, so that every
 * connection the tool makes, redirects included, is checked the way our own reads are: `checkHost` for the host
 * name (and the path, for plain http), `checkAddress` for every address it resolves to (the connection goes to a
 * checked address: no second lookup). Plain http requests are forwarded one by one (a redirect comes back to the
 * tool, whose next request is checked again); https goes through CONNECT tunnels to checked addresses. A refused
 * request gets 403 and is recorded in `refused`. Both sides of a connection end together, and a connection idle for
 * `idleTimeoutMs` is ended, so that a host that never closes keeps nothing open once the tool is done.
 */
export interface PolicyProxyChecks {
  /** Why `host` may not be contacted, or undefined; `path` is given for plain http requests (not for tunnels). */
  checkHost(host: string, path?: string): Error | undefined;
  /** Why `address` (one of `host`'s) may not be contacted, or undefined. */
  checkAddress(host: string, address: string): Error | undefined;
}

export interface PolicyProxyOptions {
  /** A connection (either side) with no data for this long is ended (default 60 s). */
  idleTimeoutMs?: number;
}

export interface PolicyProxy {
  /** `127.0.0.1:<port>`, as GDAL_HTTP_PROXY takes it. */
  address: string;
  /** One line per refused request: `<host>: <why>`. */
  refused: string[];
  /** Stops listening and ends every connection, both sides. */
  close(): Promise<void>;
}

/** The first refusal of `host` (name, then a literal address); checked names are resolved by `checkedLookup`. */
function refusalOf(host: string, checks: PolicyProxyChecks, path?: string): Error | undefined {
  const bare = host.replace(/^\[|\]$/g, '');
  return checks.checkHost(bare, path) ?? (isIP(bare) ? checks.checkAddress(bare, bare) : undefined);
}

/** What the handlers share: the checks, how to refuse, and every open socket (ended with the proxy). */
interface ProxyContext {
  checks: PolicyProxyChecks;
  refuse: (host: string, err: Error, answer: () => void) => void;
  idleTimeoutMs: number;
  sockets: Set<Socket>;
}

/** Keeps `socket` in the context's set until it closes, and ends it after the idle timeout. */
function track(socket: Socket, ctx: ProxyContext, onIdle: () => void): void {
  ctx.sockets.add(socket);
  socket.on('close', () => ctx.sockets.delete(socket));
  socket.setTimeout(ctx.idleTimeoutMs, onIdle);
}

function forward(req: IncomingMessage, res: ServerResponse, ctx: ProxyContext): void {
  const { checks, refuse } = ctx;
  let url: URL;
  try {
    url = new URL(req.url ?? '');
  } catch {
    return void res.writeHead(400).end();
  }
  if (url.protocol !== 'http:') return void res.writeHead(400).end();
  const early = refusalOf(url.hostname, checks, url.pathname);
  if (early) return refuse(url.hostname, early, () => res.writeHead(403).end(early.message));
  let refusal: Error | undefined;
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !k.startsWith('proxy-')));
  const upstream = request(url, {
    method: req.method ?? 'GET',
    headers,
    agent: false,
    lookup: checkedLookup(checks.checkAddress, (e) => (refusal = e)) as never,
  });
  upstream.on('socket', (socket) => track(socket, ctx, () => upstream.destroy(new Error('upstream idle'))));
  upstream.on('response', (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.on('error', () => res.destroy());
    answer.pipe(res);
  });
  // the tool hung up (or the answer is complete): nothing more is read from upstream
  res.on('close', () => upstream.destroy());
  req.on('error', () => upstream.destroy());
  upstream.on('error', (err) => {
    if (refusal) refuse(url.hostname, refusal, () => res.writeHead(403).end(refusal?.message));
    else if (!res.headersSent) res.writeHead(502).end(err.message);
    else res.destroy();
  });
  req.pipe(upstream);
}

function tunnel(req: IncomingMessage, client: Socket, head: Buffer, ctx: ProxyContext) {
  const { checks, refuse } = ctx;
  track(client, ctx, () => client.destroy());
  client.on('error', () => undefined); // a client hanging up early; once tunnelled, both sides end together
  const at = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(req.url ?? '');
  if (!at) return void client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  const [host, port] = [at[1] as string, Number(at[2])];
  const forbidden = (e: Error) => refuse(host, e, () => client.end(`HTTP/1.1 403 Forbidden\r\n\r\n${e.message}`));
  const early = refusalOf(host, checks);
  if (early) return forbidden(early);
  let refusal: Error | undefined;
  const lookup = checkedLookup(checks.checkAddress, (e) => (refusal = e)) as never;
  const up = connect({ host: host.replace(/^\[|\]$/g, ''), port, lookup }, () => {
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    up.write(head);
    up.pipe(client).pipe(up);
    // from here on, neither side outlives the other
    up.on('close', () => client.destroy());
  });
  track(up, ctx, () => (up.destroy(), client.destroy()));
  client.on('close', () => up.destroy());
  up.on('error', () => (refusal ? forbidden(refusal) : client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')));
}

export async function startPolicyProxy(checks: PolicyProxyChecks, opts: PolicyProxyOptions = {}): Promise<PolicyProxy> {
  const refused: string[] = [];
  const ctx: ProxyContext = {
    checks,
    refuse: (host, err, answer) => {
      refused.push(`${host}: ${err.message}`);
      answer();
    },
    idleTimeoutMs: opts.idleTimeoutMs ?? 60_000,
    // tunnels leave the server's connections once CONNECT succeeds, and upstream sockets never were: closed by hand
    sockets: new Set(),
  };
  const server = createServer((req, res) => forward(req, res, ctx));
  server.on('connection', (socket: Socket) => socket.setTimeout(ctx.idleTimeoutMs, () => socket.destroy()));
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => tunnel(req, client, head, ctx));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        for (const socket of ctx.sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
