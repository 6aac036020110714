import type { z } from 'zod';
import { allowedKeysAt } from './json-schema.js';
import { closest, describeValue, formatPath, quoteList, typeWords } from './messages.js';

type Issue = z.core.$ZodIssue;

/** Marks a message zod would have written itself, so we can write a better one from the issue's data. */
export const DEFAULT_MESSAGE = '\u0001default';
export const defaultMessageMap = (): string => DEFAULT_MESSAGE;

/** One problem in manifest terms: where (a data path, and whether to point at a key) and what. */
export interface ManifestProblem {
  path: PropertyKey[];
  /** Point at this key of the mapping at `path` (unknown keys, bad record keys). */
  atKey?: string;
  message: string;
  hint?: string;
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

const has = (data: unknown, path: readonly PropertyKey[]): boolean => {
  if (path.length === 0) return true;
  const parent = valueAt(data, path.slice(0, -1));
  const last = path[path.length - 1];
  return (
    parent !== null &&
    typeof parent === 'object' &&
    last !== undefined &&
    Object.prototype.hasOwnProperty.call(parent, last)
  );
};

function typeHint(expected: string, got: unknown): string | undefined {
  if (expected === 'string' && (typeof got === 'number' || typeof got === 'boolean')) return 'quote it';
  if (expected === 'array' && typeof got === 'string') return 'write a YAML list, e.g. `- value` on its own line';
  if ((expected === 'object' || expected === 'record') && got === null)
    return 'the key has no value; indent its entries below it';
  return undefined;
}

function suggestion(got: unknown, values: readonly unknown[]): string {
  if (typeof got !== 'string') return '';
  const near = closest(
    got,
    values.filter((v): v is string => typeof v === 'string'),
  );
  return near === undefined ? '' : ` — did you mean \`${near}\`?`;
}

function sizeWords(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, got: unknown): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      if (small && bound === 1) return 'must not be empty';
      return `must be ${small ? 'at least' : 'at most'} ${bound} characters long, got ${describeValue(got)}`;
    case 'array':
    case 'set':
      if (small && bound === 1) return 'needs at least one entry';
      return `needs ${small ? 'at least' : 'at most'} ${bound} entries, got ${describeValue(got)}`;
    default:
      return (
        `expected a number ${small ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<'} ${bound}, got ` +
        `${describeValue(got)}`
      );
  }
}

/** Where an issue is and what is there: what every kind of issue is described with. */
interface At {
  data: unknown;
  path: PropertyKey[];
  label: string;
  got: unknown;
  present: boolean;
  /** The schema gave its own message. */
  custom: boolean;
  /** A "missing required key" problem saying what the key takes. */
  missing(what: string): ManifestProblem;
}

function atIssue(issue: Issue, data: unknown, prefix: readonly PropertyKey[]): At {
  const path = [...prefix, ...issue.path];
  const custom = issue.message !== DEFAULT_MESSAGE;
  const key = String(path[path.length - 1]);
  return {
    data,
    path,
    label: formatPath(path),
    got: valueAt(data, path),
    present: has(data, path),
    custom,
    missing: (what) => {
      const parent = formatPath(path.slice(0, -1));
      return { path, message: `${parent}: missing required key \`${key}\` (${custom ? what : `expected ${what}`})` };
    },
  };
}

function unknownKeys(issue: Extract<Issue, { code: 'unrecognized_keys' }>, at: At): ManifestProblem[] {
  const allowed = allowedKeysAt(at.path, (p) => valueAt(at.data, p));
  return issue.keys.map((key) => {
    const near = closest(key, allowed);
    const problem: ManifestProblem = {
      path: at.path,
      atKey: key,
      message:
        `${formatPath([...at.path, key])}: unknown key \`${key}\`` +
        (near === undefined ? '' : ` — did you mean \`${near}\`?`),
    };
    if (near === undefined && allowed.length > 0) problem.hint = `allowed here: ${quoteList(allowed)}`;
    return problem;
  });
}

function wrongType(issue: Extract<Issue, { code: 'invalid_type' }>, at: At): ManifestProblem[] {
  const { path, label, got } = at;
  if (!at.present) return [at.missing(at.custom ? issue.message : typeWords(issue.expected))];
  if (at.custom) return [{ path, message: `${label}: ${issue.message} — got ${describeValue(got)}` }];
  const hint = typeHint(issue.expected, got);
  const expected = `${label}: expected ${typeWords(issue.expected)}, got ${describeValue(got)}`;
  return [{ path, message: expected + (hint ? ` — ${hint}` : '') }];
}

function noUnionBranch(issue: Extract<Issue, { code: 'invalid_union' }>, at: At): ManifestProblem[] {
  const { path, label, got } = at;
  if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
    const options = issue.options;
    const expected = `one of ${quoteList(options)}`;
    if (!at.present) return [at.missing(expected)];
    return [{ path, message: `${label}: expected ${expected}, got ${describeValue(got)}${suggestion(got, options)}` }];
  }
  if (at.custom) return [{ path, message: `${label}: ${issue.message}` }];
  // A branch that got past the top-level type check says more than "expected a string or a list".
  const deeper = issue.errors.find(
    (branch) => branch.length > 0 && !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  if (deeper) return deeper.flatMap((i) => issueProblems(i, at.data, path));
  const types = issue.errors.flatMap((branch) =>
    branch
      .filter((i) => i.code === 'invalid_type' && i.path.length === 0)
      .map((i) => typeWords((i as { expected: string }).expected)),
  );
  const expected = [...new Set(types)].join(' or ') || 'a different value';
  if (!at.present) return [at.missing(expected)];
  return [{ path, message: `${label}: expected ${expected}, got ${describeValue(got)}` }];
}

function badKey(issue: Extract<Issue, { code: 'invalid_key' }>, at: At): ManifestProblem[] {
  const inner = at.custom
    ? issue.message
    : issue.issues.map((i) => (i.message === DEFAULT_MESSAGE ? 'not a valid name' : i.message)).join('; ');
  const key = String(at.path[at.path.length - 1]);
  const message = `${at.label}: the key \`${key}\` is not allowed here: ${inner}`;
  return [{ path: at.path.slice(0, -1), atKey: key, message }];
}

function badFormat(issue: Extract<Issue, { code: 'invalid_format' }>, at: At): ManifestProblem[] {
  const got = describeValue(at.got);
  if (at.custom) return [{ path: at.path, message: `${at.label}: ${issue.message}, got ${got}` }];
  const what =
    issue.format === 'regex'
      ? `text matching ${issue.pattern ?? 'the pattern'}`
      : issue.format === 'url'
        ? 'a URL'
        : `a valid ${issue.format}`;
  return [{ path: at.path, message: `${at.label}: expected ${what}, got ${got}` }];
}

/** Turn one zod issue into located manifest problems (several for several unknown keys). */
export function issueProblems(issue: Issue, data: unknown, prefix: readonly PropertyKey[] = []): ManifestProblem[] {
  const at = atIssue(issue, data, prefix);
  const { path, label, got, custom } = at;
  switch (issue.code) {
    case 'unrecognized_keys':
      return unknownKeys(issue, at);
    case 'invalid_type':
      return wrongType(issue, at);
    case 'invalid_value': {
      const expected =
        issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${quoteList(issue.values)}`;
      if (!at.present) return [at.missing(custom ? issue.message : expected)];
      const base = custom ? issue.message : `expected ${expected}`;
      return [{ path, message: `${label}: ${base}, got ${describeValue(got)}${suggestion(got, issue.values)}` }];
    }
    case 'invalid_union':
      return noUnionBranch(issue, at);
    case 'invalid_key':
      return badKey(issue, at);
    case 'too_small':
    case 'too_big': {
      const what = custom ? `${issue.message}, got ${describeValue(got)}` : sizeWords(issue, got);
      return [{ path, message: `${label}: ${what}` }];
    }
    case 'invalid_format':
      return badFormat(issue, at);
    case 'not_multiple_of': {
      const what = custom ? issue.message : `expected a multiple of ${issue.divisor}`;
      return [{ path, message: `${label}: ${what}, got ${describeValue(got)}` }];
    }
    default:
      return [{ path, message: `${label}: ${custom ? issue.message : 'invalid value'}` }];
  }
}
