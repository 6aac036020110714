import { randomBytes } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { IngestDeps, IngestOptions } from './run/ingest.js';
import type { ValidationThreads } from './stages/validate/threads.js';
import type { Command, IngestResult } from './model/result.js';
import { SecretMasker } from './logging.js';
import { registerEnvironmentSecrets } from './security/env.js';
import { describeError } from './errors.js';
import { cancelOnSignals, signalExitCode } from './cancel.js';
import { untrustedReason, workflowEvent } from './security/events.js';
import { workspaceOf } from './security/workspace.js';
import {
  buildPolicy,
  DEFAULT_CREDENTIAL_ENV,
  LIST_SETTINGS,
  NUMBER_SETTINGS,
  PR_CODE_SETTING,
  type PolicySettings,
  type TrustedPolicy,
} from './security/policy.js';

const USAGE = `stac-ingest: validate, generate and publish STAC into MAAP / eoapi-cdk catalogs

Usage:
  stac-ingest validate [paths...] [options]  validate the manifest, its collections and items
                                             (or, given paths, STAC files/directories without a manifest)
  stac-ingest plan [options]                 show what would be generated and published
  stac-ingest run [options]                  generate, validate and deliver to the target
                                             (MAAP: publish new/changed, wait, verify through the STAC API)
  stac-ingest verify [options]               check that everything the manifest describes is in the
                                             catalog, as sent (needs the target's stac_api)
  stac-ingest redrive [options]              re-publish this run's dead-lettered messages, then wait again
  stac-ingest run --shard k/n [options]      generate and validate shard k of n of the plan (a matrix job)
                                             and write its bundle to --shards-dir instead of delivering
  stac-ingest publish-shards [options]       check that the shards' bundles hold every planned object
                                             exactly once, then validate and deliver them as one run
  stac-ingest status [request-id] [options]  status of asset requests (queued, generating, published,
                                             verified, failed) from .stac-ingest/report.requests.json
  stac-ingest predict <paths...> [--json]    each STAC object as the catalog will store it (minus the
                                             links the STAC API makes), what changes on the way, and
                                             why the loader would refuse it

Options:
  -m, --manifest <file>      manifest path (default: stac-ingest.yaml)
  -t, --target <name>        manifest target (default: default_target, else 'local')
  -o, --output <dir>         output directory for a directory target
      --allow-outside-workspace
                             let a directory target write outside the repository holding
                             the manifest (the manifest's folder when there is no repository)
  -j, --concurrency <n>      items generated at once (default: one per core) and parallel asset reads (default: 4)
      --threads <n>          validation worker threads for large inputs (default: cores - 1; 0: none)
      --engine <worker|uvx>  local generation: persistent Python workers (default) or one uvx process per item,
                             exactly as the StactoolsItemGenerator Lambda (overrides the manifest's engine)
      --shard <k/n>          run: only shard k of n (rows, files and catalog items by a hash of their key)
      --shards-dir <dir>     where shard bundles are written and read (default: .stac-ingest/shards)
      --generate             validate: also generate stactools items locally and validate them
      --force                run: publish unchanged items too
      --ledger <file>        redrive: the run ledger (default: the newest in .stac-ingest/)
      --dry-run              redrive: only list what would be re-published
      --max-warnings <n>     fail when there are more warnings than this
      --schema-mirror <dir>  directory mirroring schema URLs (host/path), looked up before the
                             bundled schemas, the cache and the network; repeatable
      --schema-cache <dir>   schema cache directory (default: .stac-ingest/schema-cache)
      --offline              never fetch schemas from the network
      --summary-file <file>  write the Markdown job summary here
      --report-file <file>   write the JSON result here
      --json                 print the JSON result on stdout instead of text
      --warn-only            report failures but exit 0 (for teams starting non-blocking)

Trusted policy (what the manifest may ask for; see the README's Security model; all repeatable but the numbers):
      --subprocess-env <glob> also pass these environment variables to uvx / rio-stac
                             (by default they get PATH, HOME, locale, temp, UV_* and proxy settings only)
      --allow-package <glob> packages that may run (default: stactools-*, rio-stac, ./** in the workspace)
      --auth-host <glob>     hosts credentials may be sent to (default: none)
      --credential-env <glob> more variables a manifest may name as credentials (default: STAC_INGEST_*
                             and the variables the Action's secret inputs use)
      --allow-path <dir>     a directory outside the workspace (GITHUB_WORKSPACE, else the repository holding
                             the manifest) that manifest paths, globs, catalog links and symlinks may resolve
                             into (default: none)
      --allow-pr-code        in a workflow on pull_request_target or a fork's pull request, run its code anyway
      --fetch-host <glob>    more hosts (or s3://bucket/prefix/** globs) sources may read from and redirect to,
                             besides the hosts and S3 folders each source names
      --schema-host <glob>   more hosts JSON Schemas may be fetched from (default: schemas.stacspec.org,
                             stac-extensions.github.io, geojson.org, proj.org)
      --allow-address <class> loopback, private or link-local addresses may be fetched from (default: none)
      --max-document-bytes <n>, --max-catalogs <n>, --max-items <n>, --request-timeout <s>, --total-timeout <s>
                             caps on remote reads (defaults: 33554432 bytes, 10000 catalogs and 1000000 items
                             per source, 60 s per request, 1800 s per source)
  -v, --verbose              debug logging
  -h, --help                 this help
`;

const COMMANDS: readonly Command[] = ['validate', 'plan', 'run', 'verify', 'redrive', 'publish-shards'];

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      manifest: { type: 'string', short: 'm' },
      target: { type: 'string', short: 't' },
      output: { type: 'string', short: 'o' },
      'allow-outside-workspace': { type: 'boolean' },
      concurrency: { type: 'string', short: 'j' },
      threads: { type: 'string' },
      engine: { type: 'string' },
      shard: { type: 'string' },
      'shards-dir': { type: 'string' },
      generate: { type: 'boolean' },
      force: { type: 'boolean' },
      ledger: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'max-warnings': { type: 'string' },
      'schema-mirror': { type: 'string', multiple: true },
      'schema-cache': { type: 'string' },
      offline: { type: 'boolean' },
      'summary-file': { type: 'string' },
      'report-file': { type: 'string' },
      json: { type: 'boolean' },
      'warn-only': { type: 'boolean' },
      'subprocess-env': { type: 'string', multiple: true },
      'allow-package': { type: 'string', multiple: true },
      'allow-path': { type: 'string', multiple: true },
      'auth-host': { type: 'string', multiple: true },
      'credential-env': { type: 'string', multiple: true },
      'allow-pr-code': { type: 'boolean' },
      'fetch-host': { type: 'string', multiple: true },
      'schema-host': { type: 'string', multiple: true },
      'allow-address': { type: 'string', multiple: true },
      'max-document-bytes': { type: 'string' },
      'max-catalogs': { type: 'string' },
      'max-items': { type: 'string' },
      'request-timeout': { type: 'string' },
      'total-timeout': { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/**
 * The CLI's one redaction point, made before anything can print (usage errors and crashes included): the job's
 * credential variables are registered at once; the run registers what else it learns.
 */
export function cliMasker(env: NodeJS.ProcessEnv = process.env): SecretMasker {
  const masker = new SecretMasker();
  registerEnvironmentSecrets(env, DEFAULT_CREDENTIAL_ENV, { setSecret: (v) => masker.add(v) });
  return masker;
}

/** stdout and stderr through the masker. */
interface Output {
  out(text: string): void;
  err(text: string): void;
}
const maskedOutput = (masker: SecretMasker): Output => ({
  out: (text) => process.stdout.write(masker.mask(text)),
  err: (text) => process.stderr.write(masker.mask(text)),
});

export async function main(argv: string[], masker: SecretMasker = cliMasker()): Promise<number> {
  const io = maskedOutput(masker);
  let parsed;
  try {
    parsed = parse(argv);
  } catch (err) {
    io.err(`stac-ingest: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  registerEnvironmentSecrets(process.env, values['credential-env'] ?? [], { setSecret: (v) => masker.add(v) });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    io.out(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command === 'status')
    return await printStatus(values.manifest ?? 'stac-ingest.yaml', rest[0], values.json ?? false, io);
  if (command === 'predict') return await printPredictions(rest, values.json ?? false, io);
  if (!(COMMANDS as readonly string[]).includes(command)) {
    io.err(`stac-ingest: unknown command '${command}'\n\n${USAGE}`);
    return 2;
  }
  const int = (name: string, v: string | undefined, fallback?: number): number | undefined => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, got '${v}'`);
    return n;
  };
  const options: IngestOptions = {
    command: command as Command,
    manifestPath: values.manifest ?? 'stac-ingest.yaml',
    schemaMirrors: values['schema-mirror'] ?? [],
    schemaCache: values['schema-cache'] ?? '.stac-ingest/schema-cache',
    network: !values.offline,
  };
  try {
    const concurrency = int('concurrency', values.concurrency);
    if (concurrency !== undefined) options.concurrency = Math.max(1, concurrency);
    const threads = int('threads', values.threads);
    if (threads !== undefined) options.threads = threads;
    if (values.engine !== undefined)
      options.engine = (await import('./stages/generate/engine.js')).engineName(values.engine, '--engine');
    if (values.shard !== undefined)
      options.shard = (await import('./run/shards.js')).parseShard(values.shard, '--shard');
    if (values['shards-dir'] !== undefined) options.shardsDir = values['shards-dir'];
    const mw = int('max-warnings', values['max-warnings']);
    if (mw !== undefined) options.maxWarnings = mw;
    options.policy = cliPolicy(values, options.manifestPath, int);
  } catch (err) {
    io.err(`stac-ingest: ${(err as Error).message}\n`);
    return 2;
  }
  if (values.target !== undefined) options.target = values.target;
  if (values.output !== undefined) options.output = values.output;
  if (values['allow-outside-workspace']) options.allowOutsideWorkspace = true;
  if (values.generate) options.generate = true;
  if (values.force) options.force = true;
  if (rest.length) {
    if (command !== 'validate') {
      io.err(`stac-ingest: '${command}' takes no paths (got ${rest.join(' ')})\n`);
      return 2;
    }
    options.paths = rest;
  }
  // large files to validate: the worker threads boot while the rest of the command loads
  const threads = options.paths
    ? (await import('./stages/validate/threads.js')).prestartThreads(options.paths, options.threads)
    : undefined;
  try {
    return await runCommand(command as Command, options, values, masker, threads);
  } finally {
    await threads?.close();
  }
}

type Values = ReturnType<typeof parse>['values'];

/**
 * The trusted policy from the flags, over the defaults. The workspace is GITHUB_WORKSPACE in a workflow, else the
 * repository holding the manifest, else the manifest's folder (as for the directory target's output).
 */
function cliPolicy(
  values: Values,
  manifestPath: string,
  int: (name: string, v: string | undefined) => number | undefined,
): TrustedPolicy {
  const flags = values as Record<string, string | boolean | string[] | undefined>;
  const settings: PolicySettings = { allowPrCode: flags[PR_CODE_SETTING.flag] === true };
  for (const [key, { flag }] of Object.entries(LIST_SETTINGS)) {
    const v = flags[flag];
    settings[key as keyof typeof LIST_SETTINGS] = Array.isArray(v) ? v : [];
  }
  for (const [key, { flag }] of Object.entries(NUMBER_SETTINGS)) {
    const v = flags[flag];
    const n = int(flag, typeof v === 'string' ? v : undefined);
    if (n !== undefined) settings[key as keyof typeof NUMBER_SETTINGS] = n;
  }
  const event = workflowEvent();
  const untrusted = untrustedReason(event.name, event.payload);
  if (untrusted !== undefined) settings.untrusted = untrusted;
  const manifest = statSync(manifestPath, { throwIfNoEntry: false })?.isDirectory()
    ? path.join(manifestPath, 'stac-ingest.yaml')
    : manifestPath;
  return buildPolicy(workspaceOf(manifest, process.env['GITHUB_WORKSPACE'] || undefined), settings);
}

/** The result of a run the watchdog ended (it did not stop in time after a signal): cancelled, and nothing more. */
function forcedExitResult(command: Command, manifest: string, sig: NodeJS.Signals, startedAt: number): IngestResult {
  return {
    ok: false,
    cancelled: sig,
    command,
    manifest,
    collections: [],
    stages: [],
    problems: [
      {
        severity: 'error',
        stage: 'cancel',
        message:
          `cancelled by ${sig}: the run did not stop in time and was ended; what it had done is not in this ` +
          "report (a maap run's ledger holds what SNS accepted)",
      },
    ],
    startedAt: new Date(startedAt).toISOString(),
    durationMs: Date.now() - startedAt,
  };
}

/**
 * Runs a command and writes its report. Modules load here, on demand: `--help` and a usage error
 * never load the core, and each command loads only what it uses (targets load their SDKs themselves).
 */
async function runCommand(
  command: Command,
  options: IngestOptions,
  values: Values,
  masker: SecretMasker,
  validationThreads: ValidationThreads | undefined,
): Promise<number> {
  const { ConsoleLogger, inertLines } = await import('./logging.js');
  // the one redaction point: the log, stdout and the report files all pass it
  const workflowLog = process.env['GITHUB_ACTIONS'] === 'true';
  const logger = new ConsoleLogger({ verbose: values.verbose ?? false, masker, workflowLog });
  registerEnvironmentSecrets(process.env, options.policy?.credentialEnv ?? [], logger);
  const [{ renderSummary, renderText }, { toJsonReport }] = await Promise.all([
    import('./report/summary.js'),
    import('./report/json-report.js'),
  ]);
  const json = (r: IngestResult) => masker.mask(JSON.stringify(toJsonReport(r), null, 2)) + '\n';
  const startedAt = Date.now();
  const cancellation = cancelOnSignals({
    log: (m) => logger.warning(m),
    // the watchdog ends a run that does not stop in time: its report still says it was cancelled
    onForcedExit: (sig) => {
      const forced = forcedExitResult(command, options.manifestPath, sig, startedAt);
      if (values['summary-file']) writeFileSync(values['summary-file'], masker.mask(renderSummary(forced)));
      if (values['report-file']) writeFileSync(values['report-file'], json(forced));
    },
  });
  const { useRunTempRoot } = await import('./temp-root.js');
  const { swept } = await useRunTempRoot();
  if (swept.length > 0) logger.info(`removed ${swept.length} temp folder(s) that killed runs left behind`);
  let result: IngestResult;
  try {
    result = await execute(command, options, values, { logger, signal: cancellation.signal, validationThreads });
  } finally {
    cancellation.dispose();
  }
  try {
    if (values['summary-file']) await writeFile(values['summary-file'], masker.mask(renderSummary(result)));
    if (values['report-file']) await writeFile(values['report-file'], json(result));
  } catch (err) {
    logger.error(`cannot write report: ${describeError(err)}`);
  }
  const print = (text: string) => {
    const lines = workflowLog
      ? inertLines(masker.mask(text), () => randomBytes(16).toString('hex'))
      : [masker.mask(text)];
    process.stdout.write(lines.join('\n') + '\n');
  };
  if (values.json) process.stdout.write(json(result));
  else {
    if (result.plan && command === 'plan')
      print((await import('./report/plan-text.js')).renderPlanText(result.plan) + '\n');
    print(renderText(result));
  }
  if (result.cancelled !== undefined) return signalExitCode(cancellation.received() ?? 'SIGTERM');
  if (!result.ok && values['warn-only']) {
    logger.warning('the run failed, but --warn-only keeps the exit status 0');
    return 0;
  }
  return result.ok ? 0 : 1;
}

async function execute(
  command: Command,
  options: IngestOptions,
  values: Values,
  deps: Pick<IngestDeps, 'logger' | 'signal' | 'validationThreads'> & { signal: AbortSignal },
): Promise<IngestResult> {
  const { logger, signal } = deps;
  if (command === 'redrive') {
    const { redriveRun } = await import('./run/redrive.js');
    return await redriveRun(
      {
        manifestPath: options.manifestPath,
        ...(options.target ? { target: options.target } : {}),
        ...(options.policy ? { policy: options.policy } : {}),
        ...(values.ledger ? { ledgerFile: values.ledger } : {}),
        dryRun: values['dry-run'] ?? false,
      },
      { logger, signal },
    );
  }
  // validate of named files loads no manifest, generator or target
  if (command === 'validate' && options.paths !== undefined && options.paths.length > 0)
    return (await import('./run/validate-paths.js')).validatePathsRun(options.paths, options, deps);
  const [{ ingest }, { createProcessRunner }] = await Promise.all([
    import('./run/ingest.js'),
    import('./clients/process.js'),
  ]);
  const runner = createProcessRunner({ passEnv: values['subprocess-env'] ?? [], signal });
  return await ingest(options, { ...deps, runner });
}

/** `predict`: what the catalog will store for each document under `paths`; exit 1 when the loader refuses one. */
async function printPredictions(paths: string[], json: boolean, io: Output): Promise<number> {
  if (paths.length === 0) {
    io.err('stac-ingest: predict takes STAC files or directories\n');
    return 2;
  }
  const { predictPaths, renderPredictions } = await import('./run/predict.js');
  const { stringifyJson } = await import('./json.js');
  const result = await predictPaths(paths, process.cwd());
  const report = {
    predictions: result.predictions,
    problems: result.problems.map((e) => ({ message: e.message, location: e.location })),
  };
  io.out(json ? stringifyJson(report, 2) + '\n' : renderPredictions(result) + '\n');
  return result.problems.length > 0 || result.predictions.some((p) => p.errors.length > 0) ? 1 : 0;
}

/** `status`: the asset requests' status records kept next to the manifest. */
async function printStatus(
  manifestPath: string,
  requestId: string | undefined,
  json: boolean,
  io: Output,
): Promise<number> {
  const file = path.join(path.dirname(path.resolve(manifestPath)), '.stac-ingest', 'report.json');
  try {
    const { formatStatus, statusOf } = await import('./sources/assets/requests-status.js');
    const records = await statusOf(file, requestId);
    io.out(json ? JSON.stringify(records, null, 2) + '\n' : formatStatus(records) + '\n');
    return records.some((r) => r.status === 'failed') ? 1 : 0;
  } catch (err) {
    io.err(`stac-ingest: ${describeError(err)}\n`);
    return 1;
  }
}
