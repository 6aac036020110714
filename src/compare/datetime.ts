/**
 * stac-pydantic's `UtcDatetime` (pydantic 2 `AwareDatetime`, then `astimezone(utc)`), as the
 * pinned StacLoader runs it (twin/stored-form.json, type_behaviour "datetime"): what it accepts
 * and the text `model_dump(mode="json")` writes, `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`.
 */

export type DatetimeResult = { ok: true; value: string } | { ok: false; reason: string; naive?: boolean };

/** Date, time (seconds optional), fraction (`.` or `,`), zone; `T`, `t`, `_` or a space between. */
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt_ ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;
/** A number of seconds (or milliseconds, above 2e10) since 1970 written as a string. */
const UNIX_TEXT = /^-?\d+(?:\.\d+)?$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The UTC text pydantic writes for `value`, or why the loader refuses it. */
export function pydanticDatetime(value: unknown): DatetimeResult {
  if (typeof value === 'bigint') return fromUnix(Number(value));
  if (typeof value === 'number') {
    return Number.isNaN(value) ? { ok: false, reason: 'NaN is not a datetime' } : fromUnix(value);
  }
  if (typeof value !== 'string') return { ok: false, reason: `${describe(value)} is not a datetime` };
  if (UNIX_TEXT.test(value)) return fromUnix(Number(value));
  const m = RFC3339.exec(value);
  if (!m) return { ok: false, reason: 'is not an RFC 3339 datetime like 2020-01-01T00:00:00Z' };
  const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year === 0) return { ok: false, reason: 'year 0 is out of range' };
  if (month < 1 || month > 12) return { ok: false, reason: 'has a month outside 1-12' };
  const days = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 31);
  if (day < 1 || day > days) return { ok: false, reason: 'has a day outside its month' };
  if (h === undefined) return { ok: false, reason: 'has no time and no timezone', naive: true };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) {
    return { ok: false, reason: 'has an hour, minute or second out of range (no hour 24, no leap second 60)' };
  }
  if (z === undefined && sign === undefined) return { ok: false, reason: 'has no timezone', naive: true };
  let offset = 0;
  if (sign !== undefined) {
    if (Number(oh) > 23 || Number(om) > 59) return { ok: false, reason: 'has a UTC offset out of range' };
    offset = (Number(oh) * 60 + Number(om)) * (sign === '-' ? -1 : 1);
  }
  const micro = frac === undefined ? 0 : Number(frac.slice(0, 6).padEnd(6, '0'));
  const local = utcMs(year, month, day, Number(h), Number(mi), Number(s ?? '0'));
  const ms = local - offset * 60_000;
  if (ms < MIN_MS || ms > MAX_MS) return { ok: false, reason: 'falls outside the years 1-9999 once converted to UTC' };
  return { ok: true, value: format(ms, micro) };
}

const MIN_MS = utcMs(1, 1, 1, 0, 0, 0);
const MAX_MS = utcMs(9999, 12, 31, 23, 59, 59) + 999;

function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi, s, 0);
  return t.getTime();
}

/** Seconds since 1970 (milliseconds when the magnitude is above 2e10), rounded to microseconds. */
function fromUnix(n: number): DatetimeResult {
  if (!Number.isFinite(n)) return { ok: false, reason: 'is not a finite number' };
  const seconds = Math.abs(n) > 2e10 ? n / 1000 : n;
  const micros = Math.round(seconds * 1e6);
  const ms = Math.floor(micros / 1000);
  if (ms < MIN_MS || ms > MAX_MS) return { ok: false, reason: 'is a unix time outside the years 1-9999' };
  return { ok: true, value: format(ms, ((micros % 1_000_000) + 1_000_000) % 1_000_000) };
}

function format(ms: number, micro: number): string {
  const t = new Date(ms - (ms % 1000 < 0 ? 1000 + (ms % 1000) : ms % 1000));
  const base =
    `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}` +
    `T${pad(t.getUTCHours(), 2)}:${pad(t.getUTCMinutes(), 2)}:${pad(t.getUTCSeconds(), 2)}`;
  return micro === 0 ? `${base}Z` : `${base}.${pad(micro, 6)}Z`;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : typeof v;
}
