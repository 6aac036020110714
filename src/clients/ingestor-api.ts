/**
 * The legacy synchronous STAC Ingestor API of eoapi-cdk (protocol §4): `POST /collections`,
 * `POST /ingestions`, `GET /ingestions/{id}`, with a bearer token from a `TokenProvider`.
 *
 * - 401/403: the token is refused. A renewable (Cognito) token is renewed once and the request
 *   repeated; after that it is a `ConfigurationError` saying what to fix.
 * - 400/422: the document is refused; `IngestorRejection` carries FastAPI's `detail` (for 422 the
 *   list of `{loc, msg}` is turned into `/json/pointer: message` lines).
 * - 429, 5xx and dropped connections are retried with backoff, honouring `Retry-After` (re-posting
 *   an item overwrites its ingestion record, so a retried POST is harmless).
 * The token is only ever sent to the API's own origin and never logged.
 */
import { z } from 'zod';
import type { StacObject } from '../model/stac.js';
import { ConfigurationError, StageError, type SourceLocation } from '../errors.js';
import type { Logger } from '../logging.js';
import {
  isTransientStatus,
  parseRetryAfter,
  realClock,
  realSleep,
  TransientHttpError,
  withRetry,
  type BackoffOptions,
  type Clock,
  type Sleep,
} from '../retry.js';
import type { TokenProvider } from './cognito.js';
import type { FetchLike } from './stac-api.js';
import { parseJson, stringifyJson } from '../json.js';

export const INGESTION_STATUSES = ['queued', 'started', 'failed', 'succeeded', 'cancelled'] as const;
export type IngestionStatus = (typeof INGESTION_STATUSES)[number];

export const ingestionSchema = z.looseObject({
  id: z.string(),
  status: z.enum(INGESTION_STATUSES),
  message: z.string().nullable().optional(),
  created_by: z.string().optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  item: z.unknown().optional(),
});
export type Ingestion = z.infer<typeof ingestionSchema>;

export interface IngestorApiOptions {
  /** The API root (…/{stage}/ or the custom domain); a path prefix is kept. */
  baseUrl: string;
  tokens: TokenProvider;
  logger: Logger;
  fetch?: FetchLike;
  sleep?: Sleep;
  now?: Clock;
  /** Calls per request before giving up on 429/5xx/connection errors (default 5). */
  maxAttempts?: number;
  backoff?: BackoffOptions;
  /** Per-request timeout in ms (default 60 000). */
  timeoutMs?: number;
  /** Where the target is configured, for error locations. */
  location?: SourceLocation;
}

export interface IngestorApiClient {
  readonly baseUrl: string;
  /** `POST /collections` (201). Throws `IngestorRejection` on 400/422. */
  postCollection(collection: StacObject): Promise<string>;
  /** `POST /ingestions` (201 -> the queued Ingestion). Throws `IngestorRejection` on 400/422. */
  postIngestion(item: StacObject): Promise<Ingestion>;
  /** `GET /ingestions/{id}`; `undefined` on 404. */
  getIngestion(id: string): Promise<Ingestion | undefined>;
}

/** One FastAPI validation problem: where (`loc` as a JSON pointer into the body) and what. */
export interface ValidationProblem {
  pointer: string;
  message: string;
}

/** The API refused a document (400 or 422). */
export class IngestorRejection extends Error {
  override readonly name = 'IngestorRejection';
  constructor(
    readonly status: number,
    message: string,
    readonly problems: ValidationProblem[],
  ) {
    super(message);
  }
}

const ValidationDetail = z.array(z.looseObject({ loc: z.array(z.union([z.string(), z.number()])), msg: z.string() }));

function escapeToken(t: string | number): string {
  return String(t).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** FastAPI's `detail` as problems: `loc` `["body","assets","data","href"]` -> `/assets/data/href`. */
export function validationProblems(detail: unknown): ValidationProblem[] {
  const parsed = ValidationDetail.safeParse(detail);
  if (!parsed.success) return [];
  return parsed.data.map((d) => {
    const loc = d.loc[0] === 'body' ? d.loc.slice(1) : d.loc;
    return { pointer: loc.length === 0 ? '' : '/' + loc.map(escapeToken).join('/'), message: d.msg };
  });
}

/** `/collection: Value error, …; /item_assets: Field required`, or the plain `detail` string. */
export function describeDetail(detail: unknown): string {
  const problems = validationProblems(detail);
  if (problems.length > 0) return problems.map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ');
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail) && detail.every((d) => typeof d === 'string')) return detail.join('; ');
  return detail === undefined ? '' : JSON.stringify(detail).slice(0, 500);
}

/** FastAPI's `detail` field of an answer, or (unless `orWhole` is false) the whole answer when it has none. */
function detailOf(json: unknown, orWhole = true): unknown {
  const detail = (json as { detail?: unknown } | undefined)?.detail;
  return detail ?? (orWhole ? json : undefined);
}

interface Answer {
  status: number;
  json: unknown;
}

function rejection(what: string, answer: Answer): IngestorRejection {
  const detail = detailOf(answer.json);
  return new IngestorRejection(
    answer.status,
    `${what} refused (${answer.status}): ${describeDetail(detail)}`,
    validationProblems(detail),
  );
}

function unexpected(what: string, answer: Answer): StageError {
  return new StageError(
    'ingestor',
    `${what}: unexpected answer ${answer.status}: ${describeDetail(detailOf(answer.json))}`,
  );
}

function ingestionOf(what: string, answer: Answer): Ingestion {
  const parsed = ingestionSchema.safeParse(answer.json);
  if (parsed.success) return parsed.data;
  const why = parsed.error.issues[0]?.message ?? 'bad shape';
  throw new StageError('ingestor', `${what}: the answer is not an Ingestion (${why})`);
}

/** A 401/403 that a renewed token did not cure, as what to fix; undefined for other answers. */
function refusal(base: string, request: string, answer: Answer, location: SourceLocation | undefined) {
  const located = location ? { location } : {};
  if (answer.status === 401) {
    return new ConfigurationError(`the ingestor API at ${base} answered 401 (not authenticated) to ${request}`, {
      ...located,
      hint:
        'give it a bearer token: set the environment variable named by `token_env` ' +
        '(the Action maps its token input to it), or configure `cognito`',
    });
  }
  if (answer.status === 403) {
    const detail = describeDetail(detailOf(answer.json, false));
    return new ConfigurationError(
      `the ingestor API at ${base} refused the token (403${detail ? `: ${detail}` : ''}) for ${request}`,
      {
        ...located,
        hint:
          'the token is invalid or expired, or was issued for another user pool; ' +
          'get a new one (or use `cognito` so it is renewed)',
      },
    );
  }
  return undefined;
}

class IngestorApi implements IngestorApiClient {
  readonly baseUrl: string;
  private readonly fetch: FetchLike;
  private readonly now: Clock;

  constructor(private readonly options: IngestorApiOptions) {
    this.baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : options.baseUrl + '/';
    this.fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.now = options.now ?? realClock;
  }

  /** One try: a 429/5xx or a dropped connection is a `TransientHttpError`. */
  private async once(method: 'GET' | 'POST', path: string, body: unknown, token: string): Promise<Answer> {
    const url = new URL(path, this.baseUrl).href;
    let res: Response;
    try {
      res = await this.fetch(url, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: stringifyJson(body) } : {}),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
      });
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new TransientHttpError(`${method} ${url}: ${why}`, undefined, undefined, { cause: err });
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : parseJson(text);
    } catch {
      json = text.slice(0, 500);
    }
    if (isTransientStatus(res.status)) {
      const retryAfter = parseRetryAfter(res.headers.get('retry-after'), this.now());
      const message = `${method} ${url} answered ${res.status}: ${describeDetail(detailOf(json))}`;
      throw new TransientHttpError(message, res.status, retryAfter);
    }
    return { status: res.status, json };
  }

  /** One request, repeated on 429/5xx/dropped connections; a `StageError` once the attempts are spent. */
  private async send(method: 'GET' | 'POST', path: string, body: unknown): Promise<Answer> {
    const { tokens, logger } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 5;
    try {
      return await withRetry(async () => this.once(method, path, body, await tokens.token()), {
        maxAttempts,
        sleep: this.options.sleep ?? realSleep,
        backoff: { baseMs: 500, maxMs: 15_000, ...this.options.backoff },
        isRetryable: (err) => err instanceof TransientHttpError,
        onRetry: (err, _n, delay) => logger.debug(`${(err as Error).message}; retrying in ${Math.round(delay)} ms`),
      });
    } catch (err) {
      if (!(err instanceof TransientHttpError)) throw err;
      const message = `${err.message} (gave up after ${maxAttempts} attempts)`;
      throw new StageError('ingestor', message, { cause: err.cause ?? err });
    }
  }

  /** `send`, renewing a refused Cognito token once; 401/403 after that say what to fix. */
  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Answer> {
    let answer = await this.send(method, path, body);
    if ((answer.status === 401 || answer.status === 403) && this.options.tokens.kind === 'cognito') {
      await this.options.tokens.refresh();
      answer = await this.send(method, path, body);
    }
    const refused = refusal(this.baseUrl, `${method} /${path}`, answer, this.options.location);
    if (refused) throw refused;
    return answer;
  }

  async postCollection(collection: StacObject): Promise<string> {
    const what = `POST /collections (${String(collection['id'])})`;
    const answer = await this.call('POST', 'collections', collection);
    if (answer.status === 200 || answer.status === 201)
      return Array.isArray(answer.json) ? answer.json.map(String).join('; ') : 'published';
    if (answer.status === 400 || answer.status === 422) throw rejection(what, answer);
    throw unexpected(what, answer);
  }

  async postIngestion(item: StacObject): Promise<Ingestion> {
    const what = `POST /ingestions (${String(item['collection'])}/${String(item['id'])})`;
    const answer = await this.call('POST', 'ingestions', item);
    if (answer.status === 400 || answer.status === 422) throw rejection(what, answer);
    if (answer.status !== 200 && answer.status !== 201) throw unexpected(what, answer);
    return ingestionOf(what, answer);
  }

  async getIngestion(id: string): Promise<Ingestion | undefined> {
    const what = `GET /ingestions/${id}`;
    const answer = await this.call('GET', `ingestions/${encodeURIComponent(id)}`);
    if (answer.status === 404) return undefined;
    if (answer.status !== 200) throw unexpected(what, answer);
    return ingestionOf(what, answer);
  }
}

export function createIngestorApiClient(options: IngestorApiOptions): IngestorApiClient {
  return new IngestorApi(options);
}
