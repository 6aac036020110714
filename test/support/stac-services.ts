/**
 * A private pgstac database + stac-fastapi-pgstac on loopback, for one test file (or a bench).
 * It reuses what `twin/install.sh` installed (the twin's venvs and the PostgreSQL 15 + PostGIS
 * packages) but runs its own PostgreSQL cluster in a temp dir, so tests never share state
 * with the running twin or with each other:
 *   initdb (as the `postgres` OS user when we are root) -> postgres on 127.0.0.1:<free port>
 *   -> `pypgstac migrate` -> uvicorn stac_fastapi.pgstac.app:app on 127.0.0.1:<free port>.
 * Documents are loaded the way the StacLoader does it (test/support/pgstac_load.py in the
 * twin's stac-loader venv: stac-pydantic model_dump, then pypgstac Loader upsert).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from './moto.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
export const TWIN_HOME = process.env.TWIN_HOME ?? join(REPO, '.twin');
const PG_BIN = process.env.TWIN_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const VENVS = join(TWIN_HOME, 'venvs');
const LOAD_SCRIPT = join(HERE, 'pgstac_load.py');

const REQUIRED = [
  join(PG_BIN, 'postgres'),
  join(PG_BIN, 'initdb'),
  join(VENVS, 'services', 'bin', 'pypgstac'),
  join(VENVS, 'stac-api', 'bin', 'python'),
  join(VENVS, 'stac-loader', 'bin', 'python'),
];

/** Why the services cannot start here (the twin's install step has not been run), or undefined. */
export function stacServicesUnavailable(): string | undefined {
  const missing = REQUIRED.filter((p) => !existsSync(p));
  if (missing.length === 0) return undefined;
  return `the local twin is not installed (run \`bash twin/install.sh\`; missing: ${missing.join(', ')})`;
}

export interface StacServices {
  /** stac-fastapi-pgstac root, e.g. `http://127.0.0.1:41234/` */
  apiUrl: string;
  dsn: string;
  /** Loads Collections and Items exactly as the StacLoader does (validate with stac-pydantic, upsert). */
  load(docs: readonly object[]): Promise<void>;
  /** Runs SQL as the database superuser (search_path: pgstac, public). */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, params?: unknown[]): Promise<T[]>;
  /**
   * Stops PostgreSQL (fast shutdown: open connections are cut) and starts it again on the same port and data,
   * `downMs` after it stopped (connections refused meanwhile).
   */
  restartPostgres(downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

interface Proc {
  child: ChildProcess;
  output: () => string;
  exited: Promise<void>;
}

function launch(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; uid?: number; gid?: number },
): Proc {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: options.env ?? process.env,
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  });
  let log = '';
  const keep = (d: Buffer): void => {
    log = (log + d.toString('utf8')).slice(-6000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return { child, output: () => log, exited };
}

async function stopProc(p: Proc, signal: NodeJS.Signals): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null || p.child.pid === undefined) return;
  const pid = p.child.pid;
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, 5000);
  await p.exited;
  clearTimeout(timer);
}

async function waitFor(what: string, p: Proc, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (p.child.exitCode !== null) throw new Error(`${what} exited with ${p.child.exitCode}:\n${p.output()}`);
    try {
      if (await check()) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what} did not come up within ${timeoutMs} ms:\n${p.output()}`);
}

function run(command: string, args: string[], input?: string, env?: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString('utf8')).slice(-6000)));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(out) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${err}`)),
    );
    // the child may exit before reading all of its input: its exit code tells why
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const name = process.env.TWIN_PG_OS_USER ?? 'postgres';
  const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

const postgresEnv = (data: string): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  HOME: data,
});

/** postgres on the cluster in `data` at `pgPort`, unsynced (test data), once it takes connections. */
async function launchPostgres(
  data: string,
  sock: string,
  pgPort: number,
  user: { uid: number; gid: number } | undefined,
): Promise<Proc> {
  const settings = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];
  const postgres = launch(
    join(PG_BIN, 'postgres'),
    [
      ...['-D', data, '-p', String(pgPort), '-c', 'listen_addresses=127.0.0.1'],
      ...['-c', `unix_socket_directories=${sock}`, ...settings.flatMap((x) => ['-c', x])],
    ],
    { env: postgresEnv(data), ...user },
  );
  const dsn = `postgresql://postgres@127.0.0.1:${pgPort}/postgres`;
  const accepts = async () => {
    const c = new pg.Client({ connectionString: dsn });
    await c.connect();
    await c.end();
    return true;
  };
  try {
    await waitFor('postgres', postgres, accepts, 30_000);
  } catch (err) {
    await stopProc(postgres, 'SIGINT');
    throw err;
  }
  return postgres;
}

/** initdb, then postgres on a free loopback port; the process is `procs[0]` once it runs. */
async function startPostgres(
  data: string,
  sock: string,
  user: { uid: number; gid: number } | undefined,
  procs: Proc[],
): Promise<{ dsn: string; pgPort: number }> {
  const initdb = launch(
    join(PG_BIN, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'],
    { env: postgresEnv(data), ...user },
  );
  await initdb.exited;
  if (initdb.child.exitCode !== 0) throw new Error(`initdb failed (${initdb.child.exitCode}):\n${initdb.output()}`);
  const pgPort = await freePort();
  procs[0] = await launchPostgres(data, sock, pgPort, user);
  return { dsn: `postgresql://postgres@127.0.0.1:${pgPort}/postgres`, pgPort };
}

/** stac-fastapi-pgstac on a free loopback port against the database on `pgPort`; pushed onto `procs`. */
async function startStacApi(pgPort: number, procs: Proc[]): Promise<string> {
  const apiPort = await freePort();
  const apiEnv: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('PG') && !k.startsWith('AWS_') && !k.startsWith('POSTGRES_'),
    ),
  );
  Object.assign(apiEnv, {
    POSTGRES_HOST_READER: '127.0.0.1',
    POSTGRES_HOST_WRITER: '127.0.0.1',
    POSTGRES_PORT: String(pgPort),
    POSTGRES_DBNAME: 'postgres',
    POSTGRES_USER: 'postgres',
    POSTGRES_PASS: 'unused',
    PGHOST: '127.0.0.1',
    PGPORT: String(pgPort),
    PGDATABASE: 'postgres',
    PGUSER: 'postgres',
    PGPASSWORD: 'unused',
    DB_MIN_CONN_SIZE: '1',
    DB_MAX_CONN_SIZE: '4',
    ENABLED_EXTENSIONS: 'query,sort,fields,filter,free_text,pagination,collection_search',
    PYTHONUNBUFFERED: '1',
    PYTHONWARNINGS: 'ignore',
  });
  const api = launch(
    join(VENVS, 'stac-api', 'bin', 'python'),
    [
      '-m',
      'uvicorn',
      'stac_fastapi.pgstac.app:app',
      '--host',
      '127.0.0.1',
      '--port',
      String(apiPort),
      '--log-level',
      'warning',
      '--no-access-log',
    ],
    { env: apiEnv },
  );
  procs.push(api);
  const apiUrl = `http://127.0.0.1:${apiPort}/`;
  await waitFor('stac-fastapi-pgstac', api, async () => (await fetch(apiUrl + '_mgmt/ping')).ok, 60_000);
  return apiUrl;
}

/** Starts the services; call `stop()` in afterAll. Takes about 10 s. */
export async function startStacServices(): Promise<StacServices> {
  const unavailable = stacServicesUnavailable();
  if (unavailable) throw new Error(unavailable);
  const base = await mkdtemp(join(tmpdir(), 'stac-ingest-pgstac-'));
  await chmod(base, 0o755);
  const data = join(base, 'data');
  const sock = join(base, 'sock');
  const user = postgresUser();
  for (const d of [data, sock]) {
    await mkdir(d, { mode: 0o700 });
    if (user) await chown(d, user.uid, user.gid);
  }
  const procs: Proc[] = [];
  let pool: pg.Pool | undefined;
  const stop = async (): Promise<void> => {
    await pool?.end().catch(() => undefined);
    for (const p of [...procs].reverse()) await stopProc(p, p === procs[0] ? 'SIGINT' : 'SIGTERM');
    await rm(base, { recursive: true, force: true });
  };
  try {
    const { dsn, pgPort } = await startPostgres(data, sock, user, procs);
    await run(join(VENVS, 'services', 'bin', 'pypgstac'), ['migrate', '--dsn', dsn]);
    pool = new pg.Pool({ connectionString: dsn, max: 2, options: '-c search_path=pgstac,public' });
    // an idle connection cut by restartPostgres: the pool drops it and opens a new one when asked
    pool.on('error', () => undefined);
    const apiUrl = await startStacApi(pgPort, procs);
    const dbPool = pool;
    return {
      apiUrl,
      dsn,
      async load(docs) {
        await run(
          join(VENVS, 'stac-loader', 'bin', 'python'),
          [LOAD_SCRIPT, dsn],
          docs.map((d) => JSON.stringify(d)).join('\n') + '\n',
        );
      },
      async sql<T extends pg.QueryResultRow>(text: string, params?: unknown[]) {
        return (await dbPool.query<T>(text, params)).rows;
      },
      async restartPostgres(downMs = 0) {
        await stopProc(procs[0]!, 'SIGINT');
        await new Promise((r) => setTimeout(r, downMs));
        procs[0] = await launchPostgres(data, sock, pgPort, user);
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
