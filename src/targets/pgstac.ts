/**
 * The direct pgstac target (a local or self-hosted eoAPI): collections upserted with pgstac's
 * `upsert_collection`, items upserted in batches of `batch_size`, one transaction per batch
 * (src/clients/pgstac.ts). Its live catalogs are the database itself (read back and compared by
 * content after writing) and, with `stac_api` set, the STAC API in front of it.
 *
 * Before anything is written: the DSN must be set (its password is registered as a secret), the
 * database must have pgstac, and every item's collection must be in this run or in the database.
 * A batch the database refuses (bad geometry, datetime…) is rolled back as a whole: its items are
 * reported failed with the database's message, and the other batches still go. Items the table
 * cannot hold at all (no geometry…) are not sent. A write whose connection was lost (PostgreSQL
 * restarting) is tried again with backoff until PostgreSQL is back, for up to a minute: it did not
 * commit, or committed upserts that writing again leaves as they are.
 */
import type { StacObject } from '../model/stac.js';
import { originToLocation } from '../model/stac.js';
import { itemKey, NO_COLLECTION } from '../model/keys.js';
import { itemsByCollection } from '../model/expected.js';
import type { ObjectStatus } from '../model/delivery.js';
import { ConfigurationError, describeError, StageError, type SourceLocation } from '../errors.js';
import type { Logger } from '../logging.js';
import { withRetry } from '../retry.js';
import type { PgstacTarget } from '../manifest/schema.js';
import {
  createPgstacClient,
  PgstacConnectionError,
  PgstacError,
  type PgstacClient,
  type PgstacClientOptions,
} from '../clients/pgstac.js';
import { itemRowProblem } from '../clients/pgstac-rows.js';
import { createStacApiClient, type FetchLike } from '../clients/stac-api.js';
import type {
  CatalogReader,
  DeliveryMode,
  DeliveryWork,
  Outgoing,
  Target,
  TargetContext,
  WriteBatch,
  Written,
} from './target.js';
import { stacApiCatalog } from './stac-api-catalog.js';

export interface PgstacTargetDeps {
  logger: Logger;
  /** Where `dsn_env` is looked up (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Used for the optional STAC API read-back. */
  fetch?: FetchLike;
  /** Makes the database client (default: a `pg` Pool client). */
  createClient?: (options: PgstacClientOptions) => PgstacClient;
}

/**
 * Writes of one transaction after a lost connection: tried again 2, 4, 8, 8 … s later, for as long as a
 * PostgreSQL restart may take on a loaded machine, and no more than `withinMs` after the first failure.
 */
export const CONNECTION_RETRY = {
  maxAttempts: 100,
  withinMs: 60_000,
  backoff: { baseMs: 2000, factor: 2, maxMs: 8000, jitter: 'none' as const },
};

/** `write` (one transaction of upserts), tried again while its connection is lost (CONNECTION_RETRY). */
function retriedWrite(what: string, write: () => Promise<void>, ctx: TargetContext): Promise<void> {
  return retried(what, write, ctx, ['writing', 'written']);
}

/**
 * `op`, tried again while its connection is lost (CONNECTION_RETRY): a write, or a read between the windows of a
 * streamed delivery (a restart may come between two windows' writes).
 */
async function retried<T>(
  what: string,
  op: () => Promise<T>,
  ctx: TargetContext,
  [doing, done]: [string, string],
): Promise<T> {
  const { maxAttempts, withinMs, backoff } = CONNECTION_RETRY;
  let retries = 0;
  let firstFailure: number | undefined;
  try {
    return await withRetry(op, {
      maxAttempts,
      backoff,
      sleep: ctx.sleep,
      deadline: { now: ctx.now, withinMs },
      isRetryable: (err) => err instanceof PgstacConnectionError,
      onRetry: (err, n, delay) => {
        retries = n;
        firstFailure ??= ctx.now();
        ctx.logger.warning(
          `${what}: ${(err as Error).message}; ${doing} it again in ${delay / 1000} s ` +
            `(retry ${n}; retries go on for up to ${withinMs / 1000} s)`,
        );
      },
    });
  } catch (err) {
    if (!(err instanceof PgstacConnectionError) || firstFailure === undefined) throw err;
    const s = Math.round((ctx.now() - firstFailure) / 1000);
    throw new PgstacConnectionError(
      `${what} was not ${done}: PostgreSQL could not be reached again in ${s} s after the connection was lost ` +
        `(${retries + 1} tries; retries stop after ${withinMs / 1000} s); the last error: ${err.message}`,
      { cause: err },
    );
  }
}

/** Ids per read-back query. */
const READ_CHUNK = 2000;

/** The database as a live catalog: collections and items read back by id. */
function databaseCatalog(db: PgstacClient, absent: string, ctx: TargetContext): CatalogReader {
  const read = <T>(what: string, op: () => Promise<T>): Promise<T> => retried(what, op, ctx, ['reading', 'read']);
  return {
    name: `pgstac at ${db.label}`,
    copy: 'the stored copy',
    absent,
    async read(objects) {
      const found = new Map<string, StacObject>();
      const collections = objects.filter((o) => o.kind === 'collection');
      if (collections.length > 0) {
        const stored = await read('the collections', () => db.readCollections(collections.map((o) => o.id)));
        for (const o of collections) {
          const doc = stored.get(o.id);
          if (doc !== undefined) found.set(o.key, doc);
        }
      }
      for (const [c, list] of itemsByCollection(objects)) {
        for (let i = 0; i < list.length; i += READ_CHUNK) {
          const ids = list.slice(i, i + READ_CHUNK).map((o) => o.id);
          const stored = await read(`the items of ${c}`, () => db.readItems(c, ids));
          for (const [id, doc] of stored) found.set(itemKey(c, id), doc);
        }
      }
      return found;
    },
  };
}

/**
 * Every item's collection must be in this run or already in the database: those of the items given, and of a
 * delivery in windows every item's (but those without a collection, or with an empty one, which are not sent).
 */
async function checkCollections(db: PgstacClient, work: DeliveryWork, refused: ReadonlySet<string>): Promise<void> {
  const items = work.items.filter((o) => !refused.has(o.key));
  const streamed = [...(work.streamed?.counts.keys() ?? [])].filter((c) => c !== NO_COLLECTION && c !== '');
  const wanted = [...new Set([...items.map((o) => o.collection), ...streamed])];
  const sent = new Set(work.collections.map((o) => o.id));
  const inDb = await db.existingCollections(wanted.filter((c) => !sent.has(c)));
  const absent = wanted.filter((c) => !sent.has(c) && !inDb.has(c));
  if (absent.length === 0) return;
  const first = items.find((o) => o.collection === absent[0])?.origin ?? work.streamed?.firsts.get(absent[0]!);
  const several = absent.length > 1;
  throw new ConfigurationError(
    `collection${several ? 's' : ''} ${absent.map((c) => `'${c}'`).join(', ')} ${several ? 'are' : 'is'} ` +
      `neither in this run nor in pgstac at ${db.label}; nothing was written`,
    {
      ...(first ? { location: originToLocation(first) } : {}),
      hint: 'add the collection to the manifest (collections:), or create it in the database first',
    },
  );
}

/** The DSN of the target, from the environment; a secret from here on. */
function dsnOf(target: PgstacTarget, deps: PgstacTargetDeps, location: SourceLocation, logger: Logger): string {
  const dsn = (deps.env ?? process.env)[target.dsn_env];
  if (dsn === undefined || dsn.trim() === '') {
    throw new ConfigurationError(
      `the pgstac target needs a DSN in the environment variable ${target.dsn_env}, which is not set`,
      {
        location: { ...location, pointer: '/dsn_env' },
        hint:
          `set ${target.dsn_env}=postgresql://user:password@host:5432/dbname ` + '(in the Action, map a secret to it)',
      },
    );
  }
  logger.setSecret(dsn.trim());
  return dsn;
}

class PgstacDatabaseTarget implements Target {
  readonly type = 'pgstac';
  private readonly location: SourceLocation;
  private client: PgstacClient | undefined;
  private version = '';
  private readonly stats = { batches: 0, failedBatches: 0, writeMs: 0 };

  constructor(
    private readonly target: PgstacTarget,
    private readonly deps: PgstacTargetDeps,
  ) {
    this.location = { entry: `pgstac target (environment variable ${target.dsn_env})` };
  }

  private db(): PgstacClient {
    if (!this.client) throw new Error('the pgstac target was not opened');
    return this.client;
  }

  async open(work: DeliveryWork, ctx: TargetContext): Promise<ObjectStatus[]> {
    const dsn = dsnOf(this.target, this.deps, this.location, ctx.logger);
    const db = (this.deps.createClient ?? createPgstacClient)({ dsn, logger: ctx.logger, location: this.location });
    this.client = db;
    this.version = await ctx.stage('connect', () => db.version());
    ctx.logger.info(`pgstac ${this.version} at ${db.label}`);
    const refused = this.refuses(work.items);
    if (work.mode === 'publish') await checkCollections(db, work, new Set(refused.map((r) => r.key)));
    return refused;
  }

  /** Items the items table cannot hold at all (no geometry…): not sent. */
  refuses(items: readonly Outgoing[]): ObjectStatus[] {
    return items.flatMap((o): ObjectStatus[] => {
      const problem = itemRowProblem(o.doc);
      if (problem === undefined) return [];
      const { key, id, origin } = o;
      const collection = o.collection === '' ? null : o.collection;
      return [{ key, kind: 'item', collection, id, origin, state: 'failed', reason: `not sent: ${problem}` }];
    });
  }

  catalogs(mode: DeliveryMode, ctx: TargetContext): CatalogReader[] {
    const absent = mode === 'publish' ? 'not found in pgstac after the write' : 'not in pgstac';
    const catalogs = [databaseCatalog(this.db(), absent, ctx)];
    if (this.target.stac_api !== undefined && mode !== 'plan') {
      const api = createStacApiClient({
        baseUrl: this.target.stac_api,
        logger: ctx.logger,
        sleep: ctx.sleep,
        now: ctx.now,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
        ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
      });
      catalogs.push(stacApiCatalog(api, { absent: 'not found through the STAC API' }));
    }
    return catalogs;
  }

  async write(batch: WriteBatch, ctx: TargetContext): Promise<Written[]> {
    const started = ctx.now();
    const written = [
      ...(batch.collections.length > 0 ? await this.writeCollections(batch.collections, ctx) : []),
      ...(batch.items.length > 0 ? await this.writeItems(batch.items, ctx) : []),
    ];
    this.stats.writeMs += ctx.now() - started;
    return written;
  }

  describe(): string {
    return `pgstac ${this.version} at ${this.db().label}`;
  }

  details(): Record<string, unknown> {
    const { version, target, stats } = this;
    const pgstac = { version, database: this.db().label, batchSize: target.batch_size, ...stats };
    return { pgstac: { ...pgstac, stacApi: target.stac_api ?? null } };
  }

  async close(): Promise<void> {
    try {
      await this.client?.close();
    } catch (err) {
      throw new StageError('pgstac', `closing the connection pool failed: ${describeError(err)}`, { cause: err });
    }
  }

  private async writeCollections(collections: Outgoing[], ctx: TargetContext): Promise<Written[]> {
    try {
      await retriedWrite('the collections', () => this.db().upsertCollections(collections.map((o) => o.doc)), ctx);
    } catch (err) {
      if (err instanceof PgstacError)
        throw new StageError('pgstac', 'the collections were not written (rolled back)', { cause: err });
      throw err;
    }
    ctx.logger.info(`upserted ${collections.length} collection(s)`);
    return collections.map((o) => ({ key: o.key, state: 'written' }));
  }

  /** Upserts items grouped by collection, in batches of batch_size, one transaction each. */
  private async writeItems(items: Outgoing[], ctx: TargetContext): Promise<Written[]> {
    const size = this.target.batch_size;
    const ordered = [...items].sort((a, b) => a.collection.localeCompare(b.collection));
    const batches: Outgoing[][] = [];
    for (let i = 0; i < ordered.length; i += size) batches.push(ordered.slice(i, i + size));
    const written: Written[] = [];
    for (const [n, batch] of batches.entries()) {
      const label = `batch ${n + 1}/${batches.length}`;
      try {
        await retriedWrite(label, () => this.db().upsertItems(batch.map((o) => o.doc)), ctx);
        for (const o of batch) written.push({ key: o.key, state: 'written', ref: label });
      } catch (err) {
        if (!(err instanceof PgstacError && err.isDataError))
          throw err instanceof PgstacError ? new StageError('pgstac', `${label} failed`, { cause: err }) : err;
        this.stats.failedBatches++;
        ctx.logger.error(
          `${label} (${batch.length} item(s), ${batch[0]?.key} …) was refused and rolled back: ${err.message}`,
          originToLocation(batch[0]!.origin),
        );
        const reason = `${label} rolled back: ${err.message}`;
        for (const o of batch) written.push({ key: o.key, state: 'failed', ref: label, reason });
      }
    }
    this.stats.batches += batches.length;
    const refused = this.stats.failedBatches ? ` (${this.stats.failedBatches} refused)` : '';
    ctx.logger.info(`upserted ${ordered.length} item(s) in ${batches.length} batch(es) of up to ${size}${refused}`);
    return written;
  }
}

export function createPgstacTarget(target: PgstacTarget, deps: PgstacTargetDeps): Target {
  return new PgstacDatabaseTarget(target, deps);
}
