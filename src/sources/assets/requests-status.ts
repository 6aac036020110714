import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { parseJsonText } from '../json-text.js';

/**
 * Where an asset request is: built (`generating`), sent (`published`), seen in the catalog
 * (`verified`), or not (`failed`).
 */
export const REQUEST_STATUSES = ['queued', 'generating', 'published', 'verified', 'failed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export interface RequestStatusRecord {
  requestId: string;
  status: RequestStatus;
  itemId?: string;
  collection?: string;
  sourceId?: string;
  /** Manifest entry, e.g. `sources[2] (scenes) requests[0]`. */
  entry?: string;
  /** Why it failed. */
  error?: string;
  /** ISO time of the last change. */
  updatedAt: string;
  history: { status: RequestStatus; at: string }[];
}

export interface RequestStatusFile {
  version: 1;
  requests: Record<string, RequestStatusRecord>;
}

/** The status file kept next to a run report: `report.json` -> `report.requests.json`. */
export function statusFileFor(reportPath: string): string {
  const dir = path.dirname(reportPath);
  const base = path.basename(reportPath).replace(/\.json$/i, '');
  return path.join(dir, `${base}.requests.json`);
}

export interface RequestStatusStore {
  readonly file: string;
  /** Records a status (and any fields) for a request and writes the file; writes are serialised. */
  update(
    requestId: string,
    status: RequestStatus,
    fields?: Partial<Omit<RequestStatusRecord, 'requestId' | 'status' | 'updatedAt' | 'history'>>,
  ): Promise<void>;
  get(requestId: string): RequestStatusRecord | undefined;
  all(): RequestStatusRecord[];
}

/**
 * A status file for the requests of a run, next to the run report (see statusFileFor). An existing file is
 * read first, so a later run (or stage) adds to it. Written atomically (temp file + rename).
 */
export async function openRequestStatusStore(
  file: string,
  clock: () => Date = () => new Date(),
): Promise<RequestStatusStore> {
  const data: RequestStatusFile = (await readStatusFile(file, true)) ?? { version: 1, requests: {} };
  let chain: Promise<void> = Promise.resolve();
  const save = async (): Promise<void> => {
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(data, null, 2) + '\n');
    await rename(tmp, file);
  };
  return {
    file,
    update(requestId, status, fields = {}) {
      const at = clock().toISOString();
      const prev = data.requests[requestId];
      const next: RequestStatusRecord = {
        ...prev,
        ...fields,
        requestId,
        status,
        updatedAt: at,
        history: [...(prev?.history ?? []), { status, at }],
      };
      if (status !== 'failed' && fields.error === undefined) delete next.error;
      data.requests[requestId] = next;
      chain = chain.then(save, save);
      return chain;
    },
    get: (requestId) => data.requests[requestId],
    all: () => Object.values(data.requests),
  };
}

async function readStatusFile(file: string, missingOk: boolean): Promise<RequestStatusFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && missingOk) return undefined;
    throw new ConfigurationError(
      `request status file ${file} cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      {
        location: { file },
        hint: 'give the run report (report.json) or its .requests.json of a run that had asset requests',
        cause: err,
      },
    );
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok)
    throw new ConfigurationError(`${file} is not valid JSON: ${parsed.message}`, {
      location: { file, line: parsed.line, column: parsed.column },
    });
  const v = parsed.value as Partial<RequestStatusFile> | null;
  if (typeof v !== 'object' || v === null || v.version !== 1 || typeof v.requests !== 'object' || v.requests === null) {
    throw new ConfigurationError(`${file} is not a request status file (version 1)`, {
      location: { file },
      hint: 'it is written by stac-ingest next to the run report',
    });
  }
  return v as RequestStatusFile;
}

/**
 * For the `status` command: the records of a run, or of one request (by request id or item id).
 * `reportOrStatusFile` is the run report (`report.json`) or its status file (`report.requests.json`).
 */
export async function statusOf(reportOrStatusFile: string, requestId?: string): Promise<RequestStatusRecord[]> {
  const file = /\.requests\.json$/i.test(reportOrStatusFile) ? reportOrStatusFile : statusFileFor(reportOrStatusFile);
  const data = (await readStatusFile(file, false)) as RequestStatusFile;
  const records = Object.values(data.requests).sort(
    (a, b) => (a.entry ?? '').localeCompare(b.entry ?? '') || a.requestId.localeCompare(b.requestId),
  );
  if (requestId === undefined) return records;
  const found = records.filter((r) => r.requestId === requestId || r.itemId === requestId);
  if (found.length === 0) {
    const known = records.slice(0, 5).map((r) => r.requestId);
    throw new ConfigurationError(`no request ${requestId} in ${file}`, {
      location: { file },
      hint: known.length
        ? `known requests: ${known.join(', ')}${records.length > 5 ? ', ...' : ''}`
        : 'the run had no asset requests',
    });
  }
  return found;
}

/** One line per request, for the CLI: `req-... published  item scene-1 in coll (sources[0] (x) requests[0])`. */
export function formatStatus(records: readonly RequestStatusRecord[]): string {
  return records
    .map((r) => {
      const what =
        r.itemId !== undefined ? ` item ${r.itemId}${r.collection !== undefined ? ` in ${r.collection}` : ''}` : '';
      const where = r.entry !== undefined ? ` (${r.entry})` : '';
      const why = r.error !== undefined ? `: ${r.error}` : '';
      return `${r.requestId} ${r.status.padEnd(10)} ${r.updatedAt}${what}${where}${why}`;
    })
    .join('\n');
}
