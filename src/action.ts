import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IngestOptions } from './run/ingest.js';
import { runStatus, type IngestResult } from './model/result.js';
import { cancelOnSignals } from './cancel.js';
import { randomBytes } from 'node:crypto';
import { inertLines, oneLevelGroups, ProgressTracker, SecretMasker, type Logger } from './logging.js';
import type { SourceLocation } from './errors.js';
import { describeError, formatLocation } from './errors.js';
import { renderSummary } from './report/summary.js';
import { toJsonReport } from './report/json-report.js';
import { commentMarker, renderPlanComment, upsertStickyComment } from './report/pr-comment.js';
import { renderPlanText } from './report/plan-text.js';
import { patternList } from './security/glob.js';
import { engineName } from './stages/generate/engine.js';
import { resolveCommand, untrustedReason, workflowEvent } from './security/events.js';
import { registerEnvironmentSecrets, secretForms } from './security/env.js';
import {
  buildPolicy,
  DEFAULT_CREDENTIAL_ENV,
  LIST_SETTINGS,
  NUMBER_SETTINGS,
  PR_CODE_SETTING,
  type PolicySettings,
  type TrustedPolicy,
} from './security/policy.js';
import { parseShard } from './run/shards.js';
import { useRunTempRoot } from './temp-root.js';

/**
 * Logger that writes GitHub workflow commands: groups, annotations, masked secrets. Every message passes the run's
 * masker; annotation and group text is escaped by @actions/core (`%`, CR, LF; `:` and `,` in properties too), and
 * plain lines that the runner would read as commands are printed inert (see `inertLines`).
 */
export function createActionsLogger(masker: SecretMasker): Logger {
  const tracker = new ProgressTracker();
  const clean = (m: string) => masker.mask(m);
  const info = (m: string) => {
    for (const line of inertLines(clean(m), () => randomBytes(16).toString('hex'))) core.info(line);
  };
  const props = (title: string, loc?: SourceLocation): core.AnnotationProperties => {
    const p: core.AnnotationProperties = { title };
    if (loc?.file !== undefined) p.file = clean(loc.file);
    if (loc?.line !== undefined) p.startLine = loc.line;
    if (loc?.line !== undefined && loc.column !== undefined) p.startColumn = loc.column;
    return p;
  };
  const suffix = (loc?: SourceLocation) => {
    const extra = [loc?.entry, loc?.pointer !== undefined ? `at ${loc.pointer || '/'}` : undefined]
      .filter(Boolean)
      .join(' ');
    return extra ? ` (${extra})` : '';
  };
  return {
    debug: (m) => core.debug(clean(m)),
    info,
    warning: (m, loc) => core.warning(clean(m + suffix(loc)), props('stac-ingest', loc)),
    error: (m, loc) => core.error(clean(m + suffix(loc)), props('stac-ingest', loc)),
    group: oneLevelGroups((name, fn) => core.group(clean(name), fn), info),
    setSecret: (v) => {
      masker.add(v);
      core.setSecret(v);
    },
    progress: (label, done, total) => {
      const line = tracker.line(label, done, total);
      if (line !== undefined) info(line);
    },
  };
}

function optionalInt(name: string): number | undefined {
  const raw = core.getInput(name).trim();
  if (raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`input '${name}' must be a whole number, got '${raw}'`);
  return n;
}

function optionalBool(name: string, fallback: boolean): boolean {
  return core.getInput(name).trim() === '' ? fallback : core.getBooleanInput(name);
}

/** Secret inputs and the environment variables the targets read them from (by default). */
const SECRET_INPUTS: Array<[input: string, env: string]> = [
  ['ingestor-token', 'STAC_INGESTOR_TOKEN'],
  ['cognito-client-secret', 'COGNITO_CLIENT_SECRET'],
  ['pgstac-dsn', 'PGSTAC_DSN'],
  ['stac-api-auth', 'STAC_API_AUTH'],
];

/**
 * Registers every secret the run knows before anything can print one (the secret inputs, the GitHub token, the
 * credential variables it or the AWS SDK reads), then hands the secret inputs to the targets through the environment.
 */
export function exportSecretInputs(logger: Logger, credentialEnv: readonly string[]): void {
  for (const [input, env] of SECRET_INPUTS) {
    const value = core.getInput(input).trim();
    if (!value) continue;
    for (const form of secretForms(value)) logger.setSecret(form);
    process.env[env] = value;
  }
  const token = core.getInput('github-token').trim();
  if (token) logger.setSecret(token);
  registerEnvironmentSecrets(process.env, credentialEnv, logger);
}

const list = (name: string): string[] => patternList(core.getInput(name));

/** The trusted policy from the inputs (the workflow file) and the event; never from the manifest. */
export function readPolicy(): TrustedPolicy {
  const settings: PolicySettings = { allowPrCode: optionalBool(PR_CODE_SETTING.input, false) };
  for (const [key, { input }] of Object.entries(LIST_SETTINGS))
    settings[key as keyof typeof LIST_SETTINGS] = list(input);
  for (const [key, { input }] of Object.entries(NUMBER_SETTINGS)) {
    const n = optionalInt(input);
    if (n !== undefined) settings[key as keyof typeof NUMBER_SETTINGS] = n;
  }
  const event = workflowEvent();
  const untrusted = untrustedReason(event.name, event.payload);
  if (untrusted !== undefined) settings.untrusted = untrusted;
  return buildPolicy(process.env['GITHUB_WORKSPACE'] || process.cwd(), settings);
}

/** Reads the Action's inputs into the core's options ('' means not set). */
export function readInputs(): IngestOptions {
  const options: IngestOptions = {
    command: resolveCommand(core.getInput('command'), process.env['GITHUB_EVENT_NAME']),
    manifestPath: core.getInput('manifest').trim() || 'stac-ingest.yaml',
    schemaMirrors: core
      .getMultilineInput('schema-mirrors')
      .map((s) => s.trim())
      .filter(Boolean),
    schemaCache:
      core.getInput('schema-cache').trim() ||
      path.join(process.env['RUNNER_TEMP'] ?? '.stac-ingest', 'stac-ingest-schema-cache'),
    network: !optionalBool('offline', false),
    policy: readPolicy(),
  };
  const target = core.getInput('target').trim();
  if (target) options.target = target;
  const output = core.getInput('output').trim();
  if (output) options.output = output;
  const workspace = process.env['GITHUB_WORKSPACE'];
  if (workspace) options.workspace = workspace;
  if (optionalBool('allow-outside-workspace', false)) options.allowOutsideWorkspace = true;
  const maxWarnings = optionalInt('max-warnings');
  if (maxWarnings !== undefined) options.maxWarnings = maxWarnings;
  const concurrency = optionalInt('concurrency');
  if (concurrency !== undefined) options.concurrency = Math.max(1, concurrency);
  const engine = core.getInput('engine').trim();
  if (engine) options.engine = engineName(engine, 'the engine input');
  const shard = core.getInput('shard').trim();
  if (shard) options.shard = parseShard(shard, 'the shard input');
  const shardsDir = core.getInput('shards-dir').trim();
  if (shardsDir) options.shardsDir = shardsDir;
  if (optionalBool('generate', false)) options.generate = true;
  if (optionalBool('force', false)) options.force = true;
  return options;
}

function setOutputs(result: IngestResult, reportFile: string): void {
  core.setOutput('result', runStatus(result));
  core.setOutput('command', result.command);
  core.setOutput('items-planned', String(result.plan?.totals.items ?? 0));
  core.setOutput('items-checked', String(result.validation?.checked.items ?? 0));
  core.setOutput('collections-checked', String(result.validation?.checked.collections ?? 0));
  core.setOutput('items-generated', String(result.generation?.succeeded ?? 0));
  core.setOutput('generation-failures', String(result.generation?.failed.length ?? 0));
  core.setOutput('errors', String(result.problems.filter((p) => p.severity === 'error').length));
  core.setOutput('warnings', String(result.validation?.warnings ?? 0));
  core.setOutput('report-file', reportFile);
  const totals = toJsonReport(result).totals;
  for (const k of [
    'new',
    'changed',
    'unchanged',
    'published',
    'verified',
    'missing',
    'stale',
    'dead_lettered',
  ] as const)
    core.setOutput(`items-${k.replace('_', '-')}`, String(totals[k]));
}

/** On pull requests: the plan as one sticky comment, created once and edited on each push. */
async function commentOnPullRequest(result: IngestResult, logger: Logger, masker: SecretMasker): Promise<void> {
  if (!process.env['GITHUB_EVENT_NAME']?.startsWith('pull_request')) return;
  // the GitHub client loads only here, for pull requests
  const github = await import('@actions/github');
  const pr = github.context.payload.pull_request;
  if (!pr || !optionalBool('comment', true)) return;
  const token = core.getInput('github-token').trim();
  if (!token) {
    logger.info('no github-token: skipping the pull-request comment');
    return;
  }
  const { owner, repo } = github.context.repo;
  const runUrl = `${github.context.serverUrl}/${owner}/${repo}/actions/runs/${github.context.runId}`;
  try {
    const octokit = github.getOctokit(token);
    const r = await upsertStickyComment(
      octokit.rest.issues,
      { owner, repo, number: pr.number },
      masker.mask(renderPlanComment(result, runUrl)),
      commentMarker(result.manifest ?? 'stac-ingest.yaml'),
    );
    logger.info(`${r.action} the plan comment on #${pr.number}`);
  } catch (err) {
    // a fork's read-only token cannot comment: that must not fail the check
    logger.warning(`could not comment on the pull request: ${describeError(err)}`);
  }
}

/** The command; its modules load on demand (each target loads its own clients). */
async function execute(options: IngestOptions, logger: Logger, signal: AbortSignal): Promise<IngestResult> {
  if (options.command === 'redrive') {
    const { redriveRun } = await import('./run/redrive.js');
    return await redriveRun(
      {
        manifestPath: options.manifestPath,
        ...(options.target ? { target: options.target } : {}),
        ...(options.policy ? { policy: options.policy } : {}),
      },
      { logger },
    );
  }
  const [{ ingest }, { createProcessRunner }] = await Promise.all([
    import('./run/ingest.js'),
    import('./clients/process.js'),
  ]);
  return await ingest(options, {
    logger,
    runner: createProcessRunner({ passEnv: patternList(core.getInput('subprocess-env')), signal }),
    signal,
  });
}

export async function run(): Promise<void> {
  let result: IngestResult | undefined;
  const masker = new SecretMasker();
  const logger = createActionsLogger(masker);
  // a cancelled workflow sends SIGINT, then SIGTERM: the run stops, and the report and summary say `cancelled`
  const cancellation = cancelOnSignals({ log: (m) => core.warning(m) });
  const reportFile = path.resolve(
    core.getInput('report-file').trim() || path.join(process.env['RUNNER_TEMP'] ?? '.', 'stac-ingest-report.json'),
  );
  try {
    exportSecretInputs(logger, DEFAULT_CREDENTIAL_ENV);
    const options = readInputs();
    if (options.policy) registerEnvironmentSecrets(process.env, options.policy.credentialEnv, logger);
    const { swept } = await useRunTempRoot();
    if (swept.length > 0) logger.info(`removed ${swept.length} temp folder(s) that killed runs left behind`);
    result = await execute(options, logger, cancellation.signal);
    if (result.plan && result.command === 'plan') logger.info(renderPlanText(result.plan));
    // problems the logger has not already annotated (validation findings were annotated as they were found)
    for (const p of result.problems) {
      if (p.stage === 'validate') continue;
      const where = formatLocation(p.location);
      logger.error(`${p.stage}: ${p.message}${where && !p.location?.file ? ` (${where})` : ''}`, p.location);
    }
    await writeFile(reportFile, masker.mask(JSON.stringify(toJsonReport(result), null, 2)) + '\n');
    setOutputs(result, reportFile);
    await commentOnPullRequest(result, logger, masker);
    if (result.cancelled !== undefined)
      core.setFailed(`stac-ingest ${result.command} was cancelled by ${result.cancelled}`);
    else if (!result.ok) {
      const message =
        `stac-ingest ${result.command} failed: ` +
        `${result.problems.filter((p) => p.severity === 'error').length} problem(s); see the job summary`;
      if (optionalBool('warn-only', false)) logger.warning(`${message} (warn-only: the step passes)`);
      else core.setFailed(message);
    }
  } catch (err) {
    core.setFailed(masker.mask(describeError(err)));
  } finally {
    cancellation.dispose();
    if (result) {
      try {
        await core.summary.addRaw(masker.mask(renderSummary(result))).write();
      } catch (err) {
        logger.warning(`could not write the job summary: ${describeError(err)}`);
      }
    }
  }
}
