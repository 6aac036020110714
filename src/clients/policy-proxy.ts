import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, isIP, type AddressInfo, type Socket } from 'node:net';
import { checkedLookup } from './http-get.js';

/**
 * A loopback HTTP proxy that a tool's HTTP client (GDAL's, through GDAL_HTTP_PROXY) must go through, so that every
 * connection the tool makes, redirects included, is checked the way our own reads are: `checkHost` for the host
 * name, `checkAddress` for every address it resolves to (the connection goes to a checked address: no second
 * lookup). Plain http requests are forwarded one by one (a redirect comes back to the tool, whose next request is
 * checked again); https goes through CONNECT tunnels to checked addresses. A refused request gets 403 and is
 * recorded in `refused`.
 */
export interface PolicyProxyChecks {
  /** Why `host` may not be contacted, or undefined. */
  checkHost(host: string): Error | undefined;
  /** Why `address` (one of `host`'s) may not be contacted, or undefined. */
  checkAddress(host: string, address: string): Error | undefined;
}

export interface PolicyProxy {
  /** `127.0.0.1:<port>`, as GDAL_HTTP_PROXY takes it. */
  address: string;
  /** One line per refused request: `<host>: <why>`. */
  refused: string[];
  close(): Promise<void>;
}

/** The first refusal of `host` (name, then a literal address); checked names are resolved by `checkedLookup`. */
function refusalOf(host: string, checks: PolicyProxyChecks): Error | undefined {
  const bare = host.replace(/^\[|\]$/g, '');
  return checks.checkHost(bare) ?? (isIP(bare) ? checks.checkAddress(bare, bare) : undefined);
}

/** What the handlers share: the checks, how to refuse, and the open tunnels (closed with the proxy). */
interface ProxyContext {
  checks: PolicyProxyChecks;
  refuse: (host: string, err: Error, answer: () => void) => void;
  tunnels: Set<Socket>;
}

function forward(req: IncomingMessage, res: ServerResponse, { checks, refuse }: ProxyContext): void {
  let url: URL;
  try {
    url = new URL(req.url ?? '');
  } catch {
    return void res.writeHead(400).end();
  }
  if (url.protocol !== 'http:') return void res.writeHead(400).end();
  const early = refusalOf(url.hostname, checks);
  if (early) return refuse(url.hostname, early, () => res.writeHead(403).end(early.message));
  let refusal: Error | undefined;
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !k.startsWith('proxy-')));
  const upstream = request(url, {
    method: req.method ?? 'GET',
    headers,
    agent: false,
    lookup: checkedLookup(checks.checkAddress, (e) => (refusal = e)) as never,
  });
  upstream.on('response', (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.on('error', () => res.destroy());
    answer.pipe(res);
  });
  req.on('error', () => upstream.destroy());
  res.on('error', () => upstream.destroy());
  upstream.on('error', (err) => {
    if (refusal) refuse(url.hostname, refusal, () => res.writeHead(403).end(refusal?.message));
    else if (!res.headersSent) res.writeHead(502).end(err.message);
    else res.destroy();
  });
  req.pipe(upstream);
}

function tunnel(req: IncomingMessage, client: Socket, head: Buffer, { checks, refuse, tunnels }: ProxyContext) {
  tunnels.add(client);
  client.on('close', () => tunnels.delete(client));
  client.on('error', () => undefined); // a refused client hanging up early; once tunnelled, see below
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
  });
  client.on('error', () => up.destroy());
  up.on('error', () => (refusal ? forbidden(refusal) : client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')));
}

export async function startPolicyProxy(checks: PolicyProxyChecks): Promise<PolicyProxy> {
  const refused: string[] = [];
  const ctx: ProxyContext = {
    checks,
    refuse: (host, err, answer) => {
      refused.push(`${host}: ${err.message}`);
      answer();
    },
    // a tunnel leaves the server's connections once CONNECT succeeds: closed by hand
    tunnels: new Set(),
  };
  const server = createServer((req, res) => forward(req, res, ctx));
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => tunnel(req, client, head, ctx));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        for (const socket of ctx.tunnels) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
