import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import type { Command } from '../model/result.js';

export const COMMANDS: readonly Command[] = ['validate', 'plan', 'run', 'verify', 'redrive', 'publish-shards'];

/** Events `auto` publishes on: what is on the default branch (a push or merge), on a schedule, or by hand. */
const RUN_EVENTS = ['push', 'schedule', 'workflow_dispatch'];

/**
 * `auto`: plan on `pull_request`, run on `push`, `schedule` and `workflow_dispatch`. Every other event (reviews,
 * comments, `pull_request_target`, `workflow_run`, `merge_group`, ...) is refused: none of them means "publish
 * what is merged", and several carry unmerged pull-request content.
 */
export function resolveCommand(input: string, eventName: string | undefined): Command {
  const value = input.trim() || 'auto';
  if (value === 'auto') {
    if (eventName === 'pull_request') return 'plan';
    if (eventName !== undefined && RUN_EVENTS.includes(eventName)) return 'run';
    throw new ConfigurationError(`command 'auto' does not know what to do on the '${eventName ?? 'unknown'}' event`, {
      hint:
        `auto plans on pull_request and runs on ${RUN_EVENTS.join(', ')}; ` +
        `for this event set the \`command\` input explicitly (${COMMANDS.join(', ')})`,
    });
  }
  if ((COMMANDS as readonly string[]).includes(value)) return value as Command;
  throw new ConfigurationError(`input 'command' must be one of auto, ${COMMANDS.join(', ')}; got '${value}'`);
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];

interface RepoRef {
  full_name?: unknown;
}
interface EventPayload {
  repository?: RepoRef | null;
  pull_request?: { head?: { repo?: RepoRef | null } | null } | null;
}

/**
 * Why code from the event's pull request must not run here (undefined when it may): `pull_request_target` runs
 * with the base repository's secrets and write token, and a fork's pull request is anyone's code.
 */
export function untrustedReason(eventName: string | undefined, payload: unknown): string | undefined {
  if (eventName === 'pull_request_target')
    return (
      "the pull_request_target event runs with the base repository's secrets; " +
      'code from the pull request is not run there'
    );
  if (eventName === undefined || !PULL_REQUEST_EVENTS.includes(eventName)) return undefined;
  const p = (payload ?? {}) as EventPayload;
  const head = p.pull_request?.head?.repo?.full_name;
  const base = p.repository?.full_name;
  if (p.pull_request && (typeof head !== 'string' || head !== base)) {
    const fork = typeof head === 'string' ? head : 'a deleted repository';
    return `the pull request comes from a fork (${fork}); code from it is not run`;
  }
  return undefined;
}

/** The event of the workflow we run in: GITHUB_EVENT_NAME and the payload file GITHUB_EVENT_PATH names. */
export function workflowEvent(env: NodeJS.ProcessEnv = process.env): { name: string | undefined; payload: unknown } {
  const file = env['GITHUB_EVENT_PATH'];
  let payload: unknown;
  try {
    payload = file ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    payload = undefined;
  }
  return { name: env['GITHUB_EVENT_NAME'], payload };
}
