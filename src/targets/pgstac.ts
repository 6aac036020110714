/**
 * The direct pgstac target (a local or self-hosted eoAPI): collections upserted with pgstac's
 * `upsert_collection`, items upserted in batches of `batch_size`, one transaction per batch
 * (src/clients/pgstac.ts), then every object read back from the database and compared by
 * content with what was sent. With `stac_api` set, the objects are also read back through the
 * STAC API (src/stages/verify.ts).
 *
 * Before anything is written: the DSN must be set (its password is registered as a secret), the
 * database must have pgstac, and every item's collection must be in this run or in the database.
 * A batch the database refuses (bad geometry, datetime…) is rolled back as a whole: its items are
 * reported failed with the database's message, and the other batches still go.
 *
 * `plan` writes nothing: each object is read from the database and classified new / changed /
 * unchanged. `verify` writes nothing either: each object is read back and compared.
 */
import type { StacObject } from '../model/stac.js';
import { originToLocation } from '../model/stac.js';
import { ConfigurationError, describeError, StageError, type SourceLocation } from '../errors.js';
import type { Logger } from '../logging.js';
import type { PgstacTarget } from '../manifest/schema.js';
import { createPgstacClient, PgstacError, type PgstacClient, type PgstacClientOptions } from '../clients/pgstac.js';
import { itemRowProblem } from '../clients/pgstac-rows.js';
import { createStacApiClient, type FetchLike } from '../clients/stac-api.js';
import { staleReason, verifyExpected } from '../stages/verify.js';
import { compareWithCatalog } from '../compare/compare.js';
import type { DeliveryInput, Sink, SinkContext } from './target.js';
import { stacApiCatalog } from './stac-api-catalog.js';
import type { DeliveryOutcome, ObjectStatus } from '../model/delivery.js';
import {
  applyApiVerification,
  docObject,
  rejectRemoteSources,
  summarizePlan,
  summarizeStates,
  toPlanned,
} from './objects.js';

export interface PgstacSinkDeps {
  logger: Logger;
  /** Where `dsn_env` is looked up (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  /** Used for the optional STAC API read-back. */
  fetch?: FetchLike;
  /** Makes the database client (default: a `pg` Pool client). */
  createClient?: (options: PgstacClientOptions) => PgstacClient;
}

/** Ids per read-back query. */
const READ_CHUNK = 2000;

interface Pending {
  status: ObjectStatus;
  doc: StacObject;
}

export function createPgstacSink(target: PgstacTarget, deps: PgstacSinkDeps): Sink {
  let client: PgstacClient | undefined;
  const targetLocation: SourceLocation = { entry: `pgstac target (environment variable ${target.dsn_env})` };

  return {
    type: 'pgstac',
    async deliver(input: DeliveryInput, ctx: SinkContext): Promise<DeliveryOutcome> {
      const logger = ctx.logger;
      rejectRemoteSources(input, 'pgstac');
      const dsn = (deps.env ?? process.env)[target.dsn_env];
      if (dsn === undefined || dsn.trim() === '') {
        throw new ConfigurationError(
          `the pgstac target needs a DSN in the environment variable ${target.dsn_env}, which is not set`,
          {
            location: { ...targetLocation, pointer: '/dsn_env' },
            hint: `set ${target.dsn_env}=postgresql://user:password@host:5432/dbname (in the Action, map a secret to it)`,
          },
        );
      }
      logger.setSecret(dsn.trim());
      client = (deps.createClient ?? createPgstacClient)({ dsn, logger, location: targetLocation });
      const db = client;
      const version = await ctx.stage('connect', () => db.version());
      logger.info(`pgstac ${version} at ${db.label}`);

      // what is sent, one status per object (the last of duplicate keys wins, as it would in the catalog)
      const collections = new Map<string, Pending>();
      for (const d of input.collections) {
        const o = docObject(d, 'published');
        if (collections.has(o.key))
          logger.warning(`${o.key} appears more than once; the last one is written`, originToLocation(d.origin));
        collections.set(o.key, { status: o, doc: d.doc });
      }
      const items = new Map<string, Pending>();
      const refused: ObjectStatus[] = [];
      for (const d of input.items) {
        const o = docObject(d, 'published');
        const problem = itemRowProblem(d.doc);
        if (problem !== undefined) {
          refused.push({ ...o, state: 'failed', reason: `not sent: ${problem}` });
          continue;
        }
        if (items.has(o.key))
          logger.warning(`${o.key} appears more than once; the last one is written`, originToLocation(d.origin));
        items.set(o.key, { status: o, doc: d.doc });
      }

      const started = ctx.now();
      const ordered = [...items.values()].sort((a, b) =>
        String(a.doc['collection']).localeCompare(String(b.doc['collection'])),
      );
      const batches: Pending[][] = [];
      for (let i = 0; i < ordered.length; i += target.batch_size) batches.push(ordered.slice(i, i + target.batch_size));
      let failedBatches = 0;
      let writeMs = 0;
      if (input.mode === 'publish') {
        failedBatches = await write();
        writeMs = ctx.now() - started;
        logger.info(
          `upserted ${ordered.length} item(s) in ${batches.length} batch(es) of up to ${target.batch_size}${failedBatches ? ` (${failedBatches} refused)` : ''} in ${writeMs} ms`,
        );
      }

      // read back from the database and compare by content
      const verifyStarted = ctx.now();
      await ctx.stage('read back', async () => {
        const stored = await db.readCollections([...collections.values()].map((p) => String(p.doc['id'])));
        for (const p of collections.values()) judge(p, stored.get(String(p.doc['id'])));
        const byCollection = new Map<string, Pending[]>();
        for (const p of ordered) {
          if (p.status.state === 'failed') continue;
          const c = String(p.doc['collection']);
          const list = byCollection.get(c) ?? [];
          list.push(p);
          byCollection.set(c, list);
        }
        for (const [c, list] of byCollection) {
          for (let i = 0; i < list.length; i += READ_CHUNK) {
            const chunk = list.slice(i, i + READ_CHUNK);
            const found = await db.readItems(
              c,
              chunk.map((p) => String(p.doc['id'])),
            );
            for (const p of chunk) judge(p, found.get(String(p.doc['id'])));
          }
        }
      });
      const verifyMs = ctx.now() - verifyStarted;

      const all = [...collections.values(), ...ordered];
      let apiChecked = false;
      if (input.mode === 'plan') {
        const objects = [...all.map((p) => p.status), ...refused];
        for (const o of objects) toPlanned(o, input.force);
        const summary = `against pgstac ${version} at ${db.label}: ${summarizePlan(objects)}`;
        logger.info(summary);
        return {
          ok: refused.length === 0,
          summary,
          objects,
          details: { pgstac: { version, database: db.label, readMs: verifyMs } },
        };
      }
      if (target.stac_api !== undefined) {
        const api = createStacApiClient({
          baseUrl: target.stac_api,
          logger,
          sleep: ctx.sleep,
          now: ctx.now,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        });
        const checkable = all.filter((p) => p.status.state === 'verified');
        const report = await ctx.stage('verify through the STAC API', () =>
          verifyExpected(
            checkable.map((p) => ({
              key: p.status.key,
              kind: p.status.kind === 'collection' ? 'collection' : 'item',
              collection: p.status.collection ?? '',
              id: p.status.id ?? '',
              doc: p.doc,
            })),
            { catalog: stacApiCatalog(api), logger, now: ctx.now },
          ),
        );
        applyApiVerification(
          checkable.map((p) => p.status),
          report,
        );
        apiChecked = true;
      }

      const objects = [...all.map((p) => p.status), ...refused];
      const counts = summarizeStates(objects);
      for (const o of objects)
        if (o.state !== 'verified')
          logger.error(`${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`, originToLocation(o.origin));
      const ok = objects.every((o) => o.state === 'verified');
      const how = apiChecked ? ' (read back from the database and the STAC API)' : ' (read back from the database)';
      return {
        ok,
        summary:
          input.mode === 'verify'
            ? `checked ${objects.length} object(s) in pgstac ${version} at ${db.label}: ${counts}${how}`
            : `upserted ${collections.size} collection(s) and ${ordered.length} item(s) into pgstac ${version} at ${db.label} in ${batches.length} batch(es); ${counts}${how}`,
        objects,
        details: {
          pgstac: {
            version,
            database: db.label,
            batchSize: target.batch_size,
            batches: batches.length,
            failedBatches,
            writeMs,
            verifyMs,
            stacApi: target.stac_api ?? null,
          },
        },
      };

      /** Checks every item's collection, then upserts collections and item batches; returns the refused batch count. */
      async function write(): Promise<number> {
        // every item's collection is in this run or already in the database
        const wanted = [...new Set([...items.values()].map((p) => String(p.doc['collection'])))];
        const sent = new Set([...collections.values()].map((p) => String(p.doc['id'])));
        const inDb = await db.existingCollections(wanted.filter((c) => !sent.has(c)));
        const absent = wanted.filter((c) => !sent.has(c) && !inDb.has(c));
        if (absent.length > 0) {
          const first = [...items.values()].find((p) => p.doc['collection'] === absent[0]);
          throw new ConfigurationError(
            `collection${absent.length > 1 ? 's' : ''} ${absent.map((c) => `'${c}'`).join(', ')} ${absent.length > 1 ? 'are' : 'is'} neither in this run nor in pgstac at ${db.label}; nothing was written`,
            {
              ...(first ? { location: originToLocation(first.status.origin) } : {}),
              hint: 'add the collection to the manifest (collections:), or create it in the database first',
            },
          );
        }

        if (collections.size > 0) {
          await ctx.stage('upsert collections', async () => {
            try {
              await db.upsertCollections([...collections.values()].map((p) => p.doc));
            } catch (err) {
              if (err instanceof PgstacError)
                throw new StageError('pgstac', `the collections were not written (rolled back)`, { cause: err });
              throw err;
            }
          });
          logger.info(`upserted ${collections.size} collection(s)`);
        }

        // items: grouped by collection, in batches of batch_size, one transaction each
        let failedBatches = 0;
        await ctx.stage('upsert items', async () => {
          for (const [n, batch] of batches.entries()) {
            const label = `batch ${n + 1}/${batches.length}`;
            try {
              await db.upsertItems(batch.map((p) => p.doc));
              for (const p of batch) p.status.ref = label;
            } catch (err) {
              if (!(err instanceof PgstacError && err.isDataError))
                throw err instanceof PgstacError ? new StageError('pgstac', `${label} failed`, { cause: err }) : err;
              failedBatches++;
              logger.error(
                `${label} (${batch.length} item(s), ${batch[0]?.status.key} …) was refused and rolled back: ${err.message}`,
                originToLocation(batch[0]!.status.origin),
              );
              for (const p of batch)
                Object.assign(p.status, {
                  state: 'failed',
                  ref: label,
                  reason: `${label} rolled back: ${err.message}`,
                });
            }
          }
        });
        return failedBatches;
      }

      function judge(p: Pending, actual: StacObject | undefined): void {
        if (actual === undefined) {
          Object.assign(p.status, {
            state: 'missing',
            reason: input.mode === 'publish' ? 'not found in pgstac after the write' : 'not in pgstac',
          });
          return;
        }
        const cmp = compareWithCatalog(p.doc, actual);
        if (cmp.outcome === 'equal') p.status.state = 'verified';
        else
          Object.assign(p.status, {
            state: 'stale',
            reason: staleReason('the stored copy', cmp.differences, cmp.truncated),
          });
      }
    },
    async close() {
      try {
        await client?.close();
      } catch (err) {
        throw new StageError('pgstac', `closing the connection pool failed: ${describeError(err)}`, { cause: err });
      }
    },
  };
}
