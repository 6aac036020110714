import path from 'node:path';
import { parseS3Url } from '../../model/s3-url.js';
import { ConfigurationError } from '../../errors.js';
import { displayLocation, listLocalFiles, locationKind, toLocation, type Location } from '../locations.js';
import { readJsonLocation, type SourceReads } from '../guarded-read.js';

const JOB_PATH_RE = /\d{4}\/\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d{2}\/\d+/;

/**
 * The DPS job prefix of an object key: everything up to the end of the first
 * `YYYY/MM/DD/HH/MM/SS/<n>` match, plus `/` (protocol §3.2 step 2). A leading `/` is ignored.
 * undefined when the key has no such path (the DPS generator fails with "could not identify the DPS output prefix").
 */
export function findJobPrefix(key: string): string | undefined {
  const p = key.replace(/^\/+/, '');
  const m = JOB_PATH_RE.exec(p);
  return m ? p.slice(0, m.index + m[0].length) + '/' : undefined;
}

/**
 * The first path of a listing that ends with `met.json` (the generator's rule; `x.met.json` and
 * `met.json` both match).
 */
export function findMetJson(listing: Iterable<string>): string | undefined {
  for (const p of listing) if (p.endsWith('met.json')) return p;
  return undefined;
}

async function firstMetInS3(bucket: string, prefix: string, reads: SourceReads): Promise<string | undefined> {
  if (reads.s3 === undefined)
    throw new Error(`listing s3://${bucket}/${prefix} for the met.json needs an S3 client (deps.s3)`);
  for await (const key of reads.s3.list(bucket, prefix)) if (key.endsWith('met.json')) return key;
  return undefined;
}

export interface LoadedMet {
  met: Record<string, unknown>;
  /** Where it was read from (absolute path or URL). */
  location: Location;
  /** As shown to the user. */
  file: string;
  text: string;
}

/**
 * Finds the job's met.json the way the DPS generator does: `explicit` when given (relative to `baseDir`),
 * else the first `*met.json` under the job prefix of the catalog's location. Locally, a catalog whose path has
 * no job prefix falls back to the catalog's own directory; https:// catalogs cannot be listed and need `met`.
 */
export async function locateMet(
  catalog: Location,
  explicit: string | undefined,
  baseDir: string,
  entry: string,
  reads: SourceReads,
): Promise<Location> {
  if (explicit !== undefined) return toLocation(explicit, baseDir);
  const kind = locationKind(catalog);
  const shown = displayLocation(catalog, baseDir);
  if (kind === 'http') {
    throw new ConfigurationError(
      `cannot look for the job's met.json next to ${shown}: an https:// location cannot be listed`,
      {
        location: { entry },
        hint: 'give the met.json location in `dps.met`',
      },
    );
  }
  if (kind === 's3') {
    const { bucket, key } = parseS3Url(catalog) ?? { bucket: '', key: '' };
    const prefix = findJobPrefix(key);
    if (prefix === undefined) {
      throw new ConfigurationError(`could not identify the DPS output prefix in ${shown}`, {
        location: { entry },
        hint:
          'a DPS output key holds the job path YYYY/MM/DD/HH/MM/SS/<n>; give `dps.met` to read ' +
          'another layout (the DPS generator itself would fail on it)',
      });
    }
    const found = await firstMetInS3(bucket, prefix, reads);
    if (found === undefined) {
      throw new ConfigurationError(`no *met.json under s3://${bucket}/${prefix}`, {
        location: { entry },
        hint: "the DPS generator needs the job's .met.json under the job prefix; give `dps.met` if it is elsewhere",
      });
    }
    return `s3://${bucket}/${found}`;
  }
  const prefix = findJobPrefix(catalog.split(path.sep).join('/'));
  const root = prefix !== undefined ? path.resolve('/', prefix) : path.dirname(catalog);
  const found = findMetJson(await listLocalFiles(root));
  if (found === undefined) {
    throw new ConfigurationError(`no *met.json under ${displayLocation(root, baseDir)}`, {
      location: { entry },
      hint: "put the DPS job's .met.json in the job directory, or give its path in `dps.met`",
    });
  }
  return path.join(root, found);
}

/** Reads and parses a met.json; unreadable or invalid JSON is a located ConfigurationError. */
export async function readMet(loc: Location, baseDir: string, entry: string, reads: SourceReads): Promise<LoadedMet> {
  const { value: met, file, text } = await readJsonLocation(loc, baseDir, entry, reads, 'met.json', 'check `dps.met`');
  if (typeof met !== 'object' || met === null || Array.isArray(met)) {
    throw new ConfigurationError(`${file} is not a JSON object`, {
      location: { file, entry },
      hint: 'a DPS met.json is an object with username, algorithm_name, algorithm_version and tag',
    });
  }
  return { met: met as Record<string, unknown>, location: loc, file, text };
}
