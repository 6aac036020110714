/**
 * A small pgstac client over a `pg` Pool: upserts through pgstac's own SQL functions
 * (`upsert_collection(jsonb)`, `upsert_items(jsonb)`, checked present in pgstac 0.7-0.9), one
 * transaction per call, and reads documents back hydrated (`content_hydrate(items, collections)`).
 *
 * The DSN's password is registered with the logger as a secret before anything else happens,
 * and the DSN itself is never printed: errors and logs name `user@host:port/db` only.
 * Both DSN forms are accepted: `postgresql://user:pass@host:port/db?sslmode=…` and libpq's
 * `host=… port=… dbname=… user=… password=…`.
 */
import pg from 'pg';
import type { StacObject } from '../model/stac.js';
import { ConfigurationError, StageError, type SourceLocation } from '../errors.js';
import type { Logger } from '../logging.js';
import { hydrate, itemRow } from './pgstac-rows.js';
import { parseJson, stringifyJson } from '../json.js';

export interface PgstacClientOptions {
  dsn: string;
  logger: Logger;
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /** Where the DSN came from, for error locations (e.g. `{ entry: 'pgstac target (env PGSTAC_DSN)' }`). */
  location?: SourceLocation;
  /** Milliseconds to wait for a connection (default 15 000). */
  connectTimeoutMs?: number;
}

export interface PgstacClient {
  /** `user@host:port/database`, without the password: safe to print. */
  readonly label: string;
  /** pgstac's version (`pgstac.get_version()`); a clear error when the database has no pgstac. */
  version(): Promise<string>;
  /** Which of `ids` exist in `pgstac.collections`. */
  existingCollections(ids: readonly string[]): Promise<Set<string>>;
  /** Upserts the collections in one transaction. */
  upsertCollections(docs: readonly StacObject[]): Promise<void>;
  /**
   * Upserts the items in one transaction, the way pgstac's `upsert_items` does (rows that
   * differ are replaced, identical ones left alone, partitions made with `check_partition`),
   * with the rows dehydrated here (pgstac-rows.ts). Every item must pass `itemRowProblem`.
   */
  upsertItems(docs: readonly StacObject[]): Promise<void>;
  /** The same through pgstac's `upsert_items(jsonb)` itself (dehydrating in PL/pgSQL: slow; for comparison). */
  upsertItemsWithFunction(docs: readonly StacObject[]): Promise<void>;
  /** The stored collections among `ids`, by id. */
  readCollections(ids: readonly string[]): Promise<Map<string, StacObject>>;
  /** The stored items of `collection` among `ids`, hydrated like pgstac's `content_hydrate`, by id. */
  readItems(collection: string, ids: readonly string[]): Promise<Map<string, StacObject>>;
  close(): Promise<void>;
}

/** What the database answered to a write or a read (SQLSTATE kept for callers that sort errors). */
export class PgstacError extends Error {
  override readonly name = 'PgstacError';
  constructor(
    message: string,
    readonly sqlState: string | undefined,
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
  /** The data was refused (bad geometry, datetime, constraint, pgstac RAISE): other batches may still go. */
  get isDataError(): boolean {
    const s = this.sqlState ?? '';
    return s.startsWith('22') || s.startsWith('23') || s === 'P0001' || s === 'XX000';
  }
}

/**
 * The connection to PostgreSQL was lost or could not be made (the server restarting, a network cut): the
 * transaction did not commit, or its answer was lost; a write of idempotent upserts may be tried again.
 */
export class PgstacConnectionError extends StageError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('pgstac', message, options);
  }
}

/** SQLSTATEs of a connection ended by the server: admin / crash shutdown, cannot connect now, class 08. */
const CONNECTION_LOST = /^(57P01|57P02|57P03|08...)$/;

export interface ParsedDsn {
  config: pg.PoolConfig;
  label: string;
  password: string | undefined;
}

const KEYWORDS: Record<string, keyof pg.PoolConfig | 'sslmode'> = {
  host: 'host',
  hostaddr: 'host',
  port: 'port',
  dbname: 'database',
  user: 'user',
  password: 'password',
  sslmode: 'sslmode',
  application_name: 'application_name',
  connect_timeout: 'connectionTimeoutMillis',
};

function sslFromMode(mode: string): pg.PoolConfig['ssl'] {
  if (mode === 'disable' || mode === 'allow' || mode === 'prefer') return false;
  if (mode === 'require') return { rejectUnauthorized: false };
  return true;
}

/** Reads a libpq keyword/value DSN (`host=h port=5432 password='a b'`). */
function parseKeywordDsn(dsn: string, location: SourceLocation | undefined): pg.PoolConfig {
  const config: pg.PoolConfig = {};
  const re = /\s*([A-Za-z_]+)\s*=\s*(?:'((?:[^'\\]|\\.)*)'|(\S*))/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(dsn)) !== null) {
    end = re.lastIndex;
    const key = m[1] ?? '';
    const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    const target = KEYWORDS[key];
    if (target === undefined) continue;
    if (target === 'sslmode') config.ssl = sslFromMode(value);
    else if (target === 'port') config.port = Number(value);
    else if (target === 'connectionTimeoutMillis') config.connectionTimeoutMillis = Number(value) * 1000;
    else (config as Record<string, unknown>)[target] = value;
  }
  if (dsn.slice(end).trim() !== '') {
    throw new ConfigurationError('the pgstac DSN is neither a postgresql:// URL nor libpq keyword=value pairs', {
      ...(location ? { location } : {}),
      hint: 'use postgresql://user:password@host:5432/dbname',
    });
  }
  return config;
}

/**
 * The pool config and a printable label for a DSN. The password is returned separately so the
 * caller can register it as a secret; it never appears in `label`.
 */
export function parseDsn(dsn: string, location?: SourceLocation): ParsedDsn {
  const text = dsn.trim();
  if (/^postgres(ql)?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new ConfigurationError('the pgstac DSN is not a valid postgresql:// URL', {
        ...(location ? { location } : {}),
        hint: 'use postgresql://user:password@host:5432/dbname (percent-encode special characters in the password)',
      });
    }
    const password = url.password === '' ? undefined : decodeURIComponent(url.password);
    const user = decodeURIComponent(url.username);
    const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || user || 'postgres';
    const label = `${user ? user + '@' : ''}${url.hostname || 'localhost'}:${url.port || '5432'}/${database}`;
    return { config: { connectionString: text }, label, password };
  }
  const config = parseKeywordDsn(text, location);
  const password = typeof config.password === 'string' && config.password !== '' ? config.password : undefined;
  const user = config.user ? config.user + '@' : '';
  const database = config.database ?? config.user ?? 'postgres';
  const label = `${user}${config.host ?? 'localhost'}:${config.port ?? 5432}/${database}`;
  return { config, label, password };
}

interface PgErrorLike {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
  hint?: unknown;
  where?: unknown;
}

function sqlStateOf(err: unknown): string | undefined {
  const code = (err as PgErrorLike | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

function messageOf(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return err.errors.map(messageOf).join('; ');
  const e = err as PgErrorLike | null;
  let msg = typeof e?.message === 'string' && e.message !== '' ? e.message : String(err);
  if (typeof e?.detail === 'string' && e.detail !== '') msg += ` (${e.detail})`;
  return msg;
}

const CONNECT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET']);

/** PostgreSQL type oids of json and jsonb. */
const JSON_OID = 114;
const JSONB_OID = 3802;

function createPool(config: pg.PoolConfig, options: PgstacClientOptions): pg.Pool {
  const pool = new pg.Pool({
    ...config,
    max: options.poolSize ?? 4,
    connectionTimeoutMillis: config.connectionTimeoutMillis ?? options.connectTimeoutMs ?? 15_000,
    application_name: 'stac-ingest',
    // pgstac's functions call each other unqualified (content_hydrate -> include_field)
    options: '-c search_path=pgstac,public',
    // json/jsonb read with their number text kept (see src/json.ts)
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === JSON_OID || oid === JSONB_OID ? parseJson : pg.types.getTypeParser(oid, format)) as never,
    },
  });
  // an idle client losing its connection must not crash the process
  pool.on('error', (err) => options.logger.debug(`pgstac pool: idle connection dropped: ${messageOf(err)}`));
  return pool;
}

/** Turns connection-level failures into clear errors; leaves SQL errors to the caller. */
function connectionError(err: unknown, label: string, location: SourceLocation | undefined): Error | undefined {
  const located = location ? { location } : {};
  const code = (err as PgErrorLike | null)?.code;
  const state = sqlStateOf(err);
  if (typeof code === 'string' && CONNECT_CODES.has(code)) {
    return new PgstacConnectionError(`cannot connect to PostgreSQL at ${label} (${code})`, {
      cause: new Error(messageOf(err)),
    });
  }
  if (err instanceof AggregateError || /timeout expired|Connection terminated/i.test(messageOf(err))) {
    return new PgstacConnectionError(`cannot connect to PostgreSQL at ${label}: ${messageOf(err)}`);
  }
  if (state !== undefined && CONNECTION_LOST.test(state))
    return new PgstacConnectionError(`lost the connection to PostgreSQL at ${label}: ${messageOf(err)}`);
  if (state === '28P01' || state === '28000') {
    return new ConfigurationError(`PostgreSQL at ${label} refused the login: ${messageOf(err)}`, {
      ...located,
      hint: 'check the user and password in the DSN',
    });
  }
  if (state === '3D000') {
    return new ConfigurationError(`PostgreSQL at ${label}: ${messageOf(err)}`, {
      ...located,
      hint: 'check the database name in the DSN',
    });
  }
  return undefined;
}

/**
 * Writes items the way pgstac's staging tables do, inside the caller's transaction: the rows
 * (dehydrated against their collection's base_item) go to a temp table, the partitions they need
 * are made, rows that differ are replaced and identical ones left alone.
 */
async function writeItemRows(client: pg.PoolClient, docs: readonly StacObject[]): Promise<void> {
  await client.query("SET LOCAL timezone = 'UTC'");
  const collections = [...new Set(docs.map((d) => String(d.collection)))];
  const bases = await client.query<{ id: string; base_item: unknown }>(
    'SELECT id, base_item FROM pgstac.collections WHERE id = ANY($1::text[])',
    [collections],
  );
  const base = new Map(bases.rows.map((r) => [r.id, r.base_item]));
  const missing = collections.filter((c) => !base.has(c));
  if (missing.length > 0)
    throw new PgstacError(`collection(s) ${missing.join(', ')} not in pgstac.collections`, '23503');
  const rows = docs.map((d) => itemRow(d, base.get(String(d.collection))));
  await client.query('CREATE TEMP TABLE IF NOT EXISTS stac_ingest_rows (LIKE pgstac.items) ON COMMIT DELETE ROWS');
  await client.query(
    `INSERT INTO stac_ingest_rows (id, geometry, collection, datetime, end_datetime, content, private)
     SELECT r.id, ST_GeomFromGeoJSON(r.geometry::text), r.collection,
            r.datetime::timestamptz, r.end_datetime::timestamptz, r.content, r.private
     FROM jsonb_to_recordset($1::jsonb) AS r(id text, geometry jsonb, collection text,
          datetime text, end_datetime text, content jsonb, private jsonb)`,
    [stringifyJson(rows)],
  );
  // the partitions (and their datetime constraints) the rows need, as pgstac's staging trigger does it
  await client.query(
    `SELECT pgstac.check_partition(collection, tstzrange(min(datetime), max(datetime), '[]'),
                                   tstzrange(min(end_datetime), max(end_datetime), '[]'))
     FROM (SELECT r.collection, r.datetime, r.end_datetime,
                  COALESCE(date_trunc(c.partition_trunc, r.datetime), '-infinity') AS part
           FROM stac_ingest_rows r JOIN pgstac.collections c ON c.id = r.collection) t
     GROUP BY collection, part`,
  );
  // pgstac's upsert: replace rows that differ, leave identical ones alone
  await client.query(
    'DELETE FROM pgstac.items i USING stac_ingest_rows s ' +
      'WHERE i.id = s.id AND i.collection = s.collection AND i IS DISTINCT FROM s',
  );
  await client.query('INSERT INTO pgstac.items SELECT * FROM stac_ingest_rows ON CONFLICT DO NOTHING');
}

interface StoredItemRow {
  id: string;
  collection: string;
  geometry: unknown;
  content: StacObject;
  base_item: unknown;
}

class PgstacDb implements PgstacClient {
  readonly label: string;
  private readonly pool: pg.Pool;
  private closed = false;

  constructor(private readonly options: PgstacClientOptions) {
    const { config, label, password } = parseDsn(options.dsn, options.location);
    if (password !== undefined) {
      options.logger.setSecret(password);
      options.logger.setSecret(encodeURIComponent(password));
    }
    this.label = label;
    this.pool = createPool(config, options);
  }

  private async withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    if (this.closed) throw new StageError('pgstac', 'the pgstac client is closed');
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      const message = `cannot connect to PostgreSQL at ${this.label}: ${messageOf(err)}`;
      throw connectionError(err, this.label, this.options.location) ?? new StageError('pgstac', message);
    }
    // the server can end a checked-out connection between two queries (restart, admin shutdown): the client
    // emits that as an 'error' event, which would crash the process; the next query fails with it instead
    let lost: Error | undefined;
    const onError = (err: Error) => {
      lost = err;
      this.options.logger.debug(`pgstac: connection lost: ${messageOf(err)}`);
    };
    client.on('error', onError);
    try {
      return await fn(client);
    } finally {
      client.off('error', onError);
      client.release(lost);
    }
  }

  private async transaction(what: string, fn: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    await this.withClient(async (client) => {
      try {
        await client.query('BEGIN');
        await fn(client);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        const failed = new PgstacError(`${what}: ${messageOf(err)}`, sqlStateOf(err), { cause: err });
        throw connectionError(err, this.label, this.options.location) ?? failed;
      }
    });
  }

  private async read<R extends pg.QueryResultRow>(what: string, text: string, values: unknown[]): Promise<R[]> {
    return this.withClient(async (client) => {
      try {
        return (await client.query<R>(text, values)).rows;
      } catch (err) {
        const state = sqlStateOf(err);
        if (state === '3F000' || state === '42P01' || state === '42883') {
          throw new ConfigurationError(`PostgreSQL at ${this.label} has no pgstac schema (${messageOf(err)})`, {
            ...(this.options.location ? { location: this.options.location } : {}),
            hint:
              'install pgstac into this database first (pypgstac migrate --dsn …), or point the DSN at ' +
              'the database eoAPI uses',
          });
        }
        const failed = new PgstacError(`${what}: ${messageOf(err)}`, state, { cause: err });
        throw connectionError(err, this.label, this.options.location) ?? failed;
      }
    });
  }

  async version(): Promise<string> {
    const rows = await this.read<{ v: string }>('reading the pgstac version', 'SELECT pgstac.get_version() AS v', []);
    return rows[0]?.v ?? 'unknown';
  }

  async existingCollections(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const sql = 'SELECT id FROM pgstac.collections WHERE id = ANY($1::text[])';
    const rows = await this.read<{ id: string }>('reading collections', sql, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  async upsertCollections(docs: readonly StacObject[]): Promise<void> {
    if (docs.length === 0) return;
    await this.transaction(`upserting ${docs.length} collection(s)`, async (client) => {
      for (const doc of docs) await client.query('SELECT pgstac.upsert_collection($1::jsonb)', [stringifyJson(doc)]);
    });
  }

  async upsertItems(docs: readonly StacObject[]): Promise<void> {
    if (docs.length === 0) return;
    await this.transaction(`upserting ${docs.length} item(s)`, (client) => writeItemRows(client, docs));
  }

  async upsertItemsWithFunction(docs: readonly StacObject[]): Promise<void> {
    if (docs.length === 0) return;
    await this.transaction(`upserting ${docs.length} item(s) with pgstac.upsert_items`, async (client) => {
      await client.query('SELECT pgstac.upsert_items($1::jsonb)', [stringifyJson(docs)]);
    });
  }

  async readCollections(ids: readonly string[]): Promise<Map<string, StacObject>> {
    if (ids.length === 0) return new Map();
    const sql = 'SELECT id, content FROM pgstac.collections WHERE id = ANY($1::text[])';
    const rows = await this.read<{ id: string; content: StacObject }>('reading collections back', sql, [ids]);
    return new Map(rows.map((r) => [r.id, r.content]));
  }

  async readItems(collection: string, ids: readonly string[]): Promise<Map<string, StacObject>> {
    if (ids.length === 0) return new Map();
    const rows = await this.read<StoredItemRow>(
      'reading items back',
      `SELECT i.id, i.collection, ST_AsGeoJSON(i.geometry, 20)::jsonb AS geometry, i.content, c.base_item
       FROM pgstac.items i JOIN pgstac.collections c ON c.id = i.collection
       WHERE i.collection = $1 AND i.id = ANY($2::text[])`,
      [collection, ids],
    );
    return new Map(rows.map((r) => [r.id, hydrate(r, r.base_item)]));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

export function createPgstacClient(options: PgstacClientOptions): PgstacClient {
  return new PgstacDb(options);
}
