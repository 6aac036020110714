/**
 * A tiny SNS-compatible endpoint on 127.0.0.1 that speaks just enough of the SNS Query API
 * (`Action=PublishBatch`, form-encoded request, XML response; what @aws-sdk/client-sns 3.x
 * sends) to stand in for AWS in the publish benchmark and in fault-injection tests.
 * It adds a fixed latency per call and counts accepted messages by a unique id, so lost and
 * duplicated messages can be detected.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface FakeEntry {
  /** The entry Id within the batch. */
  id: string;
  message: string;
}

export type FaultDecision =
  | { kind: 'ok' }
  /** The whole call fails with this HTTP status and SNS error code. */
  | { kind: 'error'; status: number; code: string; message: string; type?: 'Sender' | 'Receiver' }
  /** These entries (by index in the batch) are reported in `Failed`; the rest succeed. */
  | { kind: 'partial'; failed: Map<number, { code: string; message: string; senderFault: boolean }> }
  /** Every entry is accepted (and counted) at once, but the answer comes only after `delayMs`. */
  | { kind: 'late'; delayMs: number };

export interface FakeSnsCall {
  /** 1-based number of this PublishBatch call. */
  call: number;
  topicArn: string;
  entries: FakeEntry[];
}

export interface FakeSnsOptions {
  /**
   * Added to every call before it answers (default 20 ms); a function of the calls being answered at once
   * models a saturated endpoint (it still takes the messages of a call its client gave up on).
   */
  latencyMs?: number | ((inFlight: number) => number);
  /** Decides faults per call (default: none). */
  faults?: (call: FakeSnsCall) => FaultDecision;
  /** The unique id a message is counted by (default: its JSON `id`). */
  idOf?: (message: string) => string;
  /** Topics that exist; others answer NotFound (default: every topic exists). */
  topics?: string[];
}

export interface FakeSnsStats {
  calls: number;
  /** Messages accepted (reported Successful). */
  accepted: number;
  /** Distinct ids accepted. */
  distinct: number;
  /** Ids accepted more than once. */
  duplicated: number;
  /** Largest number of calls being answered at once. */
  peakConcurrentCalls: number;
  /** Largest request body seen, in bytes. */
  maxBodyBytes: number;
  /** Largest batch seen. */
  maxEntries: number;
  /** Largest total of message bytes in one call. */
  maxPayloadBytes: number;
  /** Content types seen (the protocol the SDK used). */
  contentTypes: string[];
}

export interface FakeSns {
  endpoint: string;
  stats(): FakeSnsStats;
  /** How often an id was accepted (0 when never). */
  count(id: string): number;
  /** Forgets every count (between benchmark runs). */
  reset(): void;
  stop(): Promise<void>;
}

const xmlEscape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const defaultIdOf = (message: string): string => {
  try {
    const v = (JSON.parse(message) as { id?: unknown }).id;
    return typeof v === 'string' ? v : message;
  } catch {
    return message;
  }
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendXml(res: ServerResponse, status: number, xml: string): void {
  res.writeHead(status, {
    'content-type': 'text/xml',
    'content-length': Buffer.byteLength(xml),
    'x-amzn-requestid': randomUUID(),
  });
  res.end(xml);
}

const SNS_XMLNS = 'http://sns.amazonaws.com/doc/2010-03-31/';

function errorXml(type: string, code: string, message: string): string {
  return (
    `<ErrorResponse xmlns="${SNS_XMLNS}">` +
    `<Error><Type>${type}</Type><Code>${xmlEscape(code)}</Code><Message>${xmlEscape(message)}</Message></Error>` +
    `<RequestId>${randomUUID()}</RequestId></ErrorResponse>`
  );
}

/** Parses the Query-protocol form body of a PublishBatch request. */
export function parsePublishBatch(body: string): { action: string | null; topicArn: string; entries: FakeEntry[] } {
  const form = new URLSearchParams(body);
  const byIndex = new Map<number, Partial<FakeEntry>>();
  for (const [k, v] of form) {
    const m = /^PublishBatchRequestEntries\.member\.(\d+)\.(Id|Message)$/.exec(k);
    if (m === null) continue;
    const i = Number(m[1]);
    const e = byIndex.get(i) ?? {};
    if (m[2] === 'Id') e.id = v;
    else e.message = v;
    byIndex.set(i, e);
  }
  const entries = [...byIndex.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, e]) => ({ id: e.id ?? '', message: e.message ?? '' }));
  return { action: form.get('Action'), topicArn: form.get('TopicArn') ?? '', entries };
}

type EntryFailure = { code: string; message: string; senderFault: boolean };

function emptyStats(): FakeSnsStats {
  return {
    calls: 0,
    accepted: 0,
    distinct: 0,
    duplicated: 0,
    peakConcurrentCalls: 0,
    maxBodyBytes: 0,
    maxEntries: 0,
    maxPayloadBytes: 0,
    contentTypes: [],
  };
}

/** The error a PublishBatch call gets before faults are considered (unknown topic, bad batch size), if any. */
function refusal(
  topicArn: string,
  entries: FakeEntry[],
  topics: Set<string> | undefined,
): { status: number; xml: string } | undefined {
  if (topics !== undefined && !topics.has(topicArn))
    return { status: 404, xml: errorXml('Sender', 'NotFound', 'Topic does not exist') };
  if (entries.length === 0 || entries.length > 10)
    return {
      status: 400,
      xml: errorXml(
        'Sender',
        entries.length === 0 ? 'EmptyBatchRequest' : 'TooManyEntriesInBatchRequest',
        'bad batch size',
      ),
    };
  return undefined;
}

/** Accepts the entries not in `failed` (counting them by id) and answers the PublishBatch call. */
function batchResponse(
  entries: FakeEntry[],
  failed: Map<number, EntryFailure>,
  accept: (message: string) => void,
): string {
  let ok = '';
  let bad = '';
  entries.forEach((e, i) => {
    const f = failed.get(i);
    if (f !== undefined) {
      bad +=
        `<member><Id>${xmlEscape(e.id)}</Id><Code>${xmlEscape(f.code)}</Code>` +
        `<Message>${xmlEscape(f.message)}</Message><SenderFault>${f.senderFault}</SenderFault></member>`;
      return;
    }
    accept(e.message);
    ok += `<member><Id>${xmlEscape(e.id)}</Id><MessageId>${randomUUID()}</MessageId></member>`;
  });
  return (
    `<PublishBatchResponse xmlns="${SNS_XMLNS}">` +
    `<PublishBatchResult><Successful>${ok}</Successful><Failed>${bad}</Failed></PublishBatchResult>` +
    `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></PublishBatchResponse>`
  );
}

/** Counts a PublishBatch call and the largest batch and payload seen; returns the call's 1-based number. */
function countCall(stats: FakeSnsStats, entries: FakeEntry[]): number {
  stats.maxEntries = Math.max(stats.maxEntries, entries.length);
  stats.maxPayloadBytes = Math.max(
    stats.maxPayloadBytes,
    entries.reduce((n, e) => n + Buffer.byteLength(e.message), 0),
  );
  return ++stats.calls;
}

export async function startFakeSns(options: FakeSnsOptions = {}): Promise<FakeSns> {
  const latency = options.latencyMs ?? 20;
  const idOf = options.idOf ?? defaultIdOf;
  const topics = options.topics === undefined ? undefined : new Set(options.topics);
  const counts = new Map<string, number>();
  const stats = emptyStats();
  let inFlight = 0;

  const accept = (message: string): void => {
    const key = idOf(message);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    stats.accepted++;
    if (n === 1) stats.distinct++;
    if (n === 2) stats.duplicated++;
  };

  const answer = (res: ServerResponse, action: string | null, topicArn: string, entries: FakeEntry[]): void => {
    if (action !== 'PublishBatch')
      return sendXml(
        res,
        400,
        errorXml('Sender', 'InvalidAction', `action ${action ?? '(none)'} is not supported here`),
      );
    const call = countCall(stats, entries);
    const refused = refusal(topicArn, entries, topics);
    if (refused) return sendXml(res, refused.status, refused.xml);
    const decision = options.faults?.({ call, topicArn, entries }) ?? { kind: 'ok' };
    if (decision.kind === 'error')
      return sendXml(
        res,
        decision.status,
        errorXml(decision.type ?? (decision.status >= 500 ? 'Receiver' : 'Sender'), decision.code, decision.message),
      );
    const failed = decision.kind === 'partial' ? decision.failed : new Map<number, EntryFailure>();
    const xml = batchResponse(entries, failed, accept);
    if (decision.kind === 'late') setTimeout(() => sendXml(res, 200, xml), decision.delayMs);
    else sendXml(res, 200, xml);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const contentType = String(req.headers['content-type'] ?? '');
    if (!stats.contentTypes.includes(contentType)) stats.contentTypes.push(contentType);
    stats.maxBodyBytes = Math.max(stats.maxBodyBytes, Buffer.byteLength(body));
    const { action, topicArn, entries } = parsePublishBatch(body);
    inFlight++;
    stats.peakConcurrentCalls = Math.max(stats.peakConcurrentCalls, inFlight);
    try {
      await new Promise((r) => setTimeout(r, typeof latency === 'number' ? latency : latency(inFlight)));
      answer(res, action, topicArn, entries);
    } finally {
      inFlight--;
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendXml(res, 500, errorXml('Receiver', 'InternalError', String(err)));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stats: () => ({ ...stats, contentTypes: [...stats.contentTypes] }),
    count: (id) => counts.get(id) ?? 0,
    reset() {
      counts.clear();
      // the content types seen stay
      Object.assign(stats, { ...emptyStats(), contentTypes: stats.contentTypes });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
