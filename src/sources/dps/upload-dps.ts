import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ObjectStore } from '../../clients/s3.js';
import { parseS3Url } from '../../model/s3-url.js';
import { ConfigurationError } from '../../errors.js';
import { mapBounded } from '../../limit.js';
import type { Logger } from '../../logging.js';
import type { DpsSource } from '../../manifest/schema.js';
import { listLocalFiles, locationKind, toLocation } from '../locations.js';
import { findJobPrefix } from './met.js';
import { readDpsSource, type DpsReadResult } from './read-dps.js';
import type { CollectionRegistry } from './registry.js';

export interface DpsUploadResult {
  bucket: string;
  /** Every key written, in upload order (the root catalog.json last). */
  keys: string[];
  /** The key whose S3 event starts the DPS generator. */
  catalogKey: string;
  /** The job prefix the generator will find in `catalogKey`. */
  jobPrefix: string;
  /** The collection id the generator will derive. */
  collectionId: string;
  /** Items the generator should produce, with the collection each should land in (for wait/verify). */
  expected: { id: string; collection: string }[];
  /** What was read locally before uploading (validate these first). */
  read: DpsReadResult;
}

export interface DpsUploadDeps {
  s3: ObjectStore;
  logger?: Logger;
}

export interface DpsUploadOptions {
  /** The root catalog, relative to the job directory (default: the shallowest `catalog.json`). */
  catalog?: string;
  /** The met.json, relative to the job directory (default: the first `*met.json`, like the generator). */
  met?: string;
  keepItemCollection?: boolean;
  registry?: CollectionRegistry;
  entry?: string;
  /** Shown paths are relative to this (default: the job directory). */
  baseDir?: string;
  /** Parallel uploads (default 8). */
  concurrency?: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.nc': 'application/netcdf',
  '.h5': 'application/x-hdf5',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.parquet': 'application/vnd.apache.parquet',
};

const depth = (p: string) => p.split('/').length;

/**
 * Uploads every file of a local DPS job directory under `s3Url` (`s3://bucket/prefix`), keeping the layout, so the
 * DPS generator's S3 event for `catalog.json` fires. The job is read (and its collection id derived) first; the
 * root catalog.json goes up last, once the items and the met.json it needs are in place.
 * The catalog key must contain the job path `YYYY/MM/DD/HH/MM/SS/<n>` (in `s3Url` or in the local layout).
 */
export async function uploadDpsOutputs(
  localJobDir: string,
  s3Url: string,
  deps: DpsUploadDeps,
  options: DpsUploadOptions = {},
): Promise<DpsUploadResult> {
  const entry = options.entry ?? localJobDir;
  const baseDir = options.baseDir ?? localJobDir;
  const dest = parseS3Url(s3Url);
  if (dest === undefined || dest.bucket === '') {
    throw new ConfigurationError(`upload_to '${s3Url}' is not an s3://bucket/prefix URL`, {
      location: { entry, pointer: '/upload_to' },
    });
  }
  const files = await listLocalFiles(localJobDir);
  const catalogRel =
    options.catalog ??
    files.filter((f) => path.posix.basename(f) === 'catalog.json').sort((a, b) => depth(a) - depth(b))[0];
  if (catalogRel === undefined || !files.includes(catalogRel)) {
    throw new ConfigurationError(`no ${options.catalog ?? 'catalog.json'} in the job directory ${localJobDir}`, {
      location: { entry },
      hint: "the DPS generator starts from the job's catalog.json",
    });
  }
  const prefix = dest.key.replace(/\/+$/, '');
  const keyOf = (rel: string) => (prefix === '' ? rel : `${prefix}/${rel}`);
  const catalogKey = keyOf(catalogRel);
  const jobPrefix = findJobPrefix(catalogKey);
  if (jobPrefix === undefined) {
    throw new ConfigurationError(
      `the DPS generator could not identify the job prefix in s3://${dest.bucket}/${catalogKey}`,
      {
        location: { entry, pointer: '/upload_to' },
        hint:
          'upload_to (or the job directory layout) must contain the DPS job path ' +
          'YYYY/MM/DD/HH/MM/SS/<n>, e.g. s3://bucket/user/dps_output/algo/v1/tag/2024/05/01/12/00/00/42',
      },
    );
  }
  const metRel = options.met ?? files.find((f) => keyOf(f).startsWith(jobPrefix) && f.endsWith('met.json'));
  if (metRel === undefined) {
    throw new ConfigurationError(`no *met.json in ${localJobDir} under the job prefix ${jobPrefix}`, {
      location: { entry },
      hint: "the DPS generator reads the job's .met.json from under the job prefix; put it in the job directory",
    });
  }

  const source: DpsSource = {
    catalog: path.join(localJobDir, catalogRel),
    met: path.join(localJobDir, metRel),
    keep_item_collection: options.keepItemCollection ?? false,
  };
  const read = await readDpsSource(
    source,
    baseDir,
    entry,
    {},
    { ...(options.registry ? { registry: options.registry } : {}), ...(deps.logger ? { logger: deps.logger } : {}) },
  );
  const expected = read.docs.map((d) => ({ id: String(d.doc['id']), collection: String(d.doc['collection']) }));

  const rest = files.filter((f) => f !== catalogRel);
  const put = async (rel: string): Promise<string> => {
    const key = keyOf(rel);
    const body = await readFile(path.join(localJobDir, rel));
    await deps.s3.put(dest.bucket, key, body, CONTENT_TYPES[path.posix.extname(rel).toLowerCase()]);
    return key;
  };
  const keys = await mapBounded(rest, options.concurrency ?? 8, put);
  keys.push(await put(catalogRel));
  deps.logger?.info(
    `uploaded ${keys.length} file(s) to s3://${dest.bucket}/${prefix}; the DPS generator should ` +
      `produce ${expected.length} item(s) in ${read.collectionId}`,
  );
  return { bucket: dest.bucket, keys, catalogKey, jobPrefix, collectionId: read.collectionId, expected, read };
}

/**
 * `uploadDpsOutputs` for a manifest DPS source with `upload_to`: the job directory is the catalog's directory, or
 * the common ancestor of the catalog and `met` when `met` is given. Both must be local.
 */
export async function uploadDpsSource(
  source: DpsSource & { upload_to: string },
  baseDir: string,
  entry: string,
  deps: DpsUploadDeps,
  options: Pick<DpsUploadOptions, 'registry' | 'concurrency'> = {},
): Promise<DpsUploadResult> {
  const catalog = toLocation(source.catalog, baseDir);
  const met = source.met !== undefined ? toLocation(source.met, baseDir) : undefined;
  if (locationKind(catalog) !== 'local' || (met !== undefined && locationKind(met) !== 'local')) {
    throw new ConfigurationError(
      'upload_to uploads a local DPS job directory; `catalog` (and `met`) must be local paths',
      {
        location: { entry, pointer: '/catalog' },
        hint: 'drop upload_to to publish a remote catalog directly',
      },
    );
  }
  let jobDir = path.dirname(catalog);
  if (met !== undefined) {
    while (!(met + path.sep).startsWith(jobDir + path.sep) && path.dirname(jobDir) !== jobDir)
      jobDir = path.dirname(jobDir);
  }
  if ((path.resolve(baseDir) + path.sep).startsWith(jobDir + path.sep)) {
    throw new ConfigurationError(`upload_to would upload ${jobDir}, which holds the manifest itself`, {
      location: { entry, pointer: '/catalog' },
      hint: 'keep the DPS job output in its own directory (catalog.json, items, .met.json) below the manifest',
    });
  }
  const rel = (p: string) => path.relative(jobDir, p).split(path.sep).join('/');
  return uploadDpsOutputs(jobDir, source.upload_to, deps, {
    catalog: rel(catalog),
    ...(met !== undefined ? { met: rel(met) } : {}),
    keepItemCollection: source.keep_item_collection,
    entry,
    baseDir,
    ...options,
  });
}
