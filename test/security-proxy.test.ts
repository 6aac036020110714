/**
 * The policy proxy every connection of GDAL goes through (src/clients/policy-proxy.ts; issue 10, holes left by the
 * last review): an https CONNECT tunnel that is allowed works end to end (a loopback TLS server with a self-signed
 * certificate made by openssl here); a host that never closes keeps nothing open once the tool hangs up or the proxy
 * closes, idle connections are ended, and a process that used the proxy exits by itself; S3 connections are limited
 * to the buckets the source's hrefs name (AWS virtual-hosted names, a custom AWS_S3_ENDPOINT in both styles). Every
 * server is on loopback; the checks are the real ones the assets source builds (`proxyChecks`).
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createHttpServer, request, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPolicyProxy, type PolicyProxy, type PolicyProxyChecks } from '../src/clients/policy-proxy.js';
import type { AssetsSource } from '../src/manifest/schema.js';
import { proxyChecks } from '../src/sources/assets/asset-hrefs.js';
import { startCaptureServer } from './support/capture-server.js';
import { LOOPBACK_FETCH_POLICY } from './support/policy.js';

let dir: string;
let cert: Buffer;
let key: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'policy-proxy-'));
  const [keyFile, certFile] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1'];
  await promisify(execFile)('openssl', [...args, '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost']);
  [key, cert] = await Promise.all([readFile(keyFile), readFile(certFile)]);
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const source = (hrefs: string[]): AssetsSource => ({
  provider: 'acme',
  collection: 'collection.json',
  tool: 'rio-stac',
  requests: hrefs.map((h) => ({ asset_paths: [h], metadata_paths: [], datetime: '2024-01-02T00:00:00Z' })),
});

/** The checks of a source with these hrefs, loopback addresses allowed (the test's servers). */
const checksFor = (hrefs: string[], s3Endpoint?: string): PolicyProxyChecks =>
  proxyChecks(source(hrefs), dir, { fetchPolicy: LOOPBACK_FETCH_POLICY }, s3Endpoint);

const portOf = (server: { address(): unknown }) => (server.address() as AddressInfo).port;

async function listen<T extends Server | ReturnType<typeof createTcpServer>>(server: T): Promise<T> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return server;
}

/** A TCP server that accepts connections and never answers nor closes them. */
async function silentServer(): Promise<{ port: number; sockets: Socket[]; close(): void }> {
  const sockets: Socket[] = [];
  const server = await listen(createTcpServer((s) => void sockets.push(s)));
  return {
    port: portOf(server),
    sockets,
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

/** Sends `CONNECT target` to the proxy; resolves to the proxy's answer and the raw socket. */
async function connectVia(proxy: PolicyProxy, target: string): Promise<{ status: number; socket: Socket }> {
  const [host, port] = proxy.address.split(':');
  const req = request({ host, port: Number(port), method: 'CONNECT', path: target });
  req.end();
  const [res, socket] = (await once(req, 'connect')) as [IncomingMessage, Socket];
  return { status: res.statusCode ?? 0, socket };
}

/** Resolves once the first socket a silent server accepted has closed (never, if nothing closes it). */
async function firstClosed(server: { sockets: Socket[] }): Promise<void> {
  while (server.sockets.length === 0) await new Promise((r) => setTimeout(r, 10));
  const s = server.sockets[0] as Socket;
  if (!s.destroyed) await once(s, 'close');
}

describe('https CONNECT tunnels', () => {
  it('carries a TLS conversation to an allowed host end to end', async () => {
    const seen: string[] = [];
    const tls = await listen(createHttpsServer({ key, cert }, (req, res) => (seen.push(req.url ?? ''), res.end('ok'))));
    const proxy = await startPolicyProxy(checksFor([`https://localhost:${portOf(tls)}/cog.tif`]));
    try {
      const { status, socket } = await connectVia(proxy, `localhost:${portOf(tls)}`);
      expect(status).toBe(200);
      const secure = tlsConnect({ socket, servername: 'localhost', ca: cert });
      secure.end('GET /cog.tif HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
      const chunks: Buffer[] = [];
      for await (const chunk of secure) chunks.push(chunk as Buffer);
      const answer = Buffer.concat(chunks).toString();
      expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      expect(answer.endsWith('\r\n\r\nok')).toBe(true);
      expect(seen).toEqual(['/cog.tif']);
      expect(proxy.refused).toEqual([]);
    } finally {
      await proxy.close();
      tls.closeAllConnections();
      tls.close();
    }
  });

  it('refuses a tunnel to a host the hrefs do not name', async () => {
    const proxy = await startPolicyProxy(checksFor(['https://localhost:1/cog.tif']));
    try {
      const { status } = await connectVia(proxy, 'example.org:443');
      expect(status).toBe(403);
      expect(proxy.refused).toEqual(["example.org: example.org is not a host the source's assets name"]);
    } finally {
      await proxy.close();
    }
  });
});

describe('a host that never closes keeps nothing open', () => {
  it('ends the upstream side of a tunnel when the tool hangs up', async () => {
    const upstream = await silentServer();
    const proxy = await startPolicyProxy(checksFor([`https://127.0.0.1:${upstream.port}/x.tif`]));
    try {
      const { status, socket } = await connectVia(proxy, `127.0.0.1:${upstream.port}`);
      expect(status).toBe(200);
      socket.destroy();
      await firstClosed(upstream); // before: the upstream socket stayed open for good
    } finally {
      await proxy.close();
      upstream.close();
    }
  });

  it('ends the upstream side of every tunnel when the proxy closes', async () => {
    const upstream = await silentServer();
    const proxy = await startPolicyProxy(checksFor([`https://127.0.0.1:${upstream.port}/x.tif`]));
    const { status, socket } = await connectVia(proxy, `127.0.0.1:${upstream.port}`);
    expect(status).toBe(200);
    await proxy.close();
    await Promise.all([firstClosed(upstream), socket.destroyed ? undefined : once(socket, 'close')]);
    upstream.close();
  });

  it('ends a tunnel idle for idleTimeoutMs, both sides', async () => {
    const upstream = await silentServer();
    const proxy = await startPolicyProxy(checksFor([`https://127.0.0.1:${upstream.port}/x.tif`]), {
      idleTimeoutMs: 200,
    });
    try {
      const { socket } = await connectVia(proxy, `127.0.0.1:${upstream.port}`);
      await Promise.all([firstClosed(upstream), socket.destroyed ? undefined : once(socket, 'close')]);
    } finally {
      await proxy.close();
      upstream.close();
    }
  });

  it('ends a plain http request upstream when the tool hangs up mid-answer', async () => {
    const closed: Promise<unknown>[] = [];
    const endless = await listen(
      createHttpServer((_req, res) => {
        closed.push(once(res, 'close'));
        res.writeHead(200, { 'content-type': 'image/tiff' }).write('II*\0'); // and never more
      }),
    );
    const proxy = await startPolicyProxy(checksFor([`http://127.0.0.1:${portOf(endless)}/x.tif`]));
    try {
      const [host, port] = proxy.address.split(':');
      const target = `http://127.0.0.1:${portOf(endless)}/x.tif`;
      const req = request({
        host,
        port: Number(port),
        path: target,
        headers: { host: `127.0.0.1:${portOf(endless)}` },
      });
      req.end();
      const [res] = (await once(req, 'response')) as [IncomingMessage];
      expect(res.statusCode).toBe(200);
      await once(res, 'data');
      req.destroy();
      await Promise.all(closed); // before: the upstream answer went on for good
    } finally {
      await proxy.close();
      endless.closeAllConnections();
      endless.close();
    }
  });

  it('lets a process that tunnelled to it exit by itself once the tool is gone and the proxy closed', async () => {
    const upstream = await silentServer();
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'support', 'proxy-child.ts'), String(upstream.port)],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
      clearTimeout(guard);
      // before: the upstream socket kept the event loop alive and the guard killed it
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(upstream.sockets).toHaveLength(1);
    } finally {
      upstream.close();
    }
  }, 60_000);
});

describe('S3 through the proxy: only the buckets the hrefs name', () => {
  it('on AWS: virtual-hosted names of the named buckets and STS, nothing else under amazonaws.com', () => {
    const checks = checksFor(['s3://blobs/tiles/a.tif', '/vsis3/my.data/x.tif']);
    const allowed = (host: string) => checks.checkHost(host) === undefined;
    const hosts = [
      'blobs.s3.amazonaws.com',
      'blobs.s3.us-west-2.amazonaws.com',
      'blobs.s3-us-west-2.amazonaws.com',
      'blobs.s3.dualstack.us-west-2.amazonaws.com',
      'my.data.s3.us-west-2.amazonaws.com',
      'sts.amazonaws.com',
      'sts.us-west-2.amazonaws.com',
      // before, every one of these was allowed by *.amazonaws.com
      'other.s3.us-west-2.amazonaws.com',
      'blobs.s3.other.s3.amazonaws.com',
      'data.s3.amazonaws.com',
      's3.us-west-2.amazonaws.com', // path-style: the bucket travels inside the TLS tunnel, unseen
      'ec2.us-west-2.amazonaws.com',
      'attacker.amazonaws.com',
    ];
    expect(hosts.filter(allowed)).toEqual(hosts.slice(0, 7));
  });

  it('on a custom AWS_S3_ENDPOINT: the named buckets, path-style (checked by path) or virtual-hosted', async () => {
    const endpoint = await startCaptureServer((_req, res) => res.writeHead(200).end('object'));
    const proxy = await startPolicyProxy(checksFor(['s3://blobs/tiles/a.tif'], `localhost:${endpoint.port}`));
    try {
      const get = async (url: string): Promise<number> => {
        const [host, port] = proxy.address.split(':');
        const req = request({ host, port: Number(port), path: url, headers: { host: new URL(url).host } });
        req.end();
        const [res] = (await once(req, 'response')) as [IncomingMessage];
        res.resume();
        await once(res, 'end');
        return res.statusCode ?? 0;
      };
      const base = `http://localhost:${endpoint.port}`;
      expect(await get(`${base}/blobs/tiles/a.tif`)).toBe(200);
      expect(await get(`${base}/other-bucket/secret.tif`)).toBe(403); // before: 200
      expect(await get(`${base}/?list-type=2`)).toBe(403);
      expect(endpoint.requests.map((r) => r.url)).toEqual(['/blobs/tiles/a.tif']);
      const checks = checksFor(['s3://blobs/tiles/a.tif'], `localhost:${endpoint.port}`);
      expect(checks.checkHost('blobs.localhost')).toBeUndefined();
      expect(checks.checkHost('other.localhost')?.message).toMatch(/not a host the source's assets name/);
      expect(proxy.refused).toEqual([
        "localhost: localhost/other-bucket/secret.tif is not in an S3 bucket the source's assets name",
        "localhost: localhost/ is not in an S3 bucket the source's assets name",
      ]);
    } finally {
      await proxy.close();
      await endpoint.close();
    }
  });
});
