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

export function cognitoTokenProvider(options: CognitoOptions): TokenProvider {
  const { logger } = options;
  logger.setSecret(options.clientSecret);
  const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`, 'utf8').toString('base64');
  logger.setSecret(basic);
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const now = options.now ?? realClock;
  const url = tokenUrl(options.domain);
  const located = options.location ? { location: options.location } : {};
  let cached: { token: string; expiresAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  /** One POST to the token endpoint: its status and JSON body (`undefined` when not JSON). */
  async function post(): Promise<{ status: number; json: unknown }> {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: options.clientId });
    if (options.scope !== undefined) body.set('scope', options.scope);
    let res: Response;
    try {
      res = await doFetch(url, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${basic}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: body.toString(),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new TransientHttpError(`cannot reach the token endpoint ${url} (${reason})`, undefined, undefined, {
        cause: err,
      });
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (isTransientStatus(res.status)) {
      const retryAfter = parseRetryAfter(res.headers.get('retry-after'), now());
      throw new TransientHttpError(
        `the token endpoint ${url} answered ${why(res.status, json)}`,
        res.status,
        retryAfter,
      );
    }
    return { status: res.status, json };
  }

  async function postWithRetry(): Promise<{ status: number; json: unknown }> {
    const maxAttempts = options.maxAttempts ?? 4;
    try {
      return await withRetry(post, {
        maxAttempts,
        sleep: options.sleep ?? realSleep,
        backoff: { baseMs: 500, maxMs: 10_000 },
        isRetryable: (err) => err instanceof TransientHttpError,
        onRetry: (err, _n, delay) => logger.debug(`${(err as Error).message}; retrying in ${Math.round(delay)} ms`),
      });
    } catch (err) {
      if (!(err instanceof TransientHttpError)) throw err;
      throw new StageError('auth', `${err.message} (gave up after ${maxAttempts} attempts)`, {
        cause: err.cause ?? err,
      });
    }
  }

  async function exchange(): Promise<string> {
    const res = await postWithRetry();
    const json = res.json;
    if (res.status < 200 || res.status >= 300) {
      if (res.status === 400 || res.status === 401 || res.status === 403) {
        const e = OAuthError.safeParse(json);
        const hint =
          e.success && e.data.error === 'invalid_scope'
            ? 'check `cognito.scope`: the app client must be allowed that scope'
            : 'check `cognito.client_id` and the client secret ' +
              '(an app client with the client-credentials flow enabled)';
        throw new ConfigurationError(
          `the token endpoint ${url} refused the client credentials (${why(res.status, json)})`,
          { ...located, hint },
        );
      }
      throw new StageError('auth', `the token endpoint ${url} answered ${why(res.status, json)}`);
    }
    const parsed = TokenResponse.safeParse(json);
    if (!parsed.success) throw new StageError('auth', `the token endpoint ${url} answered 200 without an access_token`);
    logger.setSecret(parsed.data.access_token);
    const lifetimeMs = (parsed.data.expires_in ?? 3600) * 1000;
    cached = { token: parsed.data.access_token, expiresAt: now() + Math.max(lifetimeMs - EARLY_MS, lifetimeMs / 2) };
    logger.debug(`got a client-credentials token from ${url} (valid ${Math.round(lifetimeMs / 1000)} s)`);
    return parsed.data.access_token;
  }

  function shared(): Promise<string> {
    inflight ??= exchange().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  return {
    kind: 'cognito',
    async token() {
      if (cached !== undefined && now() < cached.expiresAt) return cached.token;
      return shared();
    },
    async refresh() {
      cached = undefined;
      return shared();
    },
  };
}
