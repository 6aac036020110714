/**
 * A differential fuzz of validation's quick read (JSON.parse alone, src/stages/validate/check-unit.ts) against
 * the exact parse, and of loadsPlainly against the loader model: random documents written as random JSON text
 * (numbers in every spelling, duplicate members, odd member names, whitespace, lone surrogates), each checked
 * both ways. Returns the first disagreement, or undefined.
 */
import { scaleItem } from '../../bench/scale/corpus.js';
import type { ConfigurationError } from '../../src/errors.js';
import { loadsPlainly } from '../../src/compare/loads-plainly.js';
import { loaderRefusals, refusalsByModel } from '../../src/compare/stored-form.js';
import { stringifyJson, withMembers } from '../../src/json.js';
import type { SourceDoc, StacObject } from '../../src/model/stac.js';
import { parseUnit, parseUnitQuickly } from '../../src/sources/units.js';
import { checkUnit } from '../../src/stages/validate/check-unit.js';
import { loaderRuleProblems } from '../../src/stages/validate/loader-rules.js';
import { collectionGen, itemGen, toDoc, type Random } from './stac-generator.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are edited freely
type Doc = any;

/** A seeded PRNG whose successive draws are not correlated (an LCG's are, and skew the choices). */
function mixed(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** Number spellings that JSON.parse reads differently from Python (or reads as the same double). */
const SPECIAL_NUMBERS = (
  '-0 -0.0 0.0 0e0 1e400 -1e400 1e-400 -1e-400 5e-324 1.7976931348623157e308 9007199254740991 ' +
  '9007199254740992 9007199254740993 -9007199254740993 9223372036854775807 9223372036854775808 ' +
  '-9223372036854775808 -9223372036854775809 18446744073709551615 18446744073709551616 ' +
  '100000000000000000000 1e20 1e19 123456789012345678901234567890 10.0 1E1 1e+1 100e-1 0.1e2 1.10 ' +
  '2.5e-7 0.000001 0.0000001 1.0000000000000002 12345678901234567.0 4.35 1'
).split(' ');

/** Other spellings of the same number `n`. */
function spell(r: Random, n: number): string {
  const plain = String(n);
  if (!Number.isFinite(n)) return plain;
  const forms = [plain, n.toExponential(), n.toExponential().toUpperCase()];
  if (Number.isInteger(n)) forms.push(`${plain}.0`, `${plain}e0`, `${plain}0e-1`, `${plain}.000`);
  else forms.push(`${plain}0`, `${plain}e0`);
  return pick(r, forms).replace('e+', pick(r, ['e+', 'e']));
}

const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'aws:s3', '', 'x/y~z', 'é'];

function randomValue(r: Random, depth = 0): unknown {
  const pool: (() => unknown)[] = [
    () => null,
    () => true,
    () => false,
    () => 0,
    () => -1,
    () => 1.5,
    () => 2 ** 60,
    () => '',
    () => 'x',
    () => 'aws:s3',
    () => "it's",
    () => 'a\\b',
    () => '\ud800',
    () => '\udc00x',
    () => '😀',
    () => [],
    () => ({}),
    () => [1, 2],
    () => [1, 2, 3],
    () => [0, 0, 1, 1],
    () => [0, 0, 0, 1, 1, 1],
    () => '2020-01-01T00:00:00Z',
    () => '2020-01-01T00:00:00',
    () => '2020-01-01',
    () => 1577836800,
    () => ({ type: 'Point', coordinates: [1, 2] }),
    () => ({ type: 'Point', coordinates: [1, 2, 3], bbox: [1, 2, 3, 1, 2, 3] }),
    () => ({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }] }),
    () => ({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
      bbox: [0, 1, 1, 0],
    }),
    () => ({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [-0, 0],
        ],
      ],
    }),
    () => ({ href: 'https://x', rel: 'self' }),
    () => ({ href: 's3://b/k', roles: ['data'] }),
    () => ({ name: 'p', roles: ['host'], url: null }),
    () => ['https://stac-extensions.github.io/eo/v1.1.0/schema.json'],
    () => (depth < 3 ? { [pick(r, ODD_KEYS)]: randomValue(r, depth + 1) } : 1),
    () => (depth < 3 ? [randomValue(r, depth + 1)] : 2),
  ];
  return pick(r, pool)();
}

/** Every container in `v` with a path to it. */
function containers(v: unknown, out: object[] = []): object[] {
  if (typeof v !== 'object' || v === null) return out;
  out.push(v);
  for (const x of Object.values(v)) containers(x, out);
  return out;
}

function setOwn(o: Doc, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** A few random edits of a document (in place). */
function edit(r: Random, d: Doc): void {
  const edits = Math.floor(r() * 4);
  for (let e = 0; e < edits; e++) {
    const c = pick(r, containers(d)) as Doc;
    const keys = Object.keys(c);
    const what = r();
    if (Array.isArray(c)) {
      if (what < 0.3 && c.length > 0) c.pop();
      else if (what < 0.6) c.push(randomValue(r));
      else if (c.length > 0) c[Math.floor(r() * c.length)] = randomValue(r);
    } else if (what < 0.2 && keys.length > 0) delete c[pick(r, keys)];
    else if (what < 0.5 && keys.length > 0) setOwn(c, pick(r, keys), randomValue(r));
    else if (what < 0.6) setOwn(c, pick(r, ODD_KEYS), randomValue(r));
    else if (what < 0.8 && keys.length > 0) {
      const k = pick(r, keys);
      if (typeof c[k] === 'number') c[k] = Number(pick(r, SPECIAL_NUMBERS));
    } else setOwn(c, `x:${Math.floor(r() * 5)}`, randomValue(r));
  }
}

/** A long string that brings the document near the SNS limit (in characters, UTF-8 bytes or escaped form). */
function bulk(r: Random, d: Doc): void {
  const unit = pick(r, ['x', 'é', '€', '😀', '\ud800', '\udfff']);
  const units = pick(r, [43_000, 65_000, 87_000, 87_500, 130_000, 260_000]) / unit.length;
  const target = typeof d.properties === 'object' && d.properties !== null ? d.properties : d;
  target['x:bulk'] = unit.repeat(Math.floor(units * (0.9 + r() * 0.2)));
}

const ws = (r: Random): string => (r() < 0.85 ? '' : pick(r, [' ', '\n', '\r\n', '\t', '  ']));

/**
 * JSON text of `v` with random number spellings, whitespace, raw lone surrogates and duplicate members, each
 * with probability `p` (per number, string or member).
 */
function write(r: Random, v: unknown, p: number): string {
  if (typeof v === 'number') {
    if (r() < p / 3) return pick(r, SPECIAL_NUMBERS);
    return r() < p ? spell(r, v) : String(v);
  }
  if (typeof v === 'string') {
    const s = JSON.stringify(v);
    const raw = (_: string, h: string): string => String.fromCharCode(parseInt(h, 16));
    return r() < 0.5 ? s.replace(/\\u(d[89a-f][0-9a-f]{2})/g, raw) : s;
  }
  if (Array.isArray(v)) return `[${ws(r)}${v.map((x) => write(r, x, p)).join(`,${ws(r)}`)}${ws(r)}]`;
  if (typeof v === 'object' && v !== null) {
    const members: string[] = [];
    for (const k of Object.keys(v)) {
      const key = JSON.stringify(k);
      if (r() < p / 3) members.push(`${key}:${write(r, randomValue(r), p)}`);
      if (r() < p / 3) members.push(`${key}:${pick(r, SPECIAL_NUMBERS)}`);
      members.push(`${key}${ws(r)}:${ws(r)}${write(r, (v as Doc)[k], p)}`);
      if (r() < p / 3) members.push(`${key}:${write(r, (v as Doc)[k], 0)}`);
    }
    return `{${ws(r)}${members.join(`,${ws(r)}`)}${ws(r)}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Now and then a text that is not quite JSON (a character dropped or added), or one with a BOM or a nesting. */
function corrupt(r: Random, text: string): string {
  const at = Math.floor(r() * text.length);
  const x = r();
  if (x < 0.02) return text.slice(0, at) + text.slice(at + 1);
  if (x < 0.04)
    return text.slice(0, at) + pick(r, [',', '}', ']', '"', '0', '.', '-', 'e', '\\', '\n']) + text.slice(at);
  if (x < 0.05) return `\ufeff${text}`;
  if (x < 0.06) {
    const depth = pick(r, [998, 999, 1000, 1001]);
    return text.replace(/}$/, `,"x:deep":${'['.repeat(depth)}${']'.repeat(depth)}}`);
  }
  return text;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** What the exact parse finds (with and without the source text settling the message checks). */
function exact(unit: SourceDoc, withText: boolean): unknown {
  let doc: StacObject;
  try {
    doc = parseUnit(unit).doc;
  } catch (err) {
    const e = err as ConfigurationError;
    return { unreadable: e.message, location: e.location, hint: e.hint };
  }
  const options = {
    ...(withText ? { sourceText: unit.text as string } : {}),
    ...(unit.collection !== undefined ? { overrideCollection: unit.collection } : {}),
  };
  const type = str(doc['type']);
  return {
    problems: loaderRuleProblems(doc, options),
    type,
    id: str(doc['id']),
    collection: type === 'Collection' ? str(doc['id']) : str(doc['collection']),
  };
}

/** loadsPlainly says "loads" only where the models find no refusal. */
function plainlyAgrees(d: unknown): string | undefined {
  if (loadsPlainly(d) && refusalsByModel(d).length > 0) return `loadsPlainly: ${stringifyJson(refusalsByModel(d))}`;
  if (stringifyJson(loaderRefusals(d)) !== stringifyJson(refusalsByModel(d))) return 'loaderRefusals';
  return undefined;
}

export interface Disagreement {
  text: string;
  collection?: string;
  what: string;
}

const COLLECTIONS = [undefined, undefined, 'c1', "it's", 'aws:s3', '\ud800'.repeat(3), 'x'.repeat(300)];

/** `n` random texts checked every way; the first disagreement, and how many took the quick read. */
export function fuzzQuickRead(seed: number, n: number): { disagreement?: Disagreement; quick: number } {
  const r = mixed(seed);
  let quick = 0;
  for (let i = 0; i < n; i++) {
    const kind = r();
    const d: Doc =
      kind < 0.6
        ? structuredClone(scaleItem(i))
        : kind < 0.95
          ? toDoc(itemGen(r, 'fz', `fz${i}`, i))
          : toDoc(collectionGen(r, `fz${i}`));
    if (r() < 0.5) edit(r, d);
    if (r() < 0.05) bulk(r, d);
    const text = corrupt(r, write(r, d, pick(r, [0, 0.002, 0.01, 0.05, 0.2])));
    const collection = pick(r, COLLECTIONS);
    const unit: SourceDoc = { origin: { file: 'f.ndjson', line: 1 }, text, ...(collection ? { collection } : {}) };
    const got = checkUnit(unit, () => false, false);
    const view = got.unreadable
      ? { unreadable: got.unreadable.message, location: got.unreadable.location, hint: got.unreadable.hint }
      : { problems: got.problems, type: got.type, id: got.id, collection: got.collection };
    const want = exact(unit, true);
    const base = { text, ...(collection ? { collection } : {}) };
    if (stringifyJson(view) !== stringifyJson(want)) return { disagreement: { ...base, what: 'checkUnit' }, quick };
    if (stringifyJson(want) !== stringifyJson(exact(unit, false)))
      return { disagreement: { ...base, what: 'sourceText' }, quick };
    const q = parseUnitQuickly(unit);
    if (q !== undefined && !got.unreadable) {
      const sent = q['type'] === 'Feature' && collection ? withMembers(q, { collection }) : q;
      if (loadsPlainly(sent)) quick++;
      const bad = plainlyAgrees(sent) ?? plainlyAgrees(parseUnit(unit).doc);
      if (bad !== undefined) return { disagreement: { ...base, what: bad }, quick };
    }
  }
  return { quick };
}
