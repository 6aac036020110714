import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest } from '../src/run/ingest.js';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { LOOPBACK, testPolicy } from './support/policy.js';

/** A port on 127.0.0.1 that nothing listens on (bound, then closed). */
async function deadPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-down-'));
  await writeFile(
    path.join(dir, 'item.json'),
    JSON.stringify({
      type: 'Feature',
      stac_version: '1.1.0',
      id: 'a',
      collection: 'c',
      geometry: { type: 'Point', coordinates: [1, 2] },
      bbox: [1, 2, 1, 2],
      properties: { datetime: '2024-01-01T00:00:00Z' },
      links: [{ rel: 'collection', href: './c.json' }],
      assets: {},
    }),
  );
  process.env['AWS_ACCESS_KEY_ID'] = 'testing';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'testing';
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runWith(target: string) {
  await writeFile(
    path.join(dir, 'stac-ingest.yaml'),
    `version: 1\nsources:\n  - id: one\n    files: item.json\ntargets:\n  t:\n${target}\ndefault_target: t\n`,
  );
  return ingest(
    {
      command: 'run',
      manifestPath: path.join(dir, 'stac-ingest.yaml'),
      concurrency: 1,
      schemaMirrors: [bundledSchemaMirror()!],
      network: false,
      policy: testPolicy(dir, LOOPBACK),
    },
    { logger: new RecordingLogger(), runner: createProcessRunner(), sleep: async () => {} },
  );
}

describe('a pipeline service that is down', () => {
  it('SNS unreachable: the item is reported as not published, with the reason, and the run fails', async () => {
    const port = await deadPort();
    const r = await runWith(
      `    type: maap\n    region: us-west-2\n    endpoint: http://127.0.0.1:${port}\n    loader_topic_arn: arn:aws:sns:us-west-2:123456789012:loader\n    wait_minutes: 0`,
    );
    expect(r.ok).toBe(false);
    const item = r.delivery?.objects.find((o) => o.key === 'item:c/a');
    expect(item?.state).toBe('failed');
    expect(item?.reason).toMatch(/ECONNREFUSED|connect|socket|network/i);
    expect(r.problems.some((p) => p.message.startsWith('item:c/a is failed'))).toBe(true);
  });

  it('STAC API unreachable: a clear error naming the URL, nothing published', async () => {
    const port = await deadPort();
    const snsPort = await deadPort();
    const r = await runWith(
      `    type: maap\n    region: us-west-2\n    endpoint: http://127.0.0.1:${snsPort}\n    loader_topic_arn: arn:aws:sns:us-west-2:123456789012:loader\n    stac_api: http://127.0.0.1:${port}`,
    );
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.message).toContain(`127.0.0.1:${port}`);
    expect(r.delivery).toBeUndefined();
  });
});
