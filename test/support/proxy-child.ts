/**
 * A process that uses the policy proxy the way a run does (test/security-proxy.test.ts): it starts the proxy, lets
 * a "tool" tunnel through it to the loopback port given in argv (a host that never answers nor closes), hangs the
 * tool up, closes the proxy and returns. With nothing left open it exits by itself, with code 0.
 */
import { once } from 'node:events';
import { request, type IncomingMessage } from 'node:http';
import { startPolicyProxy } from '../../src/clients/policy-proxy.js';

const port = process.argv[2] ?? '';
const proxy = await startPolicyProxy({ checkHost: () => undefined, checkAddress: () => undefined });
const [host, proxyPort] = proxy.address.split(':');
const req = request({ host, port: Number(proxyPort), method: 'CONNECT', path: `127.0.0.1:${port}` });
req.end();
const [res, socket] = (await once(req, 'connect')) as [IncomingMessage, import('node:net').Socket];
if (res.statusCode !== 200) throw new Error(`CONNECT answered ${res.statusCode}`);
socket.destroy();
await proxy.close();
