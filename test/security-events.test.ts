import { access, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProcessRunner } from '../src/clients/process.js';
import { ConfigurationError } from '../src/errors.js';
import { RecordingLogger } from '../src/logging.js';
import type { Command } from '../src/model/result.js';
import { renderPlanText } from '../src/report/plan-text.js';
import { renderPlanComment } from '../src/report/pr-comment.js';
import { renderSummary } from '../src/report/summary.js';
import { toJsonReport } from '../src/report/json-report.js';
import { ingest } from '../src/run/ingest.js';
import { resolveCommand, untrustedReason } from '../src/security/events.js';
import type { PolicySettings } from '../src/security/policy.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { CANARY_PACKAGE } from './support/canary.js';
import { testPolicy } from './support/policy.js';
import { validCollection } from './support/stac-docs.js';

/**
 * Defect 5 of issue 10 (`auto` meant `run` on review comments and other PR-related events) and the rule for
 * untrusted pull requests: on pull_request_target and fork pull requests nothing the pull request names runs.
 */
describe('command auto', () => {
  it('plans on pull_request and runs on push, schedule and workflow_dispatch', () => {
    expect(resolveCommand('auto', 'pull_request')).toBe('plan');
    for (const e of ['push', 'schedule', 'workflow_dispatch']) expect(resolveCommand('auto', e)).toBe('run');
    expect(resolveCommand('', 'push')).toBe('run');
  });

  it.each([
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
    'issue_comment',
    'workflow_run',
    'merge_group',
    'release',
    'repository_dispatch',
  ])('refuses %s, asking for an explicit command', (event) => {
    let err: unknown;
    try {
      resolveCommand('auto', event);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).message).toContain(`'${event}' event`);
    expect((err as ConfigurationError).hint).toMatch(/set the `command` input explicitly/);
  });

  it('an explicit command is taken as given', () => {
    expect(resolveCommand('validate', 'issue_comment')).toBe('validate');
    expect(() => resolveCommand('publish', 'push')).toThrow(/must be one of auto, validate, plan, run/);
  });
});

describe('untrusted pull requests', () => {
  const repo = (full_name: string) => ({ full_name });
  it('pull_request_target and a fork are untrusted; the same repository and push are not', () => {
    expect(untrustedReason('pull_request_target', {})).toMatch(/pull_request_target/);
    const fork = { repository: repo('org/data'), pull_request: { head: { repo: repo('someone/data') } } };
    expect(untrustedReason('pull_request', fork)).toMatch(/fork \(someone\/data\)/);
    expect(untrustedReason('pull_request_review', fork)).toMatch(/fork/);
    const deleted = { repository: repo('org/data'), pull_request: { head: { repo: null } } };
    expect(untrustedReason('pull_request', deleted)).toMatch(/deleted repository/);
    const same = { repository: repo('org/data'), pull_request: { head: { repo: repo('org/data') } } };
    expect(untrustedReason('pull_request', same)).toBeUndefined();
    expect(untrustedReason('push', {})).toBeUndefined();
  });

  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A dataset whose manifest runs our canary package from the workspace (a local package of the pull request). */
  async function dataset(): Promise<{ manifest: string; record: string }> {
    dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-untrusted-'));
    await cp(CANARY_PACKAGE, path.join(dir, 'packages', 'canary'), { recursive: true });
    await writeFile(path.join(dir, 'c.json'), JSON.stringify(validCollection('c')));
    const record = path.join(dir, 'env.json');
    const manifest = path.join(dir, 'stac-ingest.yaml');
    await writeFile(
      manifest,
      `version: 1\ncollections:\n  - id: c\n    file: c.json\nsources:\n  - id: gen\n    collection: ` +
        `c\n    stactools:\n      package: ./packages/canary\n      group: canary\n      args: ` +
        `[${JSON.stringify(record)}]\n      options:\n        collection: c\n`,
    );
    return { manifest, record };
  }

  const ran = (file: string) =>
    access(file).then(
      () => true,
      () => false,
    );

  async function attempt(manifest: string, command: Command, settings: PolicySettings, generate = false) {
    return ingest(
      {
        command,
        manifestPath: manifest,
        concurrency: 1,
        schemaMirrors: [bundledSchemaMirror()!],
        network: false,
        ...(generate ? { generate } : {}),
        policy: testPolicy(dir, settings),
      },
      { logger: new RecordingLogger(), runner: createProcessRunner() },
    );
  }

  const reason = 'the pull request comes from a fork (someone/data); code from it is not run';

  it('validate --generate and plan skip the local package and say so in every output', async () => {
    const { manifest, record } = await dataset();
    const validated = await attempt(manifest, 'validate', { untrusted: reason }, true);
    expect(validated.ok).toBe(true);
    expect(await ran(record)).toBe(false);
    const planned = await attempt(manifest, 'plan', { untrusted: reason });
    expect(planned.ok).toBe(true);
    expect(planned.plan?.skipped).toEqual([
      { entry: 'sources[0] (gen)', what: '1 create-item call(s) with ./packages/canary', reason },
    ]);
    for (const text of [
      renderPlanText(planned.plan!),
      renderSummary(planned),
      renderPlanComment(planned),
      JSON.stringify(toJsonReport(planned)),
    ])
      expect(text).toContain(reason);
    expect(await ran(record)).toBe(false);
  });

  it('run refuses, naming allow-pr-code, and runs nothing', async () => {
    const { manifest, record } = await dataset();
    const result = await attempt(manifest, 'run', { untrusted: reason });
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(/`run` would execute code from the pull request: 1 create-item call/);
    expect(result.problems[0]?.message).toMatch(/`allow-pr-code` \(CLI --allow-pr-code\)/);
    expect(await ran(record)).toBe(false);
  });

  it('allow-pr-code runs it anyway', async () => {
    const { manifest, record } = await dataset();
    const result = await attempt(manifest, 'validate', { untrusted: reason, allowPrCode: true }, true);
    expect(result.problems).toEqual([]);
    expect(await ran(record)).toBe(true);
  });
});
