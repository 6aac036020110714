import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { createAwsClients } from '../src/clients/aws.js';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import type { Command } from '../src/model/result.js';
import { ingest } from '../src/run/ingest.js';
import { parsePackage } from '../src/security/packages.js';
import type { PolicySettings } from '../src/security/policy.js';
import { canarySecrets } from './support/canary.js';
import { serveJson, startCaptureServer, type CaptureServer } from './support/capture-server.js';
import { validCollection, validItem } from './support/stac-docs.js';
import { testPolicy } from './support/policy.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';

/**
 * Defect 2 of issue 10: the manifest chose which environment variables were sent as credentials and where, and
 * which packages ran. Now the trusted policy (the Action's inputs / CLI flags) decides; a manifest asking for more
 * fails on plan with an error at the manifest line naming the input that would allow it, and nothing is sent.
 */
const secrets = canarySecrets();
const saved: NodeJS.ProcessEnv = {};
let dir: string;
let capture: CaptureServer;

beforeAll(async () => {
  for (const [k, v] of Object.entries(secrets)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  capture = await startCaptureServer(serveJson({ type: 'FeatureCollection', features: [], links: [] }));
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await capture.close();
});
afterEach(async () => {
  capture.requests.length = 0;
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A dataset with one collection and one item, and the given targets / sources appended to the manifest. */
async function dataset(yaml: string): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-policy-'));
  await writeFile(path.join(dir, 'c.json'), JSON.stringify(validCollection('c')));
  await writeFile(path.join(dir, 'item.json'), JSON.stringify(validItem('c', 'i-1')));
  const manifest = path.join(dir, 'stac-ingest.yaml');
  await writeFile(
    manifest,
    `version: 1\ncollections:\n  - id: c\n    file: c.json\nsources:\n  - id: items\n    files: item.json\n${yaml}`,
  );
  return manifest;
}

async function attempt(manifest: string, command: Command, settings: PolicySettings = {}, target?: string) {
  const logger = new RecordingLogger();
  const result = await ingest(
    {
      command,
      manifestPath: manifest,
      concurrency: 1,
      schemaMirrors: [bundledSchemaMirror()!],
      network: false,
      policy: testPolicy(dir, settings),
      ...(target ? { target } : {}),
    },
    { logger, runner: createProcessRunner() },
  );
  return { result, text: JSON.stringify(result.problems) };
}

const hostLine = (n: number) => expect.objectContaining({ file: expect.stringMatching(/stac-ingest\.yaml$/), line: n });

describe('credentials: which variables a manifest may name, and where they may be sent', () => {
  it(
    'stac_api_auth_env naming AWS_SECRET_ACCESS_KEY fails on plan, ' + 'naming credential-env; nothing is sent',
    async () => {
      const manifest = await dataset(
        `targets:\n  prod:\n    type: maap\n    region: us-west-2\n    loader_topic_arn: ` +
          `arn:aws:sns:us-west-2:1:t\n    stac_api: ${capture.url}/\n    stac_api_auth_env: ` +
          `AWS_SECRET_ACCESS_KEY\ndefault_target: prod\n`,
      );
      const { result } = await attempt(manifest, 'plan', { authHosts: ['127.0.0.1'] });
      expect(result.ok).toBe(false);
      const p = result.problems.find((x) => /AWS_SECRET_ACCESS_KEY/.test(x.message));
      expect(p?.message).toMatch(/targets\.prod\.stac_api_auth_env: the manifest may not read a credential/);
      expect(p?.message).toMatch(/`credential-env` \(CLI --credential-env\)/);
      expect(p?.location).toEqual(hostLine(14));
      expect(capture.requests).toEqual([]);
    },
  );

  it(
    'an allowed variable sent to a host that is not an auth host fails, ' + 'naming auth-hosts; nothing is sent',
    async () => {
      const manifest = await dataset(
        `targets:\n  prod:\n    type: maap\n    region: us-west-2\n    loader_topic_arn: ` +
          `arn:aws:sns:us-west-2:1:t\n    stac_api: ${capture.url}/\n    stac_api_auth_env: ` +
          `STAC_API_AUTH\ndefault_target: prod\n`,
      );
      const { result } = await attempt(manifest, 'plan');
      expect(result.problems.map((p) => p.message)).toEqual([
        expect.stringMatching(
          /targets\.prod\.stac_api: credentials would be sent to 127\.0\.0\.1, which is not an auth host.*`auth-hosts`/,
        ),
      ]);
      expect(result.problems[0]?.location).toEqual(hostLine(13));
      expect(capture.requests).toEqual([]);
      // the workflow allows the host: the plan reads the catalog with the header
      const allowed = await attempt(manifest, 'plan', { authHosts: ['127.0.0.1'] });
      expect(allowed.result.problems.filter((p) => p.stage === 'policy')).toEqual([]);
      expect(capture.requests.some((r) => r.headers.authorization === secrets.STAC_API_AUTH)).toBe(true);
    },
  );

  it('token_env naming GITHUB_TOKEN for an ingestor fails on run before anything is posted', async () => {
    const manifest = await dataset(
      `targets:\n  api:\n    type: ingestor\n    url: ${capture.url}/dev/\n    token_env: GITHUB_TOKEN\n`,
    );
    const { result, text } = await attempt(manifest, 'run', { authHosts: ['127.0.0.1'] }, 'api');
    expect(text).toMatch(
      /targets\.api\.token_env: the manifest may not read a credential from the environment variable GITHUB_TOKEN/,
    );
    expect(result.problems[0]?.location).toEqual(hostLine(12));
    expect(capture.requests).toEqual([]);
  });

  it('client_secret_env naming a deploy key, and a cognito domain that is not an auth host, both fail', async () => {
    const manifest = await dataset(
      `targets:\n  api:\n    type: ingestor\n    url: ` +
        `https://ingest.example.org/\n    cognito:\n      domain: ${capture.url}\n      client_id: ` +
        `abc\n      client_secret_env: MY_DEPLOY_KEY\n`,
    );
    const { result } = await attempt(manifest, 'run', { authHosts: ['ingest.example.org'] }, 'api');
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/targets\.api\.cognito\.domain: credentials would be sent to 127\.0\.0\.1/),
      expect.stringMatching(/targets\.api\.cognito\.client_secret_env: .*MY_DEPLOY_KEY/),
    ]);
    expect(capture.requests).toEqual([]);
  });

  it('dsn_env naming another variable fails unless credential-env allows it', async () => {
    const manifest = await dataset(`targets:\n  db:\n    type: pgstac\n    dsn_env: DATABASE_URL\n`);
    const { text } = await attempt(manifest, 'plan', {}, 'db');
    expect(text).toMatch(
      /targets\.db\.dsn_env: the manifest may not read a credential from the environment variable DATABASE_URL/,
    );
    const widened = await attempt(manifest, 'validate', { credentialEnv: ['DATABASE_*'] }, 'db');
    expect(widened.result.problems).toEqual([]);
  });

  it('STAC_INGEST_* variables may be named by default', async () => {
    const manifest = await dataset(`targets:\n  db:\n    type: pgstac\n    dsn_env: STAC_INGEST_PROD_DSN\n`);
    expect((await attempt(manifest, 'validate', {}, 'db')).result.problems).toEqual([]);
  });

  it("an assets source's env (AWS_* for its tool's /vsis3/ reads) fails unless credential-env allows it", async () => {
    const manifest = await dataset(
      '  - id: blobs\n    assets:\n      provider: acme\n      collection: c.json\n      env: [AWS_*]\n' +
        '      requests:\n        - asset_paths: [s3://bucket/a.tif]\n          datetime: "2024-01-01T00:00:00Z"\n',
    );
    const refused = await attempt(manifest, 'plan');
    const policyProblems = (r: typeof refused) => r.result.problems.filter((p) => p.stage === 'policy');
    expect(policyProblems(refused).map((p) => p.message)).toEqual([
      expect.stringMatching(
        new RegExp(
          /sources\[1\]\.assets\.env\[0\]: the manifest may not read a credential /.source +
            /from the environment variable AWS_\*.*`credential-env`/.source,
        ),
      ),
    ]);
    expect(policyProblems(refused)[0]?.location).toEqual(hostLine(12));
    // a narrower policy does not allow the wider glob
    expect(policyProblems(await attempt(manifest, 'plan', { credentialEnv: ['AWS_REGION'] }))).toHaveLength(1);
    expect(policyProblems(await attempt(manifest, 'plan', { credentialEnv: ['AWS_*'] }))).toEqual([]);
  });

  it('an SQS queue URL the manifest names does not become the host AWS-signed requests go to', async () => {
    // the job's AWS credentials (canaries) from the environment, as the SDK's default chain reads them
    const clients = createAwsClients({ region: 'us-west-2' });
    const signed: Array<{ host: string; token: unknown }> = [];
    // records each request as it would leave, signed, and stops it there (no request leaves this process)
    clients.sqs.middlewareStack.add(
      () => (args) => {
        const request = args.request as { hostname: string; headers: Record<string, string> };
        signed.push({ host: request.hostname, token: request.headers['x-amz-security-token'] });
        return Promise.reject(new Error('recorded'));
      },
      { step: 'finalizeRequest', priority: 'low' },
    );
    try {
      const queueUrl = `${capture.url}/123456789012/stac-loader-queue`;
      const ask = new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['All'] });
      await expect(clients.sqs.send(ask)).rejects.toThrow('recorded');
    } finally {
      clients.destroy();
    }
    expect(signed).toEqual([{ host: 'sqs.us-west-2.amazonaws.com', token: secrets['AWS_SESSION_TOKEN'] }]);
    expect(capture.requests).toEqual([]);
  });

  it('an AWS endpoint override receives signed requests: it must be an auth host', async () => {
    const manifest = await dataset(
      `targets:\n  prod:\n    type: maap\n    region: us-west-2\n    stack: S\n    endpoint: ` +
        `${capture.url}\ndefault_target: prod\n`,
    );
    const { text } = await attempt(manifest, 'run');
    expect(text).toMatch(/targets\.prod\.endpoint: credentials would be sent to 127\.0\.0\.1/);
    expect(capture.requests).toEqual([]);
  });
});

describe('packages: allowed-packages, and pins on plan and run', () => {
  const source = (pkg: string, extra = '') =>
    `  - id: gen\n    collection: c\n    stactools:\n      package: ${pkg}\n      group: demo\n${extra}`;

  it('a package outside the allow-list fails, naming allowed-packages, at its line', async () => {
    const manifest = await dataset(source('evil-package==1.0'));
    const { result } = await attempt(manifest, 'plan');
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        new RegExp(
          /sources\[1\]\.stactools\.package: package 'evil-package==1.0' \(evil-package\) is not an allowed package/
            .source + /.*`allowed-packages` \(CLI --allow-package\)/.source,
        ),
      ),
    ]);
    expect(result.problems[0]?.location).toEqual(hostLine(11));
  });

  it('extra requirements (`with`) and an assets `tool` are packages too', async () => {
    const manifest = await dataset(
      source('stactools-foo==1.0', `      with: [evil-helper==2]\n`) +
        `  - id: a\n    assets:\n      provider: p\n      collection: c.json\n      tool: rio-stac-evil==1\n` +
        `      requests:\n        - asset_paths: [x.tif]\n`,
    );
    const { text } = await attempt(manifest, 'validate');
    expect(text).toMatch(/sources\[1\]\.stactools\.with\[0\]: package 'evil-helper==2'/);
    expect(text).toMatch(/sources\[2\]\.assets\.tool: package 'rio-stac-evil==1'/);
  });

  it('plan and run require pins; validate does not', async () => {
    const manifest = await dataset(source('stactools-foo'));
    expect((await attempt(manifest, 'plan')).text).toMatch(/package 'stactools-foo' is not pinned/);
    expect((await attempt(manifest, 'run')).text).toMatch(/package 'stactools-foo' is not pinned/);
    expect((await attempt(manifest, 'validate')).result.problems).toEqual([]);
    const pinned = await dataset(source('stactools-foo==0.3.1', `      with: ["affine<3"]\n`));
    // extra requirements are allow-listed, but may be ranges like any dependency of the package
    expect((await attempt(pinned, 'plan')).text).toMatch(/with\[0\]: package 'affine<3' \(affine\) is not an allowed/);
    const allowed = { allowedPackages: ['stactools-*', 'affine'] };
    expect((await attempt(pinned, 'plan', allowed)).result.problems).toEqual([]);
  });

  it('allowed-packages replaces the default list', async () => {
    const manifest = await dataset(source('stactools-foo==1.0'));
    const { text } = await attempt(manifest, 'plan', { allowedPackages: ['stactools-bar'] });
    expect(text).toMatch(/not an allowed package.*now: stactools-bar/);
  });

  describe('local paths are matched where they really lead', () => {
    let elsewhere: string;
    beforeAll(async () => {
      elsewhere = await mkdtemp(path.join(tmpdir(), 'stac-ingest-elsewhere-'));
      await mkdir(path.join(elsewhere, 'sub'));
      await mkdir(path.join(elsewhere, 'evil'));
    });
    afterAll(() => rm(elsewhere, { recursive: true, force: true }));
    const policyText = async (manifest: string, settings: PolicySettings = {}) => {
      const { result } = await attempt(manifest, 'validate', settings);
      return JSON.stringify(result.problems.filter((p) => p.stage === 'policy'));
    };
    const pkgsDir = async () => {
      await mkdir(path.join(dir, 'pkgs', 'real'), { recursive: true });
      return path.join(dir, 'pkgs');
    };

    it('./pkgs/ok -> a folder outside the workspace is not ./** (the default) nor ./pkgs/**', async () => {
      const manifest = await dataset(source('./pkgs/ok'));
      await symlink(elsewhere, path.join(await pkgsDir(), 'ok'));
      const expected = `package './pkgs/ok' (./pkgs/ok, really ${elsewhere}) is not an allowed package`;
      expect(await policyText(manifest)).toContain(expected);
      expect(await policyText(manifest, { allowedPackages: ['./pkgs/**'] })).toContain(expected);
    });

    it('a path with .. after a symlink is taken where the system takes it', async () => {
      const manifest = await dataset(source('./pkgs/link/../evil'));
      await symlink(path.join(elsewhere, 'sub'), path.join(await pkgsDir(), 'link'));
      await mkdir(path.join(dir, 'pkgs', 'evil'));
      // lexically ./pkgs/evil; through the symlink, <elsewhere>/evil
      const text = await policyText(manifest, { allowedPackages: ['./pkgs/**'] });
      expect(text).toContain(`(./pkgs/evil, really ${path.join(elsewhere, 'evil')}) is not an allowed package`);
    });

    it('a symlink that stays inside the allowed folder is still allowed', async () => {
      const manifest = await dataset(source('./pkgs/alias'));
      await symlink(path.join(await pkgsDir(), 'real'), path.join(dir, 'pkgs', 'alias'));
      expect(await policyText(manifest, { allowedPackages: ['./pkgs/**'] })).toBe('[]');
    });
  });

  it('names packages the way the globs see them', () => {
    const ws = '/ws';
    expect(parsePackage('Stactools_Foo.Bar[x]==1.2', ws, ws)).toEqual({
      kind: 'index',
      key: 'stactools-foo-bar',
      pinned: true,
    });
    expect(parsePackage('stactools-foo>=1.2', ws, ws)).toMatchObject({ pinned: false });
    expect(parsePackage('stactools-foo==1.*', ws, ws)).toMatchObject({ pinned: false });
    expect(parsePackage('git+https://GitHub.com/org/repo@v1.2.0#subdirectory=x', ws, ws)).toEqual({
      kind: 'url',
      key: 'git+https://github.com/org/repo',
      pinned: true,
    });
    expect(parsePackage('git+https://github.com/org/repo@main', ws, ws)).toMatchObject({ pinned: false });
    expect(
      parsePackage('pkg @ git+https://github.com/org/repo@0123456789abcdef0123456789abcdef01234567', ws, ws),
    ).toMatchObject({
      key: 'git+https://github.com/org/repo',
      pinned: true,
    });
    expect(parsePackage('./packages/p', '/ws/sub', ws)).toMatchObject({
      kind: 'local',
      key: './sub/packages/p',
      pinned: true,
    });
    expect(parsePackage('../../elsewhere', '/ws/sub', ws)).toMatchObject({ key: '/elsewhere' });
  });
});
