import type { ErrorObject } from 'ajv';

/**
 * Turns ajv's raw error list into the few errors a person should read.
 *
 * STAC schemas are full of `oneOf`/`anyOf` alternatives (geometry types, item-or-collection
 * extension schemas, geometry-or-null). When none matches, ajv reports every failure of every
 * alternative. We drop the alternatives that clearly were not meant (a branch that failed on a
 * `type`, `const` or `enum` check, i.e. a discriminator), keep the rest, drop the summary
 * "must match exactly one schema" when something more precise remains under it, and remove
 * duplicates that several schemas report for the same value.
 */
export function condenseErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<number>();
  const summaries = new Map<number, ErrorObject>();

  for (let k = errors.length - 1; k >= 0; k--) {
    const c = errors[k];
    if (c === undefined || dropped.has(k) || !isCombinator(c)) continue;
    if (c.params['passingSchemas'] != null) continue; // more than one alternative matched: keep as is
    const prefix = c.schemaPath + '/';
    const branches = new Map<number, number[]>();
    for (let i = 0; i < k; i++) {
      const e = errors[i];
      if (e === undefined || dropped.has(i) || !e.schemaPath.startsWith(prefix)) continue;
      const n = Number(e.schemaPath.slice(prefix.length).split('/')[0]);
      if (!Number.isInteger(n)) continue;
      const list = branches.get(n) ?? [];
      list.push(i);
      branches.set(n, list);
    }
    if (branches.size === 0) continue;
    const wrong = [...branches].filter(([, idx]) => idx.some((i) => isDiscriminatorMiss(errors[i], c.instancePath)));
    const maxBranch = Math.max(...branches.keys());
    // a branch with no error under this schema path failed inside a $ref'd schema: it is a real candidate
    const hiddenBranch = branches.size < maxBranch + 1;
    const plausible = branches.size - wrong.length > 0 || hiddenBranch;
    if (plausible) {
      for (const [, idx] of wrong) for (const i of idx) dropped.add(i);
      const left = [...branches].filter(([n]) => !wrong.some(([w]) => w === n));
      const merged = hiddenBranch
        ? undefined
        : mergeSinglePathBranches(
            c,
            left.map(([, idx]) => idx.map((i) => errors[i]).filter((e) => e !== undefined)),
          );
      if (merged !== undefined) {
        for (const [, idx] of left) for (const i of idx) dropped.add(i);
        summaries.set(k, merged);
      }
    } else {
      // every alternative failed on its discriminator: one error listing what would have been accepted
      for (const [, idx] of branches) for (const i of idx) dropped.add(i);
      summaries.set(
        k,
        summarizeAlternatives(
          c,
          [...branches.values()]
            .flat()
            .map((i) => errors[i])
            .filter((e) => e !== undefined),
        ),
      );
    }
  }

  const kept: ErrorObject[] = [];
  errors.forEach((e, i) => {
    if (!dropped.has(i)) kept.push(summaries.get(i) ?? e);
  });

  const precise = kept.filter((e) => !isSummary(e));
  const result = kept.filter((e) => !isSummary(e) || !precise.some((p) => isAtOrBelow(p.instancePath, e.instancePath)));
  const seen = new Set<string>();
  return result.filter((e) => {
    const alternatives =
      e.message?.startsWith('matches none of the alternatives') === true ||
      e.message?.startsWith('must satisfy one of') === true;
    const key = alternatives
      ? `${e.instancePath}\u0000alternatives`
      : `${e.instancePath}\u0000${e.keyword}\u0000${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isCombinator(e: ErrorObject): boolean {
  return e.keyword === 'oneOf' || e.keyword === 'anyOf';
}

function isSummary(e: ErrorObject): boolean {
  return isCombinator(e) || e.keyword === 'if' || e.keyword === 'allOf';
}

/** A `type`/`const`/`enum`/`not` failure on the alternative's own value or one of its direct members. */
function isDiscriminatorMiss(e: ErrorObject | undefined, base: string): boolean {
  if (e === undefined || !['const', 'enum', 'type', 'not'].includes(e.keyword)) return false;
  if (!isAtOrBelow(e.instancePath, base)) return false;
  const depth = e.instancePath.slice(base.length).split('/').length - 1;
  return depth <= 1;
}

/**
 * Alternatives that each failed with one error on the same value (e.g. bbox with 4 or 6 numbers)
 * become one error: "must satisfy one of: ...".
 */
function mergeSinglePathBranches(c: ErrorObject, branches: ErrorObject[][]): ErrorObject | undefined {
  if (branches.length < 2 || branches.some((b) => b.length !== 1)) return undefined;
  const first = branches[0]?.[0];
  if (first === undefined || branches.some((b) => b[0]?.instancePath !== first.instancePath)) return undefined;
  const messages = [
    ...new Set(branches.map((b) => (b[0] === undefined ? '' : describeAjvError({ ...b[0], data: undefined })))),
  ];
  return { ...first, keyword: c.keyword, params: {}, message: `must satisfy one of: ${messages.join('; or ')}` };
}

function isAtOrBelow(pointer: string, parent: string): boolean {
  return pointer === parent || pointer.startsWith(parent + '/');
}

function summarizeAlternatives(c: ErrorObject, branchErrors: ErrorObject[]): ErrorObject {
  const byPath = new Map<string, unknown[]>();
  for (const e of branchErrors) {
    const values =
      e.keyword === 'const'
        ? [e.params['allowedValue']]
        : e.keyword === 'enum'
          ? (e.params['allowedValues'] as unknown[])
          : [];
    if (values.length === 0) continue;
    byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), ...values]);
  }
  // the deepest discriminator is the most telling one (e.g. /geometry/type rather than /geometry)
  const best = [...byPath].sort((a, b) => b[0].length - a[0].length)[0];
  if (best === undefined) return c;
  const allowed = [...new Set(best[1].map((v) => JSON.stringify(v)))];
  const sample = branchErrors.find((e) => e.instancePath === best[0]);
  return {
    ...c,
    data: sample?.data,
    instancePath: best[0],
    keyword: 'enum',
    params: { allowedValues: allowed.map((v) => JSON.parse(v) as unknown) },
    message: `matches none of the alternatives; must be one of ${allowed.join(', ')}`,
  };
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}

/** A one-line message with the useful params (missing property, allowed values, found value). */
export function describeAjvError(e: ErrorObject): string {
  const p = e.params;
  const got =
    e.data !== undefined && e.keyword !== 'required' && e.keyword !== 'additionalProperties'
      ? ` (got ${preview(e.data)})`
      : '';
  if (
    e.message?.startsWith('matches none of the alternatives') === true ||
    e.message?.startsWith('must satisfy one of') === true
  ) {
    return e.message + got;
  }
  switch (e.keyword) {
    case 'required':
      return `missing required property '${String(p['missingProperty'])}'`;
    case 'additionalProperties':
      return `property '${String(p['additionalProperty'])}' is not allowed here`;
    case 'enum':
      return `must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got}`;
    case 'const':
      return `must be ${JSON.stringify(p['allowedValue'])}${got}`;
    case 'type':
      return (
        `must be of type ` +
        `${Array.isArray(p['type']) ? (p['type'] as string[]).join(' or ') : String(p['type'])}${got}`
      );
    case 'format':
      return `must be a valid ${String(p['format'])}${got}`;
    case 'pattern':
      return `must match the pattern ${String(p['pattern'])}${got}`;
    case 'not':
      return `is not allowed here${got}`;
    case 'oneOf':
      if (p['passingSchemas'] != null)
        return (
          `matches more than one alternative ` +
          `(${(p['passingSchemas'] as number[]).join(', ')}); it must match exactly one${got}`
        );
      return `matches none of the allowed alternatives${got}`;
    case 'anyOf':
      return `matches none of the allowed alternatives${got}`;
    default:
      return `${e.message ?? e.keyword}${got}`;
  }
}
