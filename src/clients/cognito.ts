/**
 * Bearer tokens for the legacy ingestor API: a fixed token (from an environment variable the
 * Action maps a secret input to), or the OAuth2 client-credentials exchange MAAP's own test
 * client uses against Cognito (protocol §4.2): `POST {domain}/oauth2/token` with
 * `grant_type=client_credentials` (+ `scope`), HTTP Basic `client_id:client_secret`.
 *
 * Secrets are registered with the logger before any request is made, and every token received
 * is registered before it is returned. Tokens are cached until a minute before they expire;
 * `refresh()` forces a new one (after a 401/403 on a token that may have expired). A 429, 5xx or
 * dropped connection from the token endpoint is retried with backoff, honouring `Retry-After`.
 */
import { z } from 'zod';
import { ConfigurationError, StageError, type SourceLocation } from '../errors.js';
import type { Logger } from '../logging.js';
import {
  isTransientStatus,
  parseRetryAfter,
  realClock,
  realSleep,
  TransientHttpError,
  withRetry,
  type Clock,
  type Sleep,
} from '../retry.js';
import type { FetchLike } from './stac-api.js';

export interface TokenProvider {
  /** `static` (a token given to us) or `cognito` (exchanged, renewable). */
  readonly kind: 'static' | 'cognito';
  token(): Promise<string>;
  /** A fresh token; a static provider returns the same one. */
  refresh(): Promise<string>;
}

export function staticTokenProvider(token: string, logger: Logger): TokenProvider {
  const value = token.trim().replace(/^bearer\s+/i, '');
  logger.setSecret(value);
  return { kind: 'static', token: async () => value, refresh: async () => value };
}

export interface CognitoOptions {
  /** e.g. `https://auth.example.com` (the hosted domain; `/oauth2/token` is appended). */
  domain: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
  logger: Logger;
  fetch?: FetchLike;
  now?: Clock;
  sleep?: Sleep;
  /** Calls of the token endpoint before giving up on 429/5xx/connection errors (default 4). */
  maxAttempts?: number;
  /** Where the settings came from, for error locations. */
  location?: SourceLocation;
  /** Per-request timeout in ms (default 30 000). */
  timeoutMs?: number;
}

const TokenResponse = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive().optional(),
});

const OAuthError = z.looseObject({ error: z.string(), error_description: z.string().optional() });

/** Renew this long before the token's expiry. */
const EARLY_MS = 60_000;

/** The OAuth error of an answer (`invalid_client: …`), or its HTTP status. */
function why(status: number, json: unknown): string {
  const e = OAuthError.safeParse(json);
  if (!e.success) return `HTTP ${status}`;
  return `${e.data.error}${e.data.error_description ? `: ${e.data.error_description}` : ''}`;
}

export function tokenUrl(domain: string): string {
  return domain.replace(/\/+$/, '') + '/oauth2/token';
}

interface TokenAnswer {
  status: number;
  json: unknown;
}

/** A refused exchange as what to fix (400/401/403: the client credentials or scope), or a stage error. */
function exchangeFailure(url: string, res: TokenAnswer, location: SourceLocation | undefined): Error {
  if (res.status !== 400 && res.status !== 401 && res.status !== 403)
    return new StageError('auth', `the token endpoint ${url} answered ${why(res.status, res.json)}`);
  const e = OAuthError.safeParse(res.json);
  const hint =
    e.success && e.data.error === 'invalid_scope'
      ? 'check `cognito.scope`: the app client must be allowed that scope'
      : 'check `cognito.client_id` and the client secret (an app client with the client-credentials flow enabled)';
  return new ConfigurationError(
    `the token endpoint ${url} refused the client credentials (${why(res.status, res.json)})`,
    {
      ...(location ? { location } : {}),
      hint,
    },
  );
}

/** The OAuth2 client-credentials exchange, cached until shortly before expiry; one exchange at a time. */
class CognitoTokens implements TokenProvider {
  readonly kind = 'cognito';
  private readonly basic: string;
  private readonly url: string;
  private readonly fetch: FetchLike;
  private readonly now: Clock;
  private cached: { token: string; expiresAt: number } | undefined;
  private inflight: Promise<string> | undefined;

  constructor(private readonly options: CognitoOptions) {
    options.logger.setSecret(options.clientSecret);
    this.basic = Buffer.from(`${options.clientId}:${options.clientSecret}`, 'utf8').toString('base64');
    options.logger.setSecret(this.basic);
    this.url = tokenUrl(options.domain);
    this.fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.now = options.now ?? realClock;
  }

  /** One POST to the token endpoint: its status and JSON body (`undefined` when not JSON). */
  private async post(): Promise<TokenAnswer> {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.options.clientId });
    if (this.options.scope !== undefined) body.set('scope', this.options.scope);
    let res: Response;
    try {
      res = await this.fetch(this.url, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${this.basic}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: body.toString(),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const message = `cannot reach the token endpoint ${this.url} (${reason})`;
      throw new TransientHttpError(message, undefined, undefined, { cause: err });
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (isTransientStatus(res.status)) {
      const retryAfter = parseRetryAfter(res.headers.get('retry-after'), this.now());
      const message = `the token endpoint ${this.url} answered ${why(res.status, json)}`;
      throw new TransientHttpError(message, res.status, retryAfter);
    }
    return { status: res.status, json };
  }

  private async postWithRetry(): Promise<TokenAnswer> {
    const maxAttempts = this.options.maxAttempts ?? 4;
    const { logger } = this.options;
    try {
      return await withRetry(() => this.post(), {
        maxAttempts,
        sleep: this.options.sleep ?? realSleep,
        backoff: { baseMs: 500, maxMs: 10_000 },
        isRetryable: (err) => err instanceof TransientHttpError,
        onRetry: (err, _n, delay) => logger.debug(`${(err as Error).message}; retrying in ${Math.round(delay)} ms`),
      });
    } catch (err) {
      if (!(err instanceof TransientHttpError)) throw err;
      const message = `${err.message} (gave up after ${maxAttempts} attempts)`;
      throw new StageError('auth', message, { cause: err.cause ?? err });
    }
  }

  private async exchange(): Promise<string> {
    const res = await this.postWithRetry();
    if (res.status < 200 || res.status >= 300) throw exchangeFailure(this.url, res, this.options.location);
    const parsed = TokenResponse.safeParse(res.json);
    if (!parsed.success)
      throw new StageError('auth', `the token endpoint ${this.url} answered 200 without an access_token`);
    const { logger } = this.options;
    logger.setSecret(parsed.data.access_token);
    const lifetimeMs = (parsed.data.expires_in ?? 3600) * 1000;
    const expiresAt = this.now() + Math.max(lifetimeMs - EARLY_MS, lifetimeMs / 2);
    this.cached = { token: parsed.data.access_token, expiresAt };
    logger.debug(`got a client-credentials token from ${this.url} (valid ${Math.round(lifetimeMs / 1000)} s)`);
    return parsed.data.access_token;
  }

  private shared(): Promise<string> {
    this.inflight ??= this.exchange().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  async token(): Promise<string> {
    if (this.cached !== undefined && this.now() < this.cached.expiresAt) return this.cached.token;
    return this.shared();
  }

  async refresh(): Promise<string> {
    this.cached = undefined;
    return this.shared();
  }
}

export function cognitoTokenProvider(options: CognitoOptions): TokenProvider {
  return new CognitoTokens(options);
}
