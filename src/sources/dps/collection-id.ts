import { ConfigurationError } from '../../errors.js';
import { slugifyCollectionId, transliterationGaps } from './slugify.js';

/** The four met.json keys the DPS generator formats into `{username}__{algorithm_name}__{algorithm_version}__{tag}`. */
export const MET_KEYS = ['username', 'algorithm_name', 'algorithm_version', 'tag'] as const;

export interface DerivedCollectionId {
  /** The slug, e.g. `jane.doe__my-algo__v1.2-beta__run-5-6`. */
  id: string;
  /** The string before slugifying. */
  raw: string;
  /** Characters we could not transliterate as text_unidecode does (the real generator may differ). */
  gaps: string[];
}

/**
 * Python's `str()` of a JSON value, as `str.format` renders it. A JSON number written with a fraction
 * or exponent is a Python float (`1.0` -> "1.0"); `rawText` (the met.json text) tells us how it was written.
 */
function pyStr(key: string, value: unknown, rawText: string | undefined): string {
  if (typeof value === 'string') return value;
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (Number.isInteger(value) && rawText !== undefined) {
      const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const literal = new RegExp(`"${esc}"\\s*:\\s*(-?\\d[\\d.eE+-]*)`).exec(rawText)?.[1];
      if (literal !== undefined && /[.eE]/.test(literal)) return `${value}.0`;
    }
    return String(value);
  }
  return JSON.stringify(value);
}

/**
 * The collection id MAAP's DPS generator gives a job's items (protocol §3.2 step 4). A missing key is
 * a ConfigurationError naming the met.json file and the key, as the generator fails with KeyError.
 */
export function deriveCollectionId(
  met: unknown,
  metFile: string,
  options: { entry?: string; rawText?: string } = {},
): DerivedCollectionId {
  const at = { file: metFile, ...(options.entry !== undefined ? { entry: options.entry } : {}) };
  if (typeof met !== 'object' || met === null || Array.isArray(met)) {
    throw new ConfigurationError(`${metFile} is not a JSON object`, {
      location: at,
      hint: 'a DPS met.json is an object with username, algorithm_name, algorithm_version and tag',
    });
  }
  const record = met as Record<string, unknown>;
  const parts = MET_KEYS.map((key) => {
    if (!(key in record)) {
      throw new ConfigurationError(
        `${metFile} has no \`${key}\`; the DPS collection id is ` +
          `{username}__{algorithm_name}__{algorithm_version}__{tag}`,
        {
          location: { ...at, pointer: '' },
          hint: `add "${key}" to the met.json (the DPS generator fails on this job too)`,
        },
      );
    }
    return pyStr(key, record[key], options.rawText);
  });
  const raw = parts.join('__');
  return { id: slugifyCollectionId(raw), raw, gaps: transliterationGaps(raw) };
}
