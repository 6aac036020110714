/**
 * The run's exit status: it fails when anything expected is missing, stale, invalid or
 * dead-lettered, and says which; `warnOnly` keeps the list but does not fail (for teams that
 * start non-blocking).
 */
import type { Origin } from '../core/types.js';
import type { VerifyReport } from '../stages/verify.js';

export type ProblemReason = 'missing' | 'stale' | 'invalid' | 'dead-lettered';

export interface Problem {
  key: string;
  reason: ProblemReason;
  /** e.g. the differing pointers, the validation message or the DLQ error. */
  detail: string;
  origin?: Origin;
}

export interface OutcomeInput {
  /** Objects that failed validation (never published). */
  invalid?: readonly { key: string; message: string; origin?: Origin }[];
  /** Objects whose message ended in a dead-letter queue. */
  deadLettered?: readonly { key: string; reason: string; origin?: Origin }[];
}

export interface VerificationOutcome {
  result: 'pass' | 'warn' | 'fail';
  /** True when the run must fail (never with `warnOnly`). */
  failed: boolean;
  problems: Problem[];
  counts: Record<ProblemReason, number>;
  /** One paragraph naming the problems (the first `listLimit` of them). */
  message: string;
}

const ORDER: ProblemReason[] = ['dead-lettered', 'invalid', 'missing', 'stale'];

export function verificationOutcome(
  report: VerifyReport | undefined,
  options: OutcomeInput & { warnOnly?: boolean; listLimit?: number } = {},
): VerificationOutcome {
  const problems: Problem[] = [];
  const add = (p: Problem, origin: Origin | undefined): void => {
    if (origin) p.origin = origin;
    problems.push(p);
  };
  for (const d of options.deadLettered ?? []) add({ key: d.key, reason: 'dead-lettered', detail: d.reason }, d.origin);
  for (const i of options.invalid ?? []) add({ key: i.key, reason: 'invalid', detail: i.message }, i.origin);
  const accounted = new Set(problems.map((p) => p.key));
  for (const e of report?.entries ?? []) {
    // a dead-lettered or invalid object is also missing; say the reason, once
    if (e.status === 'verified' || accounted.has(e.key)) continue;
    const detail =
      e.status === 'missing'
        ? 'not found through the STAC API'
        : `differs at ${e.differences
            .slice(0, 5)
            .map((d) => d.path || '/')
            .join(', ')}${e.differences.length > 5 || e.truncated ? ', …' : ''}`;
    add({ key: e.key, reason: e.status, detail }, e.origin);
  }
  problems.sort((a, b) => ORDER.indexOf(a.reason) - ORDER.indexOf(b.reason) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const counts: Record<ProblemReason, number> = { missing: 0, stale: 0, invalid: 0, 'dead-lettered': 0 };
  for (const p of problems) counts[p.reason]++;
  const limit = options.listLimit ?? 10;
  let message: string;
  if (problems.length === 0) {
    message = report ? `all ${report.counts.expected} expected object(s) verified` : 'nothing to verify';
  } else {
    const summary = ORDER.filter((r) => counts[r] > 0)
      .map((r) => `${counts[r]} ${r}`)
      .join(', ');
    const listed = problems.slice(0, limit).map((p) => `${p.reason} ${p.key}${p.origin ? ` (${p.origin.entry ?? p.origin.file})` : ''}: ${p.detail}`);
    const more = problems.length > limit ? [`… and ${problems.length - limit} more`] : [];
    message = `${problems.length} expected object(s) did not land as sent (${summary}):\n` + [...listed, ...more].map((l) => `  ${l}`).join('\n');
  }
  const failed = problems.length > 0 && options.warnOnly !== true;
  return { result: problems.length === 0 ? 'pass' : failed ? 'fail' : 'warn', failed, problems, counts, message };
}
