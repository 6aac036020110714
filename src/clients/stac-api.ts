/**
 * A small STAC API reader for verification and planning: batched reads by id
 * (`POST /search` with `ids` + `collections`, chunked, following `next` links in both the GET
 * and the POST/body/merge forms stac-fastapi-pgstac returns), a per-item
 * `GET /collections/{c}/items/{id}` fallback when item search is not available, paging through
 * `/collections/{c}/items`, retries of 429/5xx/connection errors with backoff + jitter that
 * honour `Retry-After`, and zod-checked responses. `fetch`, the clock and sleep are injected.
 * Headers (e.g. `Authorization`) are sent only to the API's own origin and never logged.
 */
import { z } from 'zod';
import type { StacObject } from '../model/stac.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logging.js';
import { parseJson } from '../json.js';
import { streamBounded } from '../limit.js';
import {
  abortableSleep,
  parseRetryAfter,
  realClock,
  realSleep,
  isTransientStatus,
  TransientHttpError,
  withRetry,
  type BackoffOptions,
  type Clock,
  type Sleep,
} from '../retry.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface StacApiClientOptions {
  /** The API root, e.g. `https://stac.maap-project.org/` (a path prefix is kept). */
  baseUrl: string;
  logger: Logger;
  fetch?: FetchLike;
  /** Extra request headers, e.g. `{ Authorization: 'Bearer …' }`; registered as secrets, never logged. */
  headers?: Record<string, string>;
  sleep?: Sleep;
  now?: Clock;
  /** Calls per request before giving up on 429/5xx/connection errors (default 6). */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  /** Longest `Retry-After` honoured, in ms (default 120 000). */
  maxRetryAfterMs?: number;
  /** Per-request timeout, in ms (default 60 000). */
  timeoutMs?: number;
  /** The run's cancellation: a request in flight is aborted and nothing is retried once it fires. */
  signal?: AbortSignal;
  /** Ids per `POST /search` request (default 250). */
  searchChunkSize?: number;
  /** `limit` asked per page (default: the chunk size for searches, 1000 for item listings). */
  pageLimit?: number;
  /** Requests in flight at once for chunked searches and per-item GETs (default 4). */
  concurrency?: number;
  /** Safety bound on pages followed for one query (default 100 000). */
  maxPages?: number;
}

export interface StacApiStats {
  requests: number;
  retries: number;
  /** Responses by HTTP status (`network` for connection errors and timeouts). */
  byStatus: Record<string, number>;
}

export type SearchMode = 'search' | 'get';

export interface StacApiClient {
  readonly baseUrl: string;
  conformance(): Promise<string[]>;
  /** `undefined` when the API answers 404. */
  getCollection(id: string): Promise<StacObject | undefined>;
  /** `undefined` when the API answers 404. */
  getItem(collection: string, id: string): Promise<StacObject | undefined>;
  /** The items of `collection` among `ids` that exist (each at most once, in no particular order). */
  searchByIds(collection: string, ids: readonly string[]): AsyncIterable<StacObject>;
  /** Every item of `collection` (nothing when the collection does not exist). */
  listItems(collection: string): AsyncIterable<StacObject>;
  /** How `searchByIds` reads: decided on first use from the conformance classes and /search answers. */
  searchMode(): Promise<SearchMode>;
  stats(): StacApiStats;
}

/** The API answered something we cannot use (wrong status, not JSON, wrong shape), or never answered. */
export class StacApiError extends Error {
  override readonly name = 'StacApiError';
  constructor(
    message: string,
    readonly details: { method: string; url: string; status?: number },
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
  get status(): number | undefined {
    return this.details.status;
  }
}

const Link = z.looseObject({
  rel: z.string(),
  href: z.string(),
  method: z.string().optional(),
  body: z.record(z.string(), z.unknown()).optional(),
  merge: z.boolean().optional(),
  headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
});
type Link = z.infer<typeof Link>;

const StacDoc = z.looseObject({ id: z.string(), type: z.string().optional() });
const ItemDoc = z.looseObject({ id: z.string(), type: z.literal('Feature'), collection: z.string().optional() });
const ItemCollection = z.looseObject({ features: z.array(ItemDoc), links: z.array(Link).optional() });
const Conformance = z.looseObject({ conformsTo: z.array(z.string()) });

const ITEM_SEARCH_CLASS = /^https?:\/\/api\.stacspec\.org\/v1\.[^/]+\/item-search$/;

/** Statuses on which `/search` counts as "not implemented here". */
const SEARCH_UNAVAILABLE = new Set([404, 405, 501]);

interface RequestSpec {
  method: 'GET' | 'POST';
  url: string;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

interface RawResponse {
  status: number;
  url: string;
  json: unknown;
}

/** The URL without credentials or query string, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    const q = u.search ? '?…' : '';
    u.search = '';
    return u.href + q;
  } catch {
    return url;
  }
}

function chunk<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

function shapeError(spec: RequestSpec, status: number, what: string, error: z.ZodError): StacApiError {
  const issue = error.issues[0];
  const where = issue ? `/${issue.path.join('/')}` : '';
  return new StacApiError(
    `${spec.method} ${redactUrl(spec.url)} answered ${status} with a body that is not ${what} (at ` +
      `${where || '/'}: ${issue?.message ?? 'invalid'})`,
    { method: spec.method, url: redactUrl(spec.url), status },
  );
}

/** The client's settings, with their defaults applied. */
interface Settings {
  fetch: FetchLike;
  sleep: Sleep;
  now: Clock;
  logger: Logger;
  maxAttempts: number;
  maxRetryAfterMs: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  chunkSize: number;
  concurrency: number;
  maxPages: number;
  pageLimit: number | undefined;
  backoff: BackoffOptions;
  baseUrl: string;
  origin: string;
  headers: Record<string, string>;
}

function settingsOf(options: StacApiClientOptions): Settings {
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : options.baseUrl + '/';
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch (err) {
    throw new ConfigurationError(`the STAC API URL ${JSON.stringify(options.baseUrl)} is not a valid URL`, {
      hint: 'give an absolute http(s) URL of the STAC API root, e.g. https://stac.maap-project.org/',
      cause: err,
    });
  }
  const headers = options.headers ?? {};
  for (const v of Object.values(headers)) {
    options.logger.setSecret(v);
    const token = /^\S+\s+(.+)$/.exec(v)?.[1];
    if (token) options.logger.setSecret(token);
  }
  return {
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    sleep: options.signal ? abortableSleep(options.signal, options.sleep) : (options.sleep ?? realSleep),
    now: options.now ?? realClock,
    logger: options.logger,
    maxAttempts: Math.max(1, options.maxAttempts ?? 6),
    maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
    timeoutMs: options.timeoutMs ?? 60_000,
    signal: options.signal,
    chunkSize: Math.max(1, options.searchChunkSize ?? 250),
    concurrency: Math.max(1, options.concurrency ?? 4),
    maxPages: options.maxPages ?? 100_000,
    pageLimit: options.pageLimit,
    backoff: { baseMs: 250, maxMs: 30_000, ...options.backoff },
    baseUrl,
    origin,
    headers,
  };
}

const enc = encodeURIComponent;
const GET_ONE_BY_ONE = 'reading items one by one with GET /collections/{c}/items/{id}';

function parse<S extends z.ZodType>(schema: S, res: RawResponse, spec: RequestSpec, what: string): z.infer<S> {
  const out = schema.safeParse(res.json);
  if (!out.success) throw shapeError(spec, res.status, what, out.error);
  // the document as read, not zod's copy: its numbers keep their text (src/json.ts); the schemas transform nothing
  return res.json as z.infer<S>;
}

function nextRequest(prev: RequestSpec, links: Link[] | undefined): RequestSpec | undefined {
  const link = links?.find((l) => l.rel === 'next');
  if (!link) return undefined;
  const target = new URL(link.href, prev.url).href;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(link.headers ?? {})) headers[k] = Array.isArray(v) ? v.join(', ') : v;
  if ((link.method ?? 'GET').toUpperCase() === 'POST') {
    const body = link.merge ? { ...(prev.body ?? {}), ...(link.body ?? {}) } : (link.body ?? prev.body ?? {});
    return { method: 'POST', url: target, body, headers: link.merge ? { ...prev.headers, ...headers } : headers };
  }
  return { method: 'GET', url: target, headers };
}

/** What a request's answer is, once it is not worth another try: a usable answer or an error. */
function answerOf(spec: RequestSpec, status: number, text: string, contentType: string | null): RawResponse {
  const details = { method: spec.method, url: redactUrl(spec.url), status };
  if (status === 401 || status === 403) {
    throw new ConfigurationError(
      `the STAC API refused the request: ${spec.method} ${redactUrl(spec.url)} answered ${status}`,
      {
        hint: 'check the STAC API auth header input (e.g. `Authorization: Bearer …`) and that it grants read access',
        cause: new StacApiError(text.slice(0, 300), details),
      },
    );
  }
  if (status === 404 || SEARCH_UNAVAILABLE.has(status)) return { status, url: spec.url, json: undefined };
  if (status < 200 || status >= 300) {
    throw new StacApiError(`${spec.method} ${redactUrl(spec.url)} answered ${status}: ${text.slice(0, 300)}`, details);
  }
  try {
    return { status, url: spec.url, json: parseJson(text) };
  } catch {
    throw new StacApiError(
      `${spec.method} ${redactUrl(spec.url)} answered ${status} with a body that is not JSON ` +
        `(${contentType ?? 'no content type'}): ${JSON.stringify(text.slice(0, 120))}`,
      details,
    );
  }
}

function unexpectedStatus(spec: RequestSpec, status: number): StacApiError {
  const url = redactUrl(spec.url);
  return new StacApiError(`${spec.method} ${url} answered ${status}`, { method: spec.method, url, status });
}

class StacApi implements StacApiClient {
  readonly baseUrl: string;
  private readonly s: Settings;
  private readonly counts: StacApiStats = { requests: 0, retries: 0, byStatus: {} };
  private crossOriginWarned = false;
  private mode: Promise<SearchMode> | undefined;
  private searchUnavailable = false;

  constructor(options: StacApiClientOptions) {
    this.s = settingsOf(options);
    this.baseUrl = this.s.baseUrl;
  }

  private url(path: string): string {
    return new URL(path, this.s.baseUrl).href;
  }

  private count(key: string): void {
    this.counts.byStatus[key] = (this.counts.byStatus[key] ?? 0) + 1;
  }

  /** The headers of a request: the user's (auth) only to the API's own origin. */
  private headersFor(spec: RequestSpec): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/geo+json, application/json;q=0.9' };
    const target = new URL(spec.url).origin;
    if (target === this.s.origin) Object.assign(headers, this.s.headers);
    else if (Object.keys(this.s.headers).length > 0 && !this.crossOriginWarned) {
      this.crossOriginWarned = true;
      this.s.logger.warning(`the STAC API linked to another origin (${target}); the auth headers are not sent there`);
    }
    Object.assign(headers, spec.headers);
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    return headers;
  }

  /** One try: a 429/5xx or a dropped connection is a `TransientHttpError`. */
  private async attempt(spec: RequestSpec): Promise<RawResponse> {
    this.counts.requests++;
    let res: Response;
    try {
      const init: RequestInit = {
        method: spec.method,
        headers: this.headersFor(spec),
        signal: this.s.signal
          ? AbortSignal.any([this.s.signal, AbortSignal.timeout(this.s.timeoutMs)])
          : AbortSignal.timeout(this.s.timeoutMs),
      };
      if (spec.body !== undefined) init.body = JSON.stringify(spec.body);
      res = await this.s.fetch(spec.url, init);
    } catch (err) {
      if (this.s.signal?.aborted) throw this.s.signal.reason;
      this.count('network');
      const why = err instanceof Error ? err.message : String(err);
      throw new TransientHttpError(`${spec.method} ${redactUrl(spec.url)} failed: ${why}`, undefined, undefined, {
        cause: err,
      });
    }
    this.count(String(res.status));
    const text = await res.text().catch(() => '');
    if (this.s.signal?.aborted) throw this.s.signal.reason;
    if (isTransientStatus(res.status)) {
      const retryAfter = parseRetryAfter(res.headers.get('retry-after'), this.s.now());
      throw new TransientHttpError(
        `${spec.method} ${redactUrl(spec.url)} answered ${res.status}`,
        res.status,
        retryAfter,
      );
    }
    return answerOf(spec, res.status, text, res.headers.get('content-type'));
  }

  private async request(spec: RequestSpec): Promise<RawResponse> {
    const { maxAttempts, logger } = this.s;
    try {
      return await withRetry(() => this.attempt(spec), {
        maxAttempts,
        sleep: this.s.sleep,
        backoff: this.s.backoff,
        maxRetryAfterMs: this.s.maxRetryAfterMs,
        isRetryable: (err) => err instanceof TransientHttpError && !this.s.signal?.aborted,
        onRetry: (err, n, delay) => {
          this.counts.retries++;
          const asked = (err as TransientHttpError).retryAfterMs;
          const after = asked !== undefined ? ` (Retry-After ${asked} ms)` : '';
          logger.debug(`${(err as Error).message}${after}; retry ${n}/${maxAttempts - 1} in ${Math.round(delay)} ms`);
        },
      });
    } catch (err) {
      if (!(err instanceof TransientHttpError)) throw err;
      const details: { method: string; url: string; status?: number } = {
        method: spec.method,
        url: redactUrl(spec.url),
      };
      if (err.status !== undefined) details.status = err.status;
      const message = `${err.message}; gave up after ${maxAttempts} attempts`;
      throw new StacApiError(message, details, { cause: err.cause ?? err });
    }
  }

  /** Every feature of a paged query, following `next` until there is none. */
  private async *pages(first: RequestSpec, onUnavailable?: (status: number) => void): AsyncGenerator<StacObject[]> {
    let spec: RequestSpec | undefined = first;
    let previousKey = '';
    for (let page = 0; spec !== undefined; page++) {
      const where = { method: spec.method, url: redactUrl(spec.url) };
      if (page >= this.s.maxPages)
        throw new StacApiError(`gave up after following ${this.s.maxPages} next links`, where);
      const key = `${spec.method} ${spec.url} ${JSON.stringify(spec.body ?? null)}`;
      if (key === previousKey) {
        const message = `the next link repeats the request it came from (${spec.method} ${where.url})`;
        throw new StacApiError(`${message}: paging would never end`, where);
      }
      previousKey = key;
      const res = await this.request(spec);
      if (res.status !== 200 && res.status !== 201 && res.status >= 300) {
        if (onUnavailable && page === 0) {
          onUnavailable(res.status);
          return;
        }
        if (res.status === 404 && page === 0) return;
        throw unexpectedStatus(spec, res.status);
      }
      const body = parse(ItemCollection, res, spec, 'a FeatureCollection of STAC Items');
      yield body.features as StacObject[];
      spec = nextRequest(spec, body.links);
    }
  }

  private async getJson(path: string, what: string): Promise<StacObject | undefined> {
    const spec: RequestSpec = { method: 'GET', url: this.url(path) };
    const res = await this.request(spec);
    if (res.status === 404) return undefined;
    if (res.status >= 300) throw unexpectedStatus(spec, res.status);
    return parse(StacDoc, res, spec, what) as StacObject;
  }

  getCollection(id: string): Promise<StacObject | undefined> {
    return this.getJson(`collections/${enc(id)}`, 'a STAC Collection');
  }

  getItem(collection: string, id: string): Promise<StacObject | undefined> {
    return this.getJson(`collections/${enc(collection)}/items/${enc(id)}`, 'a STAC Item');
  }

  async conformance(): Promise<string[]> {
    const spec: RequestSpec = { method: 'GET', url: this.url('conformance') };
    const res = await this.request(spec);
    if (res.status >= 300) return [];
    return parse(Conformance, res, spec, 'a conformance declaration').conformsTo;
  }

  searchMode(): Promise<SearchMode> {
    this.mode ??= this.conformance().then(
      (classes) => {
        if (classes.length > 0 && !classes.some((c) => ITEM_SEARCH_CLASS.test(c))) {
          this.s.logger.info(`the STAC API does not declare item search; ${GET_ONE_BY_ONE}`);
          return 'get' as const;
        }
        return 'search' as const;
      },
      (err: unknown) => {
        this.mode = undefined;
        throw err;
      },
    );
    return this.mode.then((m) => (this.searchUnavailable ? 'get' : m));
  }

  private async getEach(collection: string, ids: readonly string[]): Promise<StacObject[]> {
    const found: StacObject[] = [];
    for await (const { value } of streamBounded(ids, this.s.concurrency, (id) => this.getItem(collection, id))) {
      if (value) found.push(value);
    }
    return found;
  }

  private async searchChunk(collection: string, ids: string[]): Promise<StacObject[]> {
    if (this.searchUnavailable) return this.getEach(collection, ids);
    const wanted = new Set(ids);
    const found = new Map<string, StacObject>();
    let unavailable: number | undefined;
    const limit = Math.min(this.s.pageLimit ?? ids.length, 10_000);
    const first: RequestSpec = {
      method: 'POST',
      url: this.url('search'),
      body: { collections: [collection], ids, limit },
    };
    for await (const features of this.pages(first, (status) => (unavailable = status))) {
      for (const f of features) {
        const id = f.id as string;
        if (wanted.has(id) && (f.collection === undefined || f.collection === collection)) found.set(id, f);
      }
    }
    if (unavailable === undefined) return [...found.values()];
    if (!this.searchUnavailable)
      this.s.logger.info(`POST ${redactUrl(first.url)} answered ${unavailable}; ${GET_ONE_BY_ONE}`);
    this.searchUnavailable = true;
    return this.getEach(collection, ids);
  }

  async *searchByIds(collection: string, ids: readonly string[]): AsyncGenerator<StacObject> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const how = await this.searchMode();
    const read = (c: string[]) => (how === 'get' ? this.getEach(collection, c) : this.searchChunk(collection, c));
    const chunks = chunk(unique, this.s.chunkSize);
    for await (const { value } of streamBounded(chunks, how === 'get' ? 1 : this.s.concurrency, read)) yield* value;
  }

  async *listItems(collection: string): AsyncGenerator<StacObject> {
    const limit = this.s.pageLimit ?? 1000;
    const first: RequestSpec = { method: 'GET', url: this.url(`collections/${enc(collection)}/items?limit=${limit}`) };
    const seen = new Set<string>();
    for await (const features of this.pages(first)) {
      for (const f of features) {
        const id = f.id as string;
        if (seen.has(id)) continue;
        seen.add(id);
        yield f;
      }
    }
  }

  stats(): StacApiStats {
    return { requests: this.counts.requests, retries: this.counts.retries, byStatus: { ...this.counts.byStatus } };
  }
}

export function createStacApiClient(options: StacApiClientOptions): StacApiClient {
  return new StacApi(options);
}
