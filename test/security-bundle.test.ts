import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProcessRunner } from '../src/clients/process.js';
import { CANARY_PACKAGE, canarySecrets, leakedCanaries } from './support/canary.js';
import { REPO_ROOT } from './support/dataset.js';
import { startCaptureServer, type CaptureServer, type CapturedRequest } from './support/capture-server.js';
import { validCollection, validItem } from './support/stac-docs.js';
import { runnerCommands } from './support/workflow-commands.js';

/**
 * The attacks of issue 10 tried against the built bundles, as a pull request's author would: a freshly built
 * dist/index.js (the Action: INPUT_* variables, GITHUB_STEP_SUMMARY, GITHUB_EVENT_*) and dist/cli/index.js, with a
 * canary value in every secret variable of the job. After each attack no canary may appear in stdout or stderr,
 * the JSON report, the job summary, the pull-request comment, a request to a loopback server, or the environment
 * our stactools plugin (test/fixtures/stactools-canary) records. `::add-mask::<value>` lines are how an Action
 * tells the runner what to mask (the runner consumes them; they are never shown) and are left out of the search.
 * GitHub's REST API is the only stand-in (a loopback capture server at GITHUB_API_URL, for the PR comment).
 */
const runner = createProcessRunner();
const secrets = canarySecrets();
let actionDir: string;
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  // the bundle as check-dist builds it: scripts/build.mjs into a folder of its own, beside action.yml and schemas
  actionDir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-bundle-'));
  const built = await runner.run(process.execPath, ['scripts/build.mjs', path.join(actionDir, 'dist')], {
    cwd: REPO_ROOT,
    timeoutMs: 280_000,
  });
  expect(built.exitCode, built.stderr).toBe(0);
  await cp(path.join(REPO_ROOT, 'action.yml'), path.join(actionDir, 'action.yml'));
  await symlink(path.join(REPO_ROOT, 'stac-schemas'), path.join(actionDir, 'stac-schemas'));
}, 300_000);
afterAll(async () => {
  while (cleanups.length) await cleanups.pop()!();
  if (actionDir) await rm(actionDir, { recursive: true, force: true });
});

/** The machine's environment without any GitHub Actions variable of our own run, plus the canaries. */
function jobEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_)/.test(k)) env[k] = v;
  return { ...env, ...secrets };
}

/** A dataset repository (the workspace) with files given as text; the canary package is one of its local packages. */
async function workspace(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'stac-ingest-attack-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const ws = path.join(root, 'ws');
  await cp(CANARY_PACKAGE, path.join(ws, 'packages', 'stactools-canary'), { recursive: true });
  await writeFile(path.join(ws, 'collection.json'), JSON.stringify(validCollection('c1')));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, name)), { recursive: true });
    await writeFile(path.join(ws, name), text.replaceAll('$WS', ws));
  }
  return ws;
}

interface Outputs {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  report: string;
  summary: string;
  comments: string[];
}

/** Everything a run left that a person or a later step could read, with the runner's own mask commands left out. */
async function everything(o: Outputs, ws: string, servers: CaptureServer[] = []): Promise<string> {
  const records = (await readdir(ws, { recursive: true }))
    .filter((f) => f.endsWith('.env.json'))
    .map((f) => readFile(path.join(ws, f), 'utf8'));
  const requests = servers.flatMap((s) => s.requests.map((r: CapturedRequest) => JSON.stringify(r)));
  const stdout = o.stdout.replace(/^::add-mask::.*$/gm, '');
  return [stdout, o.stderr, o.report, o.summary, ...o.comments, ...(await Promise.all(records)), ...requests].join(
    '\n',
  );
}

interface ActionRun {
  event?: string;
  payload?: unknown;
  github?: CaptureServer;
}

async function runAction(ws: string, inputs: Record<string, string>, how: ActionRun = {}): Promise<Outputs> {
  const summaryFile = path.join(ws, '..', 'summary.md');
  const eventFile = path.join(ws, '..', 'event.json');
  await writeFile(summaryFile, '');
  await writeFile(path.join(ws, '..', 'output.txt'), '');
  await writeFile(eventFile, JSON.stringify(how.payload ?? {}));
  const env: NodeJS.ProcessEnv = {
    ...jobEnv(),
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: path.join(ws, '..', 'output.txt'),
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: path.join(ws, '..'),
    GITHUB_EVENT_NAME: how.event ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'maap/dataset',
    ...(how.github ? { GITHUB_API_URL: how.github.url } : {}),
  };
  const all = { offline: 'true', 'ingestor-token': secrets['INPUT_INGESTOR-TOKEN']!, ...inputs };
  for (const [k, v] of Object.entries(all)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await runner.run(process.execPath, [path.join(actionDir, 'dist', 'index.js')], {
    cwd: ws,
    env,
    timeoutMs: 180_000,
    maxOutput: 200_000_000,
  });
  const read = (f: string) => readFile(f, 'utf8').catch(() => '');
  const comments = (how.github?.requests ?? []).filter((q) => q.method === 'POST').map((q) => q.body ?? '');
  return {
    exitCode: r.exitCode,
    stdout: r.stdout,
    stderr: r.stderr,
    report: await read(path.join(ws, '..', 'stac-ingest-report.json')),
    summary: await read(summaryFile),
    comments,
  };
}

async function runCli(ws: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outputs> {
  const report = path.join(ws, '..', 'cli-report.json');
  const summary = path.join(ws, '..', 'cli-summary.md');
  const r = await runner.run(
    process.execPath,
    [path.join(actionDir, 'dist', 'cli', 'index.js'), ...args, '--report-file', report, '--summary-file', summary],
    { cwd: ws, env: { ...jobEnv(), GITHUB_ACTIONS: 'true', ...env }, timeoutMs: 180_000, maxOutput: 200_000_000 },
  );
  const read = (f: string) => readFile(f, 'utf8').catch(() => '');
  return {
    exitCode: r.exitCode,
    stdout: r.stdout,
    stderr: r.stderr,
    report: await read(report),
    summary: await read(summary),
    comments: [],
  };
}

const CANARY_SOURCE = (say: string) =>
  `  - id: gen\n    collection: c1\n    stactools:\n      package: ./packages/stactools-canary\n` +
  `      group: canary\n      args: ["$WS/gen.env.json"]\n` +
  `      options: { collection: c1, say: ${JSON.stringify(say)} }\n` +
  `      generate: local\n`;
const manifest = (sources: string, targets = '') =>
  `version: 1\ncollections:\n  - id: c1\n    file: collection.json\nsources:\n${sources}${targets}`;

describe('attacks on the built Action and CLI (issue 10), with canary secrets in the job', () => {
  it('defect 1: a local package of the pull request sees no secret; its ::commands:: stay text', async () => {
    const say = '::warning file=README.md::owned\n::add-mask::everything';
    const ws = await workspace({ 'stac-ingest.yaml': manifest(CANARY_SOURCE(say)) });
    const r = await runAction(ws, { command: 'run' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(await readFile(path.join(ws, 'gen.env.json'), 'utf8')).toContain('"PATH"');
    expect(leakedCanaries(await everything(r, ws), secrets)).toEqual([]);
    expect(runnerCommands(r.stdout).filter((c) => c.includes('owned') || c.startsWith('add-mask::every'))).toEqual([]);
  });

  it('defect 2: a manifest naming AWS_SECRET_ACCESS_KEY as the auth of a loopback STAC API is refused', async () => {
    const api = await startCaptureServer();
    cleanups.push(() => api.close());
    const target =
      `targets:\n  t:\n    type: maap\n    region: us-west-2\n    stack: S\n    stac_api: ${api.url}\n` +
      `    stac_api_auth_env: AWS_SECRET_ACCESS_KEY\ndefault_target: t\n`;
    const ws = await workspace({
      'stac-ingest.yaml': manifest('  - id: f\n    files: items/*.json\n', target),
      'items/a.json': JSON.stringify(validItem('c1', 'a')),
    });
    const r = await runAction(ws, { command: 'plan', offline: 'false' }, { event: 'pull_request', payload: {} });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/may not read a credential from the environment variable AWS_SECRET_ACCESS_KEY/);
    expect(api.requests).toEqual([]);
    expect(leakedCanaries(await everything(r, ws, [api]), secrets)).toEqual([]);
  });

  it('defect 5: command auto on a review comment publishes nothing', async () => {
    const ws = await workspace({ 'stac-ingest.yaml': manifest(CANARY_SOURCE('hi')) });
    const r = await runAction(ws, { command: 'auto' }, { event: 'pull_request_review_comment' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/pull_request_review_comment/);
    await expect(readFile(path.join(ws, 'gen.env.json'))).rejects.toThrow();
    expect(leakedCanaries(await everything(r, ws), secrets)).toEqual([]);
  });

  it('defect 6: an ingestor echoing the token in a 403 leaks it nowhere (log, report, summary)', async () => {
    const ingestor = await startCaptureServer((req, res) =>
      res
        .writeHead(403, { 'content-type': 'application/json' })
        .end(JSON.stringify({ detail: `token rejected: ${req.headers.authorization ?? ''}` })),
    );
    cleanups.push(() => ingestor.close());
    const target = `targets:\n  t:\n    type: ingestor\n    url: ${ingestor.url}\n    token_env: STAC_INGESTOR_TOKEN\n`;
    const ws = await workspace({
      'stac-ingest.yaml': manifest('  - id: f\n    files: items/*.json\n', target + 'default_target: t\n'),
      'collection.json': JSON.stringify({ ...validCollection('c1'), item_assets: {} }),
      'items/a.json': JSON.stringify(validItem('c1', 'a')),
    });
    const r = await runAction(ws, { command: 'run', 'auth-hosts': '127.0.0.1', offline: 'false' });
    expect(ingestor.requests.length).toBeGreaterThan(0);
    expect(r.exitCode).toBe(1);
    expect(r.stdout + r.report).toMatch(/token rejected: Bearer \*\*\*/);
    // the server saw the token (it was allowed to); nothing the run printed or wrote did
    expect(leakedCanaries(await everything(r, ws), secrets)).toEqual([]);
  });

  it('defect 6: the plan comment on a pull request carries no secret (GitHub API stand-in)', async () => {
    const github = await startCaptureServer((req, res) =>
      res
        .writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' })
        .end(req.method === 'POST' ? '{"id":1}' : '[]'),
    );
    cleanups.push(() => github.close());
    const ws = await workspace({
      'stac-ingest.yaml': manifest(`  - id: f\n    files: items/*.json\n`),
      'items/a.json': JSON.stringify(validItem('c1', `a-${secrets['GITHUB_TOKEN']}`)),
    });
    const payload = {
      repository: { full_name: 'maap/dataset' },
      pull_request: { number: 7, head: { repo: { full_name: 'maap/dataset' } } },
    };
    const r = await runAction(
      ws,
      { command: 'auto', 'github-token': secrets['INPUT_GITHUB-TOKEN']! },
      { event: 'pull_request', payload, github },
    );
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.comments.length).toBe(1);
    expect(
      leakedCanaries(await everything(r, ws, [github]).then((t) => t.replace(/"authorization":"[^"]*"/g, '')), secrets),
    ).toEqual([]);
  });

  it('CLI usage errors echoing a secret argument pass the masker', async () => {
    const ws = await workspace({ 'stac-ingest.yaml': manifest('  - id: f\n    files: items/*.json\n') });
    const [token, aws, dsn] = [
      secrets['STAC_INGESTOR_TOKEN']!,
      secrets['AWS_SECRET_ACCESS_KEY']!,
      secrets['PGSTAC_DSN']!,
    ];
    const attempts: Array<[string[], RegExp]> = [
      [[token], /unknown command '\*\*\*'/],
      [['plan', `--concurrency=${aws}`], /--concurrency takes a whole number, got '\*\*\*'/],
      [['plan', dsn], /'plan' takes no paths \(got \*\*\*\)/],
      [['plan', `--${token}`], /Unknown option '--\*\*\*'/],
      [['plan', '--credential-env', 'MY_*', `--max-items=${secrets['MY_DEPLOY_KEY']!}`], /got '\*\*\*'/],
    ];
    for (const [args, said] of attempts) {
      const r = await runCli(ws, args);
      expect(r.exitCode, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(said);
      expect(leakedCanaries(await everything(r, ws), secrets)).toEqual([]);
    }
  });

  it('CLI crashes: an exception carrying a secret, thrown inside or outside main, is printed masked', async () => {
    const ws = await workspace({
      'stac-ingest.yaml': manifest('  - id: f\n    files: items/*.json\n'),
      'items/a.json': JSON.stringify(validItem('c1', 'a')),
    });
    // faults injected into the built CLI's own process at its first stdout write: a callback throwing (outside
    // main's promise), and the write itself throwing (main rejects)
    const preloads = {
      'uncaught.mjs':
        'process.stdout.write = () => ' +
        'setImmediate(() => { throw new Error(`lost: ${process.env.STAC_INGESTOR_TOKEN}`); }) !== undefined;',
      'stdout.mjs':
        'process.stdout.write = () => { throw new Error(`stdout closed: ${process.env.AWS_SECRET_ACCESS_KEY}`); };',
    };
    for (const [name, code] of Object.entries(preloads)) {
      const file = path.join(ws, '..', name);
      await writeFile(file, code);
      const r = await runCli(ws, ['plan'], { NODE_OPTIONS: `--import=${pathToFileURL(file).href}` });
      expect(r.exitCode, r.stderr).toBe(70);
      expect(r.stderr).toMatch(/stac-ingest: internal error: Error: (lost|stdout closed): \*\*\*\n\s+at /);
      expect(leakedCanaries(await everything(r, ws), secrets)).toEqual([]);
    }
  });

  it('defect 7: files outside the workspace, by glob and by symlink, are refused and never printed', async () => {
    const ws = await workspace({
      'stac-ingest.yaml': manifest('  - id: f\n    files:\n      - items/*.json\n      - ../outside/*.json\n'),
      'items/a.json': JSON.stringify(validItem('c1', 'a')),
      '../outside/stolen.json': JSON.stringify(validItem('c1', 'stolen-outside-content')),
    });
    await symlink(path.join(ws, '..', 'outside', 'stolen.json'), path.join(ws, 'items', 'link.json'));
    const r = await runAction(ws, { command: 'run' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/lies outside the workspace/);
    expect(await everything(r, ws)).not.toContain('stolen-outside-content');
  });

  it('defect 8: a package name holding ::warning:: stays text (Action and CLI)', async () => {
    const src =
      '  - id: s\n    collection: c1\n    stactools:\n' +
      '      package: "stactools-x==1.0\\n::warning file=README.md::owned\\n::set-output name=result::success"\n' +
      '      group: x\n';
    const ws = await workspace({ 'stac-ingest.yaml': manifest(src) });
    const a = await runAction(ws, { command: 'plan' }, { event: 'pull_request' });
    const c = await runCli(ws, ['plan']);
    for (const r of [a, c]) {
      expect(r.stdout + r.stderr).toContain('::warning file=README.md::owned');
      const injected = runnerCommands(r.stdout + '\n' + r.stderr).filter((x) => /owned|set-output/.test(x));
      expect(injected.every((x) => x.startsWith('error ') || x.startsWith('error::'))).toBe(true);
    }
  });

  it('defect 9: 50 MB manifest refused by size, a 3 MB value cut in errors, an alias bomb located', async () => {
    const package_ = (n: number) =>
      manifest(`  - id: s\n    collection: c1\n    stactools:\n      package: "x${'A'.repeat(n)}"\n      group: x\n`);
    const ws = await workspace({ 'stac-ingest.yaml': package_(50 * 1024 * 1024) });
    const huge = await runCli(ws, ['plan']);
    expect(huge.stdout).toMatch(/stac-ingest\.yaml is over 4 MiB/);
    expect((await everything(huge, ws)).length).toBeLessThan(50_000);
    await writeFile(path.join(ws, 'stac-ingest.yaml'), package_(3 * 1024 * 1024));
    const a = await runAction(ws, { command: 'plan' }, { event: 'pull_request' });
    const c = await runCli(ws, ['plan']);
    for (const r of [a, c]) {
      expect(r.stdout).toMatch(/characters cut\]… a+\) is not an allowed package/);
      expect((await everything(r, ws)).length).toBeLessThan(200_000);
    }
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const [prev, cur] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      rows.push(
        `${cur}: &${cur} [${Array(9)
          .fill('*' + prev)
          .join(', ')}]`,
      );
    }
    await writeFile(path.join(ws, 'stac-ingest.yaml'), `version: 1\n${rows.join('\n')}\n`);
    const bomb = await runCli(ws, ['validate']);
    expect(bomb.stdout + bomb.stderr).toMatch(/stac-ingest\.yaml:3:8: YAML aliases expand too far/);
  });
});
