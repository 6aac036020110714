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
 * on 201, then (the watch, polled by the run's wait stage) `verified` when the ingestion
 * `succeeded`, `failed` with the ingestion's `message` when it failed (or 400/422 with FastAPI's
 * `loc: msg` list when refused), `missing` if still pending at the deadline. Its live catalog is
 * `stac_api`, when set: `plan` and `verify` only read it (no token needed).
 */
import type { Origin } from '../model/stac.js';
import { originToLocation } from '../model/stac.js';
import { ConfigurationError, ConfigurationErrors, type SourceLocation } from '../errors.js';
import type { Logger } from '../logging.js';
import type { IngestorTarget } from '../manifest/schema.js';
import { mapBounded } from '../limit.js';
import { detached, NO_COLLECTION } from '../model/keys.js';
import { SpilledKeySet } from '../model/key-set.js';
import { cognitoTokenProvider, staticTokenProvider, type TokenProvider } from '../clients/cognito.js';
import {
  createIngestorApiClient,
  IngestorRejection,
  type IngestorApiClient,
  type IngestionStatus,
} from '../clients/ingestor-api.js';
import { createStacApiClient, type FetchLike } from '../clients/stac-api.js';
import type { ObjectStatus } from '../model/delivery.js';
import type {
  CatalogReader,
  DeliveryMode,
  DeliveryWork,
  Outgoing,
  Settled,
  StreamedItems,
  Target,
  TargetContext,
  WaitPolicy,
  Watch,
  WriteBatch,
  Written,
} from './target.js';
import { stacApiCatalog } from './stac-api-catalog.js';

export interface IngestorTargetDeps {
  logger: Logger;
  /** Where `token_env` / `client_secret_env` are looked up (default `process.env`). */
  env?: NodeJS.ProcessEnv;
  fetch?: FetchLike;
  /** POSTs and GETs in flight at once (default 4). */
  concurrency?: number;
}

interface Ingestion {
  id: string;
  status: IngestionStatus;
  message: string | null;
}

/** The location of a refused document: its origin, pointing at the first field FastAPI named. */
function rejectionOrigin(origin: Origin, err: IngestorRejection): Origin {
  const first = err.problems[0];
  return first && first.pointer !== '' ? { ...origin, pointer: (origin.pointer ?? '') + first.pointer } : origin;
}

/** A refused POST as a failed write; anything else is not the document's fault and ends the run. */
function refused(o: Outgoing, err: unknown): Written {
  if (!(err instanceof IngestorRejection)) throw err;
  return { key: o.key, state: 'failed', reason: err.message, origin: rejectionOrigin(o.origin, err) };
}

/** Where an ingestion stands, once it stopped being queued or started. */
function settledIngestion(key: string, ing: Ingestion): Settled | undefined {
  if (ing.status === 'succeeded') return { key, state: 'verified' };
  if (ing.status === 'failed')
    return { key, state: 'failed', reason: `ingestion failed: ${ing.message ?? '(no message)'}` };
  if (ing.status === 'cancelled') return { key, state: 'failed', reason: 'the ingestion was cancelled' };
  return undefined;
}

const fileAndLine = (o: Origin): string => `${o.file}${o.line !== undefined ? `:${o.line}` : ''}`;

/** Collections must have an item_assets object (the API answers 422 without it). */
function collectionProblems(collections: readonly Outgoing[]): ConfigurationError[] {
  return collections.flatMap((d) => {
    const ia = d.doc['item_assets'];
    if (typeof ia === 'object' && ia !== null && !Array.isArray(ia)) return [];
    return [
      new ConfigurationError(
        `collection '${String(d.doc['id'])}' has no item_assets object, which the ingestor API requires ` +
          '(it answers 422 without it)',
        {
          location: originToLocation(d.origin, ia === undefined ? '' : '/item_assets'),
          hint: 'add "item_assets": {} to the collection, or describe the assets its items carry',
        },
      ),
    ];
  });
}

/**
 * Items must name their collection, and an item id must be in one collection only (the API keys ingestions by
 * item id alone). The ids seen are kept compactly (src/model/key-set.ts), with the first collection of each.
 */
class ItemChecks {
  readonly errors: ConfigurationError[] = [];
  private readonly ids = new SpilledKeySet();

  check(d: Outgoing): void {
    const c = d.doc['collection'];
    if (typeof c !== 'string' || c === '') {
      this.errors.push(
        new ConfigurationError(`item '${String(d.doc['id'])}' has no collection, which the ingestor API requires`, {
          location: originToLocation(d.origin, '/collection'),
          hint: 'set "collection" on the item (or `collection:` on its manifest source)',
        }),
      );
      return;
    }
    const id = String(d.doc['id']);
    const earlier = this.ids.addOrGet(id, JSON.stringify([c, fileAndLine(d.origin)]));
    if (earlier === undefined) return;
    const [first, at] = JSON.parse(earlier) as [string, string];
    if (first === c) return;
    this.errors.push(
      new ConfigurationError(
        `item id '${id}' is in collections '${first}' and '${c}'; the ingestor API ` +
          "keys ingestions by item id alone, so one would overwrite the other's record",
        {
          location: originToLocation(d.origin, '/id'),
          hint: `publish one of them in a separate run (the first is at ${at})`,
        },
      ),
    );
  }

  close(): void {
    this.ids.close();
  }
}

function throwAll(errors: ConfigurationError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ConfigurationErrors(errors);
}

export function preflight(input: { collections: readonly Outgoing[]; items: readonly Outgoing[] }): void {
  const items = new ItemChecks();
  try {
    for (const d of input.items) items.check(d);
  } finally {
    items.close();
  }
  throwAll([...collectionProblems(input.collections), ...items.errors]);
}

/**
 * {@link preflight} of a delivery in windows, before its first window is sent: every item is read once more
 * when they are not all of one collection (else their counts say all there is to check).
 */
async function preflightStreamed(collections: readonly Outgoing[], streamed: StreamedItems): Promise<void> {
  const errors = collectionProblems(collections);
  const [only] = streamed.counts.keys();
  if (streamed.counts.size > 1 || only === NO_COLLECTION || only === '') {
    const items = new ItemChecks();
    try {
      for await (const d of streamed.items()) items.check(d);
    } finally {
      items.close();
    }
    errors.push(...items.errors);
  }
  throwAll(errors);
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
        "the ingestor target's cognito exchange needs the client secret in the environment variable " +
          `${target.cognito.client_secret_env}, which is not set`,
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
        hint:
          `set ${target.token_env} (the Action maps its ingestor-token input to it), ` +
          'or configure `cognito` to get one with client credentials',
      },
    );
  }
  return staticTokenProvider(token, logger);
}

class IngestorApiTarget implements Target {
  readonly type = 'ingestor';
  readonly skipsUnchanged = true;
  readonly wait: WaitPolicy;
  private readonly location: SourceLocation;
  private readonly concurrency: number;
  private tokens: TokenProvider | undefined;
  private api: IngestorApiClient | undefined;
  /** The ingestions still awaited, by key (a settled one is dropped: a delivery in windows settles each). */
  private readonly ingestions = new Map<string, Ingestion>();
  /** Every ingestion's id by key, for the report (handed out as it is: no copy per window). */
  private readonly ids: Record<string, string> = {};

  constructor(
    private readonly target: IngestorTarget,
    private readonly deps: IngestorTargetDeps,
  ) {
    this.location = { entry: `ingestor target ${target.url}` };
    this.concurrency = Math.max(1, deps.concurrency ?? 4);
    const pollMs = target.poll_seconds * 1000;
    const timeoutMs = target.timeout_minutes * 60_000;
    this.wait = { timeoutMs, pollIntervalMs: pollMs, maxPollIntervalMs: pollMs * 4, landing: 'target' };
  }

  private client(): IngestorApiClient {
    if (!this.api) throw new Error('the ingestor target was not opened for publishing');
    return this.api;
  }

  async open(work: DeliveryWork, ctx: TargetContext): Promise<ObjectStatus[]> {
    if (work.mode === 'verify') return [];
    if (work.streamed) await preflightStreamed(work.collections, work.streamed);
    else preflight(work);
    if (work.mode === 'plan') return [];
    // secrets first: nothing below may print them
    const { target, deps, location } = this;
    const tokens = tokenProvider(target, deps.env ?? process.env, ctx.logger, deps.fetch, ctx.now, location);
    this.tokens = tokens;
    this.api = createIngestorApiClient({
      baseUrl: target.url,
      tokens,
      logger: ctx.logger,
      sleep: ctx.sleep,
      now: ctx.now,
      location,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
    await ctx.stage('authenticate', () => tokens.token());
    return [];
  }

  catalogs(mode: DeliveryMode, ctx: TargetContext): CatalogReader[] {
    const stacApi = this.target.stac_api;
    if (stacApi === undefined) {
      if (mode === 'publish') return [];
      throw new ConfigurationError(`the ingestor target needs \`stac_api\` to ${mode} against the live catalog`, {
        location: { ...this.location, pointer: '/stac_api' },
        hint: 'add stac_api: <the STAC API root that serves this catalog> to the target',
      });
    }
    const { logger, sleep, now } = ctx;
    const fetch = this.deps.fetch ? { fetch: this.deps.fetch } : {};
    const signal = ctx.signal ? { signal: ctx.signal } : {};
    const api = createStacApiClient({ baseUrl: stacApi, logger, sleep, now, ...fetch, ...signal });
    return [stacApiCatalog(api, { absent: 'not found through the STAC API' })];
  }

  async write(batch: WriteBatch, ctx: TargetContext): Promise<Written[]> {
    const api = this.client();
    const collections = await mapBounded(batch.collections, this.concurrency, async (o): Promise<Written> => {
      try {
        ctx.logger.debug(`${o.key}: ${await api.postCollection(o.doc)}`);
        return { key: o.key, state: 'verified' };
      } catch (err) {
        return refused(o, err);
      }
    });
    const items = await mapBounded(batch.items, this.concurrency, async (o): Promise<Written> => {
      try {
        const ing = await api.postIngestion(o.doc);
        // kept for the report after the answer is dropped: not a slice of its text
        const id = detached(ing.id);
        this.ingestions.set(o.key, { id, status: ing.status, message: ing.message ?? null });
        this.ids[o.key] = id;
        return { key: o.key, state: 'published', ref: id };
      } catch (err) {
        return refused(o, err);
      }
    });
    const count = (list: Written[], state: Written['state']) => list.filter((w) => w.state === state).length;
    if (collections.length > 0)
      ctx.logger.info(`POST /collections: ${count(collections, 'verified')} of ${collections.length} accepted`);
    if (items.length > 0)
      ctx.logger.info(`POST /ingestions: ${count(items, 'published')} of ${items.length} item(s) queued`);
    return [...collections, ...items];
  }

  /** The ingestions' status: succeeded, failed or cancelled settle an item; a record gone (404) is missing. */
  watch(): Watch {
    const poll = async (key: string): Promise<Settled | undefined> => {
      const ing = this.ingestions.get(key);
      if (ing === undefined) return undefined;
      const now = await this.client().getIngestion(ing.id);
      if (now === undefined) {
        this.ingestions.delete(key);
        return { key, state: 'missing', reason: `the ingestion record ${ing.id} is gone (404)` };
      }
      Object.assign(ing, { status: now.status, message: now.message ?? null });
      const settled = settledIngestion(key, ing);
      if (settled !== undefined) this.ingestions.delete(key);
      return settled;
    };
    return {
      poll: async (pending) =>
        (await mapBounded(pending, this.concurrency * 2, poll)).filter((s): s is Settled => s !== undefined),
      timeoutReason: (key) =>
        `the ingestion was still ${this.ingestions.get(key)?.status ?? 'queued'} after ` +
        `${this.target.timeout_minutes} min (timeout_minutes)`,
    };
  }

  describe(): string {
    return `the ingestor API at ${this.target.url}`;
  }

  details(): Record<string, unknown> {
    const auth = this.tokens ? { auth: this.tokens.kind } : {};
    const url = this.api?.baseUrl ?? this.target.url;
    return { ingestor: { url, ...auth, ingestions: this.ids, stacApi: this.target.stac_api ?? null } };
  }
}

export function createIngestorTarget(target: IngestorTarget, deps: IngestorTargetDeps): Target {
  return new IngestorApiTarget(target, deps);
}
