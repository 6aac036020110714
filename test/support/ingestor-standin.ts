/**
 * A LOCAL STAND-IN for eoapi-cdk's legacy STAC Ingestor API, written from
 * /work/shared/protocol.md §4 — not the real service (which is FastAPI + DynamoDB + a stream
 * Lambda behind API Gateway, and cannot run here). It is the one fake in the ingestor tests.
 *
 * What it reproduces (§4.2-4.4):
 * - served under a stage prefix (`/{stage}/…`), like API Gateway with `ROOT_PATH=/{stage}`;
 * - `Authorization: Bearer <token>`: no header -> 401 `{"detail":"Not authenticated"}`, unknown
 *   token -> 403 `{"detail":"Bad auth token"}`; the username (`created_by`) is the token's owner;
 * - `POST /collections`: a stac-pydantic-like Collection check plus a required `item_assets`
 *   object (422 with FastAPI `detail` `[{type, loc, msg, input}]`), then a synchronous upsert
 *   (`load`), 201 `["Successfully published: <id>"]`, or 400 `"Unable to publish collection: …"`;
 * - `POST /ingestions`: Item checks (422), `collection` required and checked with
 *   `GET {stacUrl}/collections/{id}` (422 `Value error, Invalid collection …`), http(s) asset
 *   hrefs checked with `HEAD` (s3:// hrefs are NOT checked here: no AWS), then a record
 *   `{id: item id, status: "queued", …}` -> 201; re-posting the same id overwrites and re-queues;
 * - processing like the stream Lambda: after `processDelayMs` every queued record is loaded in
 *   one batch (`load`: in the tests, stac-pydantic + pypgstac upsert into a real pgstac), and
 *   the whole batch becomes `succeeded`, or `failed` with the exception text as `message`;
 * - `GET /ingestions/{id}`: the caller's own records only, else 404
 *   `{"detail":"No ingestion found with provided ID"}`;
 * - a Cognito-like token endpoint at `/oauth2/token` on a separate prefix (`tokenDomain`):
 *   `grant_type=client_credentials`, HTTP Basic `client_id:client_secret`, optional `scope`;
 *   issues opaque tokens (not JWTs) that the stand-in API then accepts.
 * Not reproduced: JWT/JWKS validation, DynamoDB paging (`GET /ingestions` list), PATCH/DELETE.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

export interface StandinIngestion {
  id: string;
  status: 'queued' | 'started' | 'failed' | 'succeeded' | 'cancelled';
  message: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  item: Json;
}

export interface IngestorStandinOptions {
  /** Accepted bearer tokens -> username. */
  tokens?: Record<string, string>;
  /** App clients the token endpoint accepts: client id -> secret and allowed scopes. */
  clients?: Record<string, { secret: string; scopes?: string[] }>;
  /** Token lifetime the token endpoint announces (default 3600 s). */
  tokenLifetimeSeconds?: number;
  /** STAC API root that collections are checked against (the API's STAC_URL). */
  stacUrl?: string;
  /** Writes documents (a collection, or a batch of items) into the catalog. */
  load?: (docs: Json[]) => Promise<void>;
  /** The stream batching window before queued records are loaded (default 50 ms). */
  processDelayMs?: number;
  /** Stage path prefix (default `dev`). */
  stage?: string;
}

export interface StandinRequest {
  method: string;
  path: string;
  status: number;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

export interface IngestorStandin {
  /** The API root, e.g. `http://127.0.0.1:41234/dev/`. */
  url: string;
  /** The token endpoint's domain: POST `${tokenDomain}/oauth2/token`. */
  tokenDomain: string;
  requests: StandinRequest[];
  ingestions: Map<string, StandinIngestion>;
  /** Tokens issued by the token endpoint. */
  issued: string[];
  /** Forgets every issued token (as if they had expired). */
  expireIssuedTokens(): void;
  close(): Promise<void>;
}

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function send(res: ServerResponse, status: number, body: unknown): number {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
  return status;
}

function missing(body: Json, fields: string[]): Array<Json> {
  return fields
    .filter((f) => !(f in body))
    .map((f) => ({ type: 'missing', loc: ['body', f], msg: 'Field required', input: body }));
}

/** Roughly stac-pydantic's Collection + the ingestor's required item_assets. */
function collectionProblems(body: Json): Json[] {
  const problems = missing(body, [
    'id',
    'description',
    'license',
    'extent',
    'links',
    'type',
    'stac_version',
    'item_assets',
  ]);
  if ('item_assets' in body && !isRecord(body.item_assets))
    problems.push({
      type: 'dict_type',
      loc: ['body', 'item_assets'],
      msg: 'Input should be a valid dictionary',
      input: body.item_assets,
    });
  if ('type' in body && body.type !== 'Collection')
    problems.push({
      type: 'literal_error',
      loc: ['body', 'type'],
      msg: "Input should be 'Collection'",
      input: body.type,
    });
  return problems;
}

/** Roughly stac-pydantic's Item + the ingestor's required collection. */
function itemProblems(body: Json): Json[] {
  const problems = missing(body, [
    'id',
    'type',
    'stac_version',
    'geometry',
    'properties',
    'links',
    'assets',
    'collection',
  ]);
  if ('collection' in body && typeof body.collection !== 'string')
    problems.push({
      type: 'string_type',
      loc: ['body', 'collection'],
      msg: 'Input should be a valid string',
      input: body.collection,
    });
  if (body.geometry !== null && body.geometry !== undefined && !Array.isArray(body.bbox))
    problems.push({
      type: 'value_error',
      loc: ['body'],
      msg: 'Value error, bbox is required if geometry is not null',
      input: body,
    });
  const props = isRecord(body.properties) ? body.properties : {};
  if (
    typeof props.datetime !== 'string' &&
    !(typeof props.start_datetime === 'string' && typeof props.end_datetime === 'string')
  ) {
    problems.push({
      type: 'value_error',
      loc: ['body', 'properties'],
      msg: 'Value error, start_datetime and end_datetime must be specified when datetime is null',
      input: props,
    });
  }
  return problems;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (d: Buffer) => (data += d.toString('utf8')));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function naiveNow(): string {
  return new Date().toISOString().replace('Z', '');
}

/** What one stand-in holds between requests. */
interface StandinState {
  options: IngestorStandinOptions;
  tokens: Map<string, string>;
  issued: string[];
  ingestions: Map<string, StandinIngestion>;
  collectionOk: Set<string>;
  timer: NodeJS.Timeout | undefined;
  processing: Promise<void>;
}

/** Loads the queued items in one batch (as the stream handler does) and marks them succeeded or failed. */
async function processQueued(st: StandinState): Promise<void> {
  st.timer = undefined;
  const batch = [...st.ingestions.values()].filter((r) => r.status === 'queued');
  if (batch.length === 0) return;
  try {
    await st.options.load?.(batch.map((r) => r.item));
    for (const r of batch) Object.assign(r, { status: 'succeeded', message: null, updated_at: naiveNow() });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const lines = text
      .trim()
      .split('\n')
      .filter((l) => l.trim() !== '');
    for (const r of batch)
      Object.assign(r, { status: 'failed', message: lines[lines.length - 1] ?? text, updated_at: naiveNow() });
  }
}

function schedule(st: StandinState): void {
  st.timer ??= setTimeout(() => {
    st.processing = st.processing.then(() => processQueued(st));
  }, st.options.processDelayMs ?? 50);
}

/** undefined when the STAC API holds the collection, else the status it answered. */
async function collectionExists(st: StandinState, id: string): Promise<number | undefined> {
  if (st.collectionOk.has(id)) return undefined;
  const stacUrl = st.options.stacUrl;
  if (stacUrl === undefined) return 404;
  const res = await fetch(
    new URL(`collections/${encodeURIComponent(id)}`, stacUrl.endsWith('/') ? stacUrl : stacUrl + '/'),
  );
  await res.arrayBuffer();
  if (!res.ok) return res.status;
  st.collectionOk.add(id);
  return undefined;
}

async function assetProblems(item: Json): Promise<Json[]> {
  const out: Json[] = [];
  const assets = isRecord(item.assets) ? item.assets : {};
  for (const [key, asset] of Object.entries(assets)) {
    const href = isRecord(asset) ? asset.href : undefined;
    if (typeof href !== 'string' || !/^https?:\/\//.test(href)) continue;
    const res = await fetch(href, { method: 'HEAD' }).catch(() => undefined);
    if (res === undefined || !res.ok) {
      out.push({
        type: 'value_error',
        loc: ['body', 'assets', key, 'href'],
        msg: `Value error, Asset not accessible: ${res ? `${res.status} ${res.statusText}` : 'connection failed'}`,
        input: href,
      });
    }
  }
  return out;
}

function tokenEndpoint(st: StandinState, req: IncomingMessage, res: ServerResponse, body: string): number {
  const { options } = st;
  const auth = req.headers.authorization ?? '';
  const m = /^Basic\s+(.+)$/i.exec(auth);
  const [clientId, secret] = m
    ? Buffer.from(m[1] ?? '', 'base64')
        .toString('utf8')
        .split(':', 2)
    : [];
  const form = new URLSearchParams(body);
  if (form.get('grant_type') !== 'client_credentials') return send(res, 400, { error: 'unsupported_grant_type' });
  const client = clientId !== undefined ? options.clients?.[clientId] : undefined;
  if (client === undefined || client.secret !== secret) return send(res, 400, { error: 'invalid_client' });
  const scope = form.get('scope');
  if (scope !== null && !scope.split(' ').every((s) => (client.scopes ?? []).includes(s)))
    return send(res, 400, { error: 'invalid_scope' });
  const token = randomBytes(24).toString('hex');
  st.tokens.set(token, clientId ?? '');
  st.issued.push(token);
  return send(res, 200, {
    access_token: token,
    expires_in: options.tokenLifetimeSeconds ?? 3600,
    token_type: 'Bearer',
  });
}

/** The body of a POST as an object, or the status of the 422 answer already sent. */
function jsonObject(res: ServerResponse, body: string): Json | number {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return send(res, 422, {
      detail: [{ type: 'json_invalid', loc: ['body', 0], msg: 'JSON decode error', input: {} }],
    });
  }
  if (!isRecord(json))
    return send(res, 422, {
      detail: [
        {
          type: 'model_attributes_type',
          loc: ['body'],
          msg: 'Input should be a valid dictionary or object to extract fields from',
          input: json,
        },
      ],
    });
  return json;
}

async function postCollection(st: StandinState, res: ServerResponse, doc: Json): Promise<number> {
  const problems = collectionProblems(doc);
  if (problems.length > 0) return send(res, 422, { detail: problems });
  try {
    await st.options.load?.([doc]);
  } catch (err) {
    return send(res, 400, {
      detail:
        `Unable to publish collection: ` +
        `${err instanceof Error ? err.message.trim().split('\n').pop() : String(err)}`,
    });
  }
  st.collectionOk.add(String(doc.id));
  return send(res, 201, [`Successfully published: ${String(doc.id)}`]);
}

async function postIngestion(st: StandinState, res: ServerResponse, item: Json, user: string): Promise<number> {
  const problems = itemProblems(item);
  if (problems.length === 0) {
    const status = await collectionExists(st, String(item.collection));
    if (status !== undefined)
      problems.push({
        type: 'value_error',
        loc: ['body', 'collection'],
        msg:
          `Value error, Invalid collection '${String(item.collection)}', ` +
          `received ${status} response code from STAC API`,
        input: item.collection,
      });
    problems.push(...(await assetProblems(item)));
  }
  if (problems.length > 0) return send(res, 422, { detail: problems });
  const now = naiveNow();
  const record: StandinIngestion = {
    id: String(item.id),
    status: 'queued',
    message: null,
    created_by: user,
    created_at: now,
    updated_at: now,
    item,
  };
  st.ingestions.set(`${user}\n${record.id}`, record);
  schedule(st);
  return send(res, 201, record);
}

async function handle(
  st: StandinState,
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  path: string,
): Promise<number> {
  if (req.method === 'POST' && path === '/cognito/oauth2/token') return tokenEndpoint(st, req, res, body);
  const prefix = `/${st.options.stage ?? 'dev'}`;
  // API Gateway's answer for unknown paths
  if (!path.startsWith(prefix + '/')) return send(res, 403, { message: 'Missing Authentication Token' });
  const route = path.slice(prefix.length);
  const auth = req.headers.authorization;
  if (auth === undefined) return send(res, 401, { detail: 'Not authenticated' });
  const m = /^bearer\s+(\S+)$/i.exec(auth);
  const user = m ? st.tokens.get(m[1] ?? '') : undefined;
  if (user === undefined) return send(res, 403, { detail: 'Bad auth token' });

  if (req.method === 'POST') {
    const json = jsonObject(res, body);
    if (typeof json === 'number') return json;
    if (route === '/collections') return postCollection(st, res, json);
    if (route === '/ingestions') return postIngestion(st, res, json, user);
  }
  const get = /^\/ingestions\/([^/]+)$/.exec(route);
  if (req.method === 'GET' && get) {
    const record = st.ingestions.get(`${user}\n${decodeURIComponent(get[1] ?? '')}`);
    return record ? send(res, 200, record) : send(res, 404, { detail: 'No ingestion found with provided ID' });
  }
  return send(res, 404, { detail: 'Not Found' });
}

export async function startIngestorStandin(options: IngestorStandinOptions = {}): Promise<IngestorStandin> {
  const stage = options.stage ?? 'dev';
  const st: StandinState = {
    options,
    tokens: new Map(Object.entries(options.tokens ?? {})),
    issued: [],
    ingestions: new Map(),
    collectionOk: new Set(),
    timer: undefined,
    processing: Promise.resolve(),
  };
  const requests: StandinRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      let status: number;
      try {
        status = await handle(st, req, res, body, path);
      } catch (err) {
        status = send(res, 500, { detail: String(err) });
      }
      requests.push({
        method: req.method ?? '',
        path,
        status,
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body,
      });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/${stage}/`,
    tokenDomain: `http://127.0.0.1:${port}/cognito`,
    requests,
    ingestions: st.ingestions,
    issued: st.issued,
    expireIssuedTokens() {
      for (const t of st.issued) st.tokens.delete(t);
    },
    async close() {
      if (st.timer) clearTimeout(st.timer);
      await st.processing;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
