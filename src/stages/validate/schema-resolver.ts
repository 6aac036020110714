import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, describeError } from '../../errors.js';
import type { Logger } from '../../logging.js';
import {
  DEFAULT_FETCH_POLICY,
  fetchSettingName,
  FetchRefusedError,
  hostMatches,
  type FetchPolicy,
} from '../../security/fetch-policy.js';
import { guardedHttpGet } from '../../sources/guarded-read.js';
import { decodeUtf8 } from '../../utf8.js';
import { draftOf } from './drafts.js';

/**
 * Finds the JSON Schema behind a URL, in this order: the mirror folders, the schemas bundled with
 * stac-ingest, the on-disk cache, then the network (whose answers go to the cache). The cache and the network
 * serve schema hosts only (`schema-hosts`), fetched under the fetch policy (addresses, redirects, size, time),
 * and only a document that is a JSON Schema is cached.
 */
export interface SchemaResolver {
  resolve(url: string): Promise<object>;
}

export interface SchemaResolverOptions {
  /** Directories laid out as `<mirror>/<host>/<path>`, looked up first, in order. */
  mirrors: readonly string[];
  /** The schemas shipped with stac-ingest (same layout), looked up after the mirrors and before the cache. */
  bundled?: string;
  /** Where schemas fetched from the network are kept (same layout as a mirror). */
  cacheDir?: string;
  /** Whether the network may be used at all. */
  network: boolean;
  /** What schema fetches may reach (`schemaHosts`) and take (default: DEFAULT_FETCH_POLICY). */
  fetchPolicy?: FetchPolicy;
  logger: Logger;
}

/** A schema could not be found anywhere; the message names the URL and every place looked. */
export class SchemaUnavailableError extends ConfigurationError {
  constructor(
    readonly url: string,
    readonly looked: readonly string[],
    reason: string,
    hint: string,
    options: { cause?: unknown } = {},
  ) {
    super(`cannot resolve schema ${url}: ${reason}${looked.length > 0 ? `; looked in ${looked.join(', ')}` : ''}`, {
      hint,
      ...options,
    });
  }
}

/**
 * Maps `https://host/a/b.json` to `<root>/host/a/b.json`. Rejects URLs whose path would
 * escape the root (`..`) and anything that is not http(s). The fragment and query are dropped.
 */
export function urlToRelativePath(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const segments = decodeURIComponent(parsed.pathname)
    .split('/')
    .filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.includes('\\'))) return undefined;
  if (segments.length === 0) return undefined;
  return path.join(parsed.host, ...segments);
}

/** Drops the fragment: `a.json#/definitions/x` and `a.json` are the same document. */
export function documentUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

async function readJsonIfExists(file: string): Promise<object | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR')
      return undefined;
    throw err;
  }
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${file} does not hold a JSON object`);
  }
  return parsed;
}

async function fromFile(file: string, url: string, where: string): Promise<object | undefined> {
  try {
    return await readJsonIfExists(file);
  } catch (err) {
    throw new SchemaUnavailableError(
      url,
      [file],
      `the ${where} copy is unreadable or not valid JSON (${describeError(err)})`,
      `fix or delete ${file}`,
      { cause: err },
    );
  }
}

const SCHEMA_KEYWORDS = ['$schema', '$ref', 'type', 'properties', 'allOf', 'anyOf', 'oneOf', 'definitions', '$defs'];

/** Why a fetched document is not a JSON Schema (undefined when it is one): it must pass its draft's meta-schema. */
export async function notASchema(doc: object, logger: Logger): Promise<string | undefined> {
  if (!SCHEMA_KEYWORDS.some((k) => k in doc)) return `it has none of ${SCHEMA_KEYWORDS.join(', ')}`;
  const draft = draftOf(doc);
  if (typeof draft !== 'string') return `its $schema ${draft.unsupported} is not a draft we know`;
  const { createAjv } = await import('./ajv-instance.js');
  const ajv = await createAjv({ draft, mode: 'fast', logger, loadSchema: () => Promise.reject(new Error('no')) });
  if (ajv.validateSchema(doc) === true) return undefined;
  return `it fails the ${draft} meta-schema: ${ajv.errorsText(ajv.errors)}`;
}

/** Refuses a URL whose host is not a schema host. */
function checkSchemaHost(url: URL, policy: FetchPolicy): void {
  if (hostMatches(url.hostname, policy.schemaHosts)) return;
  throw new FetchRefusedError(
    `${url.hostname} is not a schema host`,
    'schema-host',
    `${fetchSettingName('schemaHosts')} lists more hosts schemas may be fetched from ` +
      `(now: ${policy.schemaHosts.join(', ')}), or put a copy in a schema mirror`,
  );
}

/** A schema from a schema host, under the fetch policy; a document that is not a JSON Schema is refused. */
async function fetchSchema(policy: FetchPolicy, url: string, logger: Logger): Promise<object> {
  const headers = { accept: 'application/schema+json, application/json' };
  const body = await guardedHttpGet(url, policy, (u) => checkSchemaHost(u, policy), { headers });
  const parsed: unknown = JSON.parse(decodeUtf8(body, { file: url }));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error('the response is not a JSON object');
  const why = await notASchema(parsed, logger);
  if (why !== undefined) throw new Error(`the response is not a JSON Schema (${why}); it is not cached`);
  return parsed;
}

async function store(file: string, schema: object, logger: Logger): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, JSON.stringify(schema, null, 2) + '\n');
    await rename(tmp, file);
  } catch (err) {
    logger.warning(`could not write schema cache ${file}: ${describeError(err)}`);
  }
}

/**
 * Looks in the mirrors, the bundled schemas (local folders the workflow chose, for any host) and the cache (schema
 * hosts only), in that order; every file looked at goes to `looked`.
 */
async function findLocally(
  options: SchemaResolverOptions,
  url: string,
  rel: string,
  looked: string[],
): Promise<object | undefined> {
  const { logger } = options;
  const folders = [...options.mirrors, ...(options.bundled !== undefined ? [options.bundled] : [])];
  for (const [i, mirror] of folders.entries()) {
    const file = path.resolve(mirror, rel);
    looked.push(file);
    const where = i < options.mirrors.length ? 'mirrored' : 'bundled';
    const found = await fromFile(file, url, where);
    if (found) {
      logger.debug(`schema ${url} <- ${where} ${file}`);
      return found;
    }
  }
  if (options.cacheDir === undefined || !hostMatches(new URL(url).hostname, policyOf(options).schemaHosts))
    return undefined;
  const cacheFile = path.resolve(options.cacheDir, rel);
  looked.push(cacheFile);
  const found = await fromFile(cacheFile, url, 'cached');
  if (found) logger.debug(`schema ${url} <- cache ${cacheFile}`);
  return found;
}

const policyOf = (options: SchemaResolverOptions): FetchPolicy => options.fetchPolicy ?? DEFAULT_FETCH_POLICY;

/** Fetches a schema found nowhere locally (when the network is allowed) and keeps it in the cache. */
async function fetchAndCache(
  options: SchemaResolverOptions,
  url: string,
  rel: string,
  looked: string[],
): Promise<object> {
  const hint = [
    `put a copy at ${path.join('<mirror>', rel)} in a schema mirror directory (\`--schema-mirror ` +
      `<dir>\`, manifest \`validation.schema_mirrors\`)`,
    options.network ? 'or check the URL and your network' : 'or allow network access so it can be fetched and cached',
  ].join(', ');
  const refused = (err: FetchRefusedError) =>
    new SchemaUnavailableError(url, looked, `refused (${err.rule}): ${err.message}`, err.hint, { cause: err });
  try {
    checkSchemaHost(new URL(url), policyOf(options));
  } catch (err) {
    throw refused(err as FetchRefusedError);
  }
  if (!options.network) {
    throw new SchemaUnavailableError(url, looked, 'not found locally and network access is off', hint);
  }
  looked.push(url);
  let schema: object;
  try {
    schema = await fetchSchema(policyOf(options), url, options.logger);
  } catch (err) {
    if (err instanceof FetchRefusedError) throw refused(err);
    throw new SchemaUnavailableError(url, looked, `fetching it failed (${describeError(err)})`, hint, { cause: err });
  }
  options.logger.debug(`schema ${url} <- network`);
  if (options.cacheDir !== undefined) await store(path.resolve(options.cacheDir, rel), schema, options.logger);
  return schema;
}

async function loadSchema(options: SchemaResolverOptions, url: string): Promise<object> {
  const rel = urlToRelativePath(url);
  if (rel === undefined) {
    throw new SchemaUnavailableError(
      url,
      [],
      'not an http(s) URL with a path',
      'stac_extensions and $ref must be absolute http(s) schema URLs',
    );
  }
  const looked: string[] = [];
  return (await findLocally(options, url, rel, looked)) ?? (await fetchAndCache(options, url, rel, looked));
}

export function createSchemaResolver(options: SchemaResolverOptions): SchemaResolver {
  const memory = new Map<string, Promise<object>>();
  return {
    resolve(url: string): Promise<object> {
      const key = documentUrl(url);
      let pending = memory.get(key);
      if (pending === undefined) {
        pending = loadSchema(options, key);
        // a failure is remembered too: the same missing schema is not looked up once per item
        memory.set(key, pending);
      }
      return pending;
    },
  };
}
