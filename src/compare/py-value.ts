/**
 * JSON values as the StacLoader's Python holds them after `json.loads`: an integer literal is an
 * exact `int` (here a `bigint`), any other number a `float` (an IEEE double, here a `number`),
 * whatever its size or text. The stored-form model works on these, so `10` and `10.0`, or
 * `9007199254740993` and `9007199254740992`, stay apart where the loader keeps them apart.
 */
import { hasNumberTexts, numberText, setMember, setNumberText } from '../json.js';

export type PyJson = null | boolean | string | bigint | number | PyJson[] | PyObject;
export interface PyObject {
  [key: string]: PyJson;
}

export const isPyObject = (v: unknown): v is PyObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const INTEGER_TEXT = /^-?\d+$/;

/** What {@link toPy} met: an int not read from a safe double (one that may lie outside 64 bits). */
export interface PyReading {
  exactInts: boolean;
}

/** A parsed JSON value (number text kept, see src/json.ts) as Python reads its text. */
export function toPy(value: unknown, reading?: PyReading): PyJson {
  return member(value, undefined, '', reading);
}

function member(v: unknown, holder: object | undefined, key: string | number, reading?: PyReading): PyJson {
  if (typeof v === 'number') {
    const text = holder && numberText(holder, key);
    if (text === undefined) {
      // the same as reading String(v), without building it: a fraction or inf/nan is a float, a safe integer an int
      if (!Number.isInteger(v)) return v;
      if (Number.isSafeInteger(v)) return BigInt(v);
    }
    const written = text ?? String(v);
    if (!INTEGER_TEXT.test(written)) return Number(written);
    if (reading) reading.exactInts = true;
    return BigInt(written);
  }
  // number texts are looked up only in containers that keep some (most keep none)
  if (Array.isArray(v)) {
    const texts = hasNumberTexts(v) ? v : undefined;
    const out: PyJson[] = [];
    for (let i = 0; i < v.length; i++) out.push(member(v[i], texts, i, reading));
    return out;
  }
  if (typeof v === 'object' && v !== null) {
    const texts = hasNumberTexts(v) ? v : undefined;
    const out: PyObject = {};
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) setMember(out, k, member(x, texts, k, reading));
    }
    return out;
  }
  if (typeof v === 'bigint' && reading) reading.exactInts = true;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint') return v;
  return null;
}

/** Back to a plain JSON value whose numbers write as Python writes them (`10.0`, `1e+20`, exact integers). */
export function fromPy(value: PyJson): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((x, i) => (out[i] = plainMember(x, out, i)));
    return out;
  }
  if (isPyObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value)) setMember(out, k, plainMember(x, out, k));
    return out;
  }
  return plainMember(value, undefined, '');
}

function plainMember(v: PyJson, holder: object | undefined, key: string | number): unknown {
  if (typeof v === 'bigint') {
    const n = Number(v);
    if (holder && String(n) !== v.toString()) setNumberText(holder, key, v.toString());
    return n;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    const text = pyFloatRepr(v);
    if (holder && text !== String(v)) setNumberText(holder, key, text);
    return v;
  }
  if (Array.isArray(v) || isPyObject(v)) return fromPy(v);
  return v;
}

/** Python's `repr(float)`: the shortest round-trip digits, `.0` on whole numbers, exponent from 1e16 and below 1e-4. */
export function pyFloatRepr(n: number): string {
  if (Object.is(n, -0)) return '-0.0';
  const [mantissa = '', expText = '0'] = n.toExponential().split('e');
  const exp = Number(expText);
  const sign = n < 0 ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (exp >= digits.length - 1) return `${sign}${digits}${'0'.repeat(exp - digits.length + 1)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** Python's `==` on JSON values: numbers by value, `True == 1`, containers member by member. */
export function pyEqual(a: PyJson, b: PyJson): boolean {
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined || nb !== undefined) return na !== undefined && nb !== undefined && sameNumber(na, nb);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEqual(x, b[i] ?? null));
  if (isPyObject(a)) {
    if (!isPyObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && pyEqual(a[k] ?? null, b[k] ?? null));
  }
  return a === b;
}

function numeric(v: PyJson): bigint | number | undefined {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return typeof v === 'bigint' || typeof v === 'number' ? v : undefined;
}

/** Equality of an int or float with an int or float by mathematical value. */
export function sameNumber(a: bigint | number, b: bigint | number): boolean {
  // `==` between a bigint and a number compares their mathematical values
  return a == b;
}
