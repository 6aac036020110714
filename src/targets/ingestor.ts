/**
 * The legacy STAC Ingestor API target (protocol §4): `POST /collections` for each collection,
 * `POST /ingestions` for each item, then `GET /ingestions/{id}` until each is `succeeded` or
 * `failed` (bounded by `timeout_minutes`, polling every `poll_seconds` and backing off to four
 * times that, with the run's clock and sleep). With `stac_api` set, what succeeded is then read
 * back through the STAC API and compared by content.
 *
 * Checked before anything is sent:
 * - the bearer token: the environment variable named by `token_env`, or the Cognito
 *   client-credentials exchange (`cognito`); every secret is registered with the logger first;
 * - collections must have `item_assets` (the API answers 422 without it). We do not add an
 *   empty one ourselves: that would change the stored collection behind the user's back, so
 *   this is an error naming the file, with the fix (add `"item_assets": {}` or describe them);
 * - items must name their `collection`;
 * - the API keys ingestions by item id alone (per user), so the same item id in two collections
 *   of one run would overwrite each other's record: an error too.
 *
 * Object states: collections `verified` on 201 (the API upserts synchronously); items `published`
 * on 201, then `verified` when the ingestion `succeeded`, `failed` with the ingestion's
 * `message` when it failed (or 400/422 with FastAPI's `loc: msg` list when refused), `missing`
 * if still pending at the deadline. With `stac_api`, `verified` means read back and equal, and
 * what the catalog already holds as it is here is `unchanged` and not sent again (unless
 * `force`). `plan` and `verify` only read the catalog through `stac_api` (no token needed).
 */
import type { LoadedDoc, Origin, StacObject } from '../model/stac.js';
import { originToLocation } from '../model/stac.js';
import { ConfigurationError, ConfigurationErrors, type SourceLocation } from '../errors.js';
import type { Logger } from '../logging.js';
import type { IngestorTarget } from '../manifest/schema.js';
import { backoffDelay } from '../retry.js';
import { mapBounded } from '../limit.js';
import { cognitoTokenProvider, staticTokenProvider, type TokenProvider } from '../clients/cognito.js';
import {
  createIngestorApiClient,
  IngestorRejection,
  type IngestorApiClient,
  type IngestionStatus,
} from '../clients/ingestor-api.js';
import { createStacApiClient, type FetchLike } from '../clients/stac-api.js';
import { verifyExpected, type VerifyReport } from '../stages/verify.js';
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

export interface IngestorSinkDeps {
  logger: Logger;
  /** Where `token_env` / `client_secret_env` are looked up (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  fetch?: FetchLike;
  /** POSTs and GETs in flight at once (default 4). */
  concurrency?: number;
}

interface Sent {
  status: ObjectStatus;
  doc: StacObject;
  ingestion?: { id: string; status: IngestionStatus; message: string | null };
}

/** The location of a refused document: its origin, pointing at the first field FastAPI named. */
function rejectionOrigin(origin: Origin, err: IngestorRejection): Origin {
  const first = err.problems[0];
  return first && first.pointer !== '' ? { ...origin, pointer: (origin.pointer ?? '') + first.pointer } : origin;
}

export function preflight(input: DeliveryInput): void {
  const errors: ConfigurationError[] = [];
  for (const d of input.collections) {
    const ia = d.doc['item_assets'];
    if (typeof ia !== 'object' || ia === null || Array.isArray(ia)) {
      errors.push(
        new ConfigurationError(
          `collection '${String(d.doc['id'])}' has no item_assets object, which the ingestor API requires (it answers 422 without it)`,
          {
            location: originToLocation(d.origin, ia === undefined ? '' : '/item_assets'),
            hint: 'add "item_assets": {} to the collection, or describe the assets its items carry',
          },
        ),
      );
    }
  }
  const collectionOfId = new Map<string, LoadedDoc>();
  for (const d of input.items) {
    const c = d.doc['collection'];
    if (typeof c !== 'string' || c === '') {
      errors.push(
        new ConfigurationError(`item '${String(d.doc['id'])}' has no collection, which the ingestor API requires`, {
          location: originToLocation(d.origin, '/collection'),
          hint: 'set "collection" on the item (or `collection:` on its manifest source)',
        }),
      );
      continue;
    }
    const id = String(d.doc['id']);
    const prev = collectionOfId.get(id);
    if (prev !== undefined && prev.doc['collection'] !== c) {
      errors.push(
        new ConfigurationError(
          `item id '${id}' is in collections '${String(prev.doc['collection'])}' and '${c}'; the ingestor API keys ingestions by item id alone, so one would overwrite the other's record`,
          {
            location: originToLocation(d.origin, '/id'),
            hint: `publish one of them in a separate run (the first is at ${prev.origin.file}${prev.origin.line !== undefined ? `:${prev.origin.line}` : ''})`,
          },
        ),
      );
    } else collectionOfId.set(id, d);
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ConfigurationErrors(errors);
}

function tokenProvider(
  target: IngestorTarget,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  fetchImpl: FetchLike | undefined,
  now: () => number,
  location: SourceLocation,
): TokenProvider {
  if (target.cognito !== undefined) {
    const secret = env[target.cognito.client_secret_env];
    if (secret === undefined || secret === '') {
      throw new ConfigurationError(
        `the ingestor target's cognito exchange needs the client secret in the environment variable ${target.cognito.client_secret_env}, which is not set`,
        {
          location: { ...location, pointer: '/cognito/client_secret_env' },
          hint: `set ${target.cognito.client_secret_env} (in the Action, map a secret to it)`,
        },
      );
    }
    return cognitoTokenProvider({
      domain: target.cognito.domain,
      clientId: target.cognito.client_id,
      clientSecret: secret,
      logger,
      now,
      location: { ...location, pointer: '/cognito' },
      ...(target.cognito.scope !== undefined ? { scope: target.cognito.scope } : {}),
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
    });
  }
  const token = env[target.token_env];
  if (token === undefined || token.trim() === '') {
    throw new ConfigurationError(
      `the ingestor target needs a bearer token in the environment variable ${target.token_env}, which is not set`,
      {
        location: { ...location, pointer: '/token_env' },
        hint: `set ${target.token_env} (the Action maps its ingestor-token input to it), or configure \`cognito\` to get one with client credentials`,
      },
    );
  }
  return staticTokenProvider(token, logger);
}

export function createIngestorSink(target: IngestorTarget, deps: IngestorSinkDeps): Sink {
  const location: SourceLocation = { entry: `ingestor target ${target.url}` };
  const concurrency = Math.max(1, deps.concurrency ?? 4);

  return {
    type: 'ingestor',
    async deliver(input: DeliveryInput, ctx: SinkContext): Promise<DeliveryOutcome> {
      const logger = ctx.logger;
      rejectRemoteSources(input, 'ingestor');
      const collections: Sent[] = input.collections.map((d) => ({ status: docObject(d, 'published'), doc: d.doc }));
      const items: Sent[] = input.items.map((d) => ({ status: docObject(d, 'published'), doc: d.doc }));
      const all = [...collections, ...items];

      // plan and verify only read the catalog, through the STAC API
      if (target.stac_api === undefined && input.mode !== 'publish') {
        throw new ConfigurationError(
          `the ingestor target needs \`stac_api\` to ${input.mode} against the live catalog`,
          {
            location: { ...location, pointer: '/stac_api' },
            hint: 'add stac_api: <the STAC API root that serves this catalog> to the target',
          },
        );
      }
      const stacApi =
        target.stac_api === undefined
          ? undefined
          : createStacApiClient({
              baseUrl: target.stac_api,
              logger,
              sleep: ctx.sleep,
              now: ctx.now,
              ...(deps.fetch ? { fetch: deps.fetch } : {}),
            });
      const readBack = (name: string, list: Sent[]): Promise<VerifyReport> =>
        ctx.stage(name, () =>
          verifyExpected(
            list.map((s) => ({
              key: s.status.key,
              kind: s.status.kind === 'collection' ? 'collection' : 'item',
              collection: s.status.collection ?? '',
              id: s.status.id ?? '',
              doc: s.doc,
            })),
            { catalog: stacApiCatalog(stacApi!), logger, now: ctx.now },
          ),
        );
      if (input.mode === 'verify') {
        applyApiVerification(
          all.map((s) => s.status),
          await readBack('verify through the STAC API', all),
        );
        const objects = all.map((s) => s.status);
        for (const o of objects)
          if (o.state !== 'verified')
            logger.error(`${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`, originToLocation(o.origin));
        return {
          ok: objects.every((o) => o.state === 'verified'),
          summary: `checked ${objects.length} object(s) through ${target.stac_api}: ${summarizeStates(objects)}`,
          objects,
        };
      }
      preflight(input);
      if (input.mode === 'plan') {
        applyApiVerification(
          all.map((s) => s.status),
          await readBack('compare with the catalog', all),
        );
        const objects = all.map((s) => s.status);
        for (const o of objects) toPlanned(o, input.force);
        const summary = `against ${target.stac_api}: ${summarizePlan(objects)}`;
        logger.info(summary);
        return { ok: true, summary, objects };
      }

      // publish; secrets first: nothing below may print them
      const tokens = tokenProvider(target, deps.env ?? process.env, logger, deps.fetch, ctx.now, location);
      const api: IngestorApiClient = createIngestorApiClient({
        baseUrl: target.url,
        tokens,
        logger,
        sleep: ctx.sleep,
        now: ctx.now,
        location,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      });
      await ctx.stage('authenticate', () => tokens.token());
      // what the catalog already holds as it is here is not sent again (unless forced)
      if (stacApi !== undefined && !input.force) {
        const before = new Map((await readBack('compare with the catalog', all)).entries.map((e) => [e.key, e.status]));
        for (const s of all) {
          const was = before.get(s.status.key);
          s.status.change = was === 'verified' ? 'unchanged' : was === 'stale' ? 'changed' : 'new';
          if (was === 'verified') s.status.state = 'unchanged';
        }
        const same = all.filter((s) => s.status.state === 'unchanged').length;
        if (same > 0)
          logger.info(`${same} object(s) already in the catalog as they are here: not sent (force sends them anyway)`);
      }
      const refuse = (s: Sent, err: unknown): void => {
        if (!(err instanceof IngestorRejection)) throw err;
        Object.assign(s.status, {
          state: 'failed',
          reason: err.message,
          origin: rejectionOrigin(s.status.origin, err),
        });
      };
      const toPost = collections.filter((s) => s.status.state === 'published');

      if (toPost.length > 0) {
        await ctx.stage('post collections', () =>
          mapBounded(toPost, concurrency, async (s) => {
            try {
              const said = await api.postCollection(s.doc);
              s.status.state = 'verified';
              logger.debug(`${s.status.key}: ${said}`);
            } catch (err) {
              refuse(s, err);
            }
          }),
        );
        logger.info(`POST /collections: ${summarizeStates(toPost.map((s) => s.status))}`);
      }

      // items of a collection that could not be published are not sent
      const refusedCollections = new Set(
        collections.filter((s) => s.status.state === 'failed').map((s) => s.status.id),
      );
      const toSend = items.filter((s) => {
        if (s.status.state === 'unchanged') return false;
        if (!refusedCollections.has(s.status.collection)) return true;
        Object.assign(s.status, {
          state: 'failed',
          reason: `not sent: collection '${s.status.collection}' was refused`,
        });
        return false;
      });

      await ctx.stage('post ingestions', () =>
        mapBounded(toSend, concurrency, async (s) => {
          try {
            const ingestion = await api.postIngestion(s.doc);
            s.ingestion = { id: ingestion.id, status: ingestion.status, message: ingestion.message ?? null };
            s.status.ref = ingestion.id;
          } catch (err) {
            refuse(s, err);
          }
        }),
      );
      const queued = toSend.filter((s) => s.ingestion !== undefined);
      logger.info(`POST /ingestions: ${queued.length} of ${toSend.length} item(s) queued`);

      // poll each ingestion until it is succeeded or failed, or the deadline passes
      const deadline = ctx.now() + target.timeout_minutes * 60_000;
      const pollMs = target.poll_seconds * 1000;
      const progress: Array<{ atMs: number; verified: number; expected: number }> = [];
      const started = ctx.now();
      const pending = (): Sent[] =>
        queued.filter(
          (s) => s.ingestion !== undefined && (s.ingestion.status === 'queued' || s.ingestion.status === 'started'),
        );
      await ctx.stage('wait for ingestions', async () => {
        for (let round = 1; pending().length > 0; round++) {
          const remaining = deadline - ctx.now();
          if (remaining <= 0) break;
          await ctx.sleep(
            Math.min(
              remaining,
              backoffDelay(round, { baseMs: pollMs, factor: 1.5, maxMs: pollMs * 4, jitter: 'none' }),
            ),
          );
          if (ctx.signal?.aborted) break;
          await mapBounded(pending(), concurrency * 2, async (s) => {
            const ing = s.ingestion!;
            const now = await api.getIngestion(ing.id);
            if (now === undefined) {
              Object.assign(s.status, { state: 'missing', reason: `the ingestion record ${ing.id} is gone (404)` });
              ing.status = 'cancelled';
              return;
            }
            Object.assign(ing, { status: now.status, message: now.message ?? null });
          });
          const done = queued.filter((s) => s.ingestion?.status === 'succeeded').length;
          progress.push({ atMs: ctx.now() - started, verified: done, expected: queued.length });
          logger.info(
            `ingestions: ${done} succeeded, ${queued.filter((s) => s.ingestion?.status === 'failed').length} failed, ${pending().length} pending`,
          );
        }
      });
      for (const s of queued) {
        const ing = s.ingestion!;
        if (s.status.state === 'missing') continue;
        if (ing.status === 'succeeded') s.status.state = 'verified';
        else if (ing.status === 'failed')
          Object.assign(s.status, { state: 'failed', reason: `ingestion failed: ${ing.message ?? '(no message)'}` });
        else if (ing.status === 'cancelled')
          Object.assign(s.status, { state: 'failed', reason: 'the ingestion was cancelled' });
        else
          Object.assign(s.status, {
            state: 'missing',
            reason: `the ingestion was still ${ing.status} after ${target.timeout_minutes} min (timeout_minutes)`,
          });
      }

      if (stacApi !== undefined) {
        const checkable = all.filter((s) => s.status.state === 'verified');
        applyApiVerification(
          checkable.map((s) => s.status),
          await readBack('verify through the STAC API', checkable),
        );
      }

      const objects = all.map((s) => s.status);
      for (const o of objects)
        if (o.state !== 'verified' && o.state !== 'unchanged')
          logger.error(`${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`, originToLocation(o.origin));
      return {
        ok: objects.every((o) => o.state === 'verified' || o.state === 'unchanged'),
        summary: `sent ${toPost.length} collection(s) and ${queued.length} item ingestion(s) to ${api.baseUrl}; ${summarizeStates(objects)}${target.stac_api !== undefined ? ' (read back through the STAC API)' : " (by the ingestions' status)"}`,
        objects,
        progress,
        details: {
          ingestor: {
            url: api.baseUrl,
            auth: tokens.kind,
            ingestions: Object.fromEntries(queued.map((s) => [s.status.key, s.ingestion!.id])),
            stacApi: target.stac_api ?? null,
          },
        },
      };
    },
  };
}
