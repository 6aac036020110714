/**
 * Issue 11, defect 5: items of one collection at one second with and without a fraction must never
 * reach the StacLoader together (pypgstac compares datetime text, and the whole collection group of
 * the batch fails). The target here records what each write call gets: a stand-in for the SNS topic
 * (test/e2e-stored-form.test.ts runs the same through the twin's real loader).
 */
import { describe, expect, it } from 'vitest';
import { boundsFirst, loaderWaves } from '../src/stages/loader-waves.js';
import { publishStage } from '../src/stages/publish.js';
import { deliverStreamed } from '../src/run/deliver.js';
import type { StreamedDocs } from '../src/model/inputs.js';
import type { CatalogReader, Outgoing, Target, TargetContext, WriteBatch, Written } from '../src/targets/target.js';
import type { StacObject } from '../src/model/stac.js';
import { RecordingLogger } from '../src/logging.js';
import { streamedDocs } from './support/streamed-docs.js';

function item(collection: string, id: string, properties: Record<string, unknown>): Outgoing {
  const doc = { type: 'Feature', id, collection, properties };
  return { key: `item:${collection}/${id}`, kind: 'item', collection, id, doc, origin: { file: `${id}.json` } };
}

const at = (t: string) => ({ datetime: `2024-05-10T${t}` });
const ids = (waves: Outgoing[][]) => waves.map((w) => w.map((o) => o.id));

describe('loaderWaves', () => {
  it('puts whole-second items first and the fractional ones of the same second after them', () => {
    const items = [
      item('c', 'half', at('12:00:00.5Z')),
      item('c', 'whole', at('12:00:00Z')),
      item('c', 'zero-fraction', at('12:00:00.000Z')), // pydantic writes it without a fraction
      item('c', 'offset', at('13:00:00.25+01:00')), // 12:00:00.250000Z
      item('c', 'other-second', at('12:00:01.5Z')),
      item('d', 'other-collection', at('12:00:00.5Z')),
    ];
    expect(ids(loaderWaves(items))).toEqual([
      ['whole', 'zero-fraction', 'other-second', 'other-collection'],
      ['half', 'offset'],
    ]);
  });

  it('compares the ends pypgstac ranges over: start/end when both are set', () => {
    const range = (s: string, e: string) => ({
      datetime: null,
      start_datetime: `2024-05-10T${s}`,
      end_datetime: `2024-05-10T${e}`,
    });
    const items = [
      item('c', 'a', range('10:00:00Z', '12:00:00.5Z')),
      item('c', 'b', at('12:00:00Z')),
      item('c', 'c', range('12:00:00Z', '14:00:00Z')),
    ];
    // a's end and b's (datetime) end meet at 12:00:00; c's start is another end than a's end
    expect(ids(loaderWaves(items))).toEqual([['b', 'c'], ['a']]);
  });

  it('keeps everything in one wave when nothing meets, and breaks a cycle one item at a time', () => {
    expect(ids(loaderWaves([item('c', 'a', at('12:00:00Z')), item('c', 'b', at('12:00:01.5Z'))]))).toEqual([
      ['a', 'b'],
    ]);
    const range = (s: string, e: string) => ({
      datetime: null,
      start_datetime: `2024-05-10T${s}`,
      end_datetime: `2024-05-10T${e}`,
    });
    const cycle = [
      item('c', 'x', range('10:00:00.5Z', '11:00:00Z')),
      item('c', 'y', range('10:00:00Z', '11:00:00.5Z')),
    ];
    expect(ids(loaderWaves(cycle))).toEqual([['x'], ['y']]);
  });
});

describe('boundsFirst (the 2,000-item run of issue 11: batches lost to a partition constraint)', () => {
  const range = (s: string, e: string) => ({ datetime: null, start_datetime: s, end_datetime: e });

  it("picks each collection's earliest and latest items, comparing times (not text)", () => {
    const items = [
      item('c', 'mid', at('12:00:00Z')),
      item('c', 'last', at('12:00:00.5Z')), // after the whole second, though '.' sorts before 'Z' as text
      item('c', 'first', at('11:59:59.999Z')),
      item('c', 'mid2', at('12:00:00.25Z')),
      item('d', 'only', at('08:00:00Z')),
      item('e', 'early', at('01:00:00+02:00')), // 2024-05-09T23:00:00Z
      item('e', 'late', at('00:30:00Z')),
    ];
    const { bounds, rest } = boundsFirst(items);
    expect(bounds.map((o) => o.id)).toEqual(['last', 'first', 'only', 'early', 'late']);
    expect(rest.map((o) => o.id)).toEqual(['mid', 'mid2']);
  });

  it('takes the earliest and latest of both ends pypgstac ranges over, each item once', () => {
    const items = [
      item('c', 'long', range('2024-01-01T00:00:00Z', '2024-12-31T00:00:00Z')), // earliest start, latest end
      item('c', 'late-start', range('2024-06-01T00:00:00Z', '2024-06-02T00:00:00Z')), // latest start
      item('c', 'early-end', range('2024-01-02T00:00:00Z', '2024-01-03T00:00:00Z')), // earliest end
      item('c', 'inner', range('2024-03-01T00:00:00Z', '2024-03-02T00:00:00Z')),
      item('c', 'undated', {}),
    ];
    const { bounds, rest } = boundsFirst(items);
    expect(bounds.map((o) => o.id)).toEqual(['long', 'late-start', 'early-end']);
    expect(rest.map((o) => o.id)).toEqual(['inner', 'undated']);
  });
});

function recordingTarget(events: string[]): Target {
  return {
    type: 'recording',
    datetimeTextRanges: true,
    open: async () => [],
    catalogs: () => [],
    describe: () => 'a recording stand-in for the loader topic',
    write: async (batch: WriteBatch): Promise<Written[]> => {
      events.push(`write ${batch.items.map((o) => o.id).join(',')}`);
      return [...batch.collections, ...batch.items].map((o) => ({ key: o.key, state: 'published' }));
    },
  };
}

const noWait: TargetContext = {
  logger: new RecordingLogger(),
  stage: (_name, fn) => fn(),
  now: () => 0,
  sleep: async () => undefined,
};

describe('publishStage with pypgstac as the loader: bounds first', () => {
  it("writes each collection's earliest and latest items, waits until they landed, then the others", async () => {
    const events: string[] = [];
    const items = [
      item('c', 'c11', at('11:00:00Z')),
      item('c', 'c13', at('13:00:00Z')),
      item('c', 'c10', at('10:00:00Z')),
      item('c', 'c12', at('12:00:00Z')),
      item('d', 'd1', at('01:00:00Z')),
      item('d', 'd2', at('02:00:00Z')),
    ];
    await publishStage(recordingTarget(events), { collections: [], items, requests: [] }, noWait, {
      awaitItems: async (keys) => void events.push(`wait ${keys.join(',')}`),
    });
    expect(events).toEqual(['write c13,c10,d1,d2', 'wait item:c/c13,item:c/c10,item:d/d1,item:d/d2', 'write c11,c12']);
  });

  it('writes in one go what holds only bounds (nothing else to protect)', async () => {
    const events: string[] = [];
    const items = [item('c', 'a', at('10:00:00Z')), item('c', 'b', at('11:00:00Z'))];
    await publishStage(recordingTarget(events), { collections: [], items, requests: [] }, noWait, {
      awaitItems: async (keys) => void events.push(`wait ${keys.join(',')}`),
    });
    expect(events).toEqual(['write a,b']);
  });
});

describe('publishStage with a loader that compares datetime text', () => {
  it(
    'never writes whole-second and fractional items of one second together; ' + 'each wave waits for the one before',
    async () => {
      const calls: string[][] = [];
      const events: string[] = [];
      const target: Target = {
        type: 'recording',
        datetimeTextRanges: true,
        open: async () => [],
        catalogs: () => [],
        describe: () => 'a recording stand-in for the loader topic',
        write: async (batch: WriteBatch): Promise<Written[]> => {
          calls.push([...batch.collections, ...batch.items].map((o) => o.id));
          events.push(`write ${batch.items.map((o) => o.id).join(',')}`);
          return [...batch.collections, ...batch.items].map((o) => ({ key: o.key, state: 'published' }));
        },
      };
      const ctx: TargetContext = {
        logger: new RecordingLogger(),
        stage: (_name, fn) => fn(),
        now: () => 0,
        sleep: async () => undefined,
      };
      const items = ['12:00:00Z', '12:00:00.5Z', '12:00:00.000Z', '12:00:00.25Z'].map((t, i) =>
        item('c', `i${i}`, at(t)),
      );
      const written = await publishStage(target, { collections: [], items, requests: [] }, ctx, {
        awaitItems: async (keys) => void events.push(`wait ${keys.join(',')}`),
      });
      // the earliest (i0) and the latest (i1) first, one at a time; then i2 and i3, of one second, apart
      expect(calls).toEqual([['i0'], ['i1'], ['i2'], ['i3']]);
      expect(events).toEqual([
        'write i0',
        'wait item:c/i0',
        'write i1',
        'wait item:c/i1',
        'write i2',
        'wait item:c/i2',
        'write i3',
      ]);
      expect(written.map((w) => w.state)).toEqual(['published', 'published', 'published', 'published']);
    },
  );
});

/** A streamed source of `docs` (src/stages/resolve.ts finds its bounds); `reads.n` counts the reads of its items. */
const streamOf = (docs: Outgoing[], reads = { n: 0 }): StreamedDocs =>
  streamedDocs(
    docs.map((d) => ({ doc: d.doc, origin: d.origin })),
    reads,
  );

describe('a streamed delivery in windows, to a loader that ranges over datetime text', () => {
  it("puts each collection's earliest and latest items in the first window, wherever they are read", async () => {
    const events: string[] = [];
    const docs = ['10', '11', '12', '13', '14', '15'].map((h) => item('c', `c${h}`, at(`${h}:00:00Z`)));
    const stream = streamOf(docs);
    const input = { runId: 'r', collections: [], items: [], remote: [], force: false };
    await deliverStreamed(recordingTarget(events), input, [stream], noWait, { items: 2, bytes: 2 ** 20 });
    // read in time order: windows by reading order alone would store 10-11 first, and 12-15 would fall outside
    // the constraint pgstac derives from them
    expect(events).toEqual(['write c10,c15', 'write c11,c12', 'write c13,c14']);
  });

  it('reads the source once: the bounds come from its first read (by resolve), not from one more read', async () => {
    const events: string[] = [];
    const docs = ['12', '10', '11', '15', '13'].map((h) => item('c', `c${h}`, at(`${h}:00:00Z`)));
    const reads = { n: 0 };
    const input = { runId: 'r', collections: [], items: [], remote: [], force: false };
    await deliverStreamed(recordingTarget(events), input, [streamOf(docs, reads)], noWait, {
      items: 2,
      bytes: 2 ** 20,
    });
    expect(reads.n).toBe(1);
    expect(events).toEqual(['write c10,c15', 'write c12,c11', 'write c13']);
  });

  it('counts a window in bytes, not characters: text in other scripts fills it three times faster', async () => {
    const events: string[] = [];
    const title = '地'.repeat(300); // 300 characters, 900 bytes of UTF-8
    const docs = ['1', '2', '3'].map((n) => item('c', `c${n}`, { ...at('10:00:00Z'), title }));
    const stream = streamOf(docs);
    const input = { runId: 'r', collections: [], items: [], remote: [], force: false };
    const target = { ...recordingTarget(events), datetimeTextRanges: false };
    await deliverStreamed(target, input, [stream], noWait, { items: 100, bytes: 1000 });
    expect(events).toEqual(['write c1', 'write c2', 'write c3']);
  });
});

/**
 * A loader that is behind: what one write sends lands (in the stand-in catalog, as sent) only once a later write
 * came, or once the last item is sent; the first write lands at once. Events: writes, and catalog reads.
 */
function laggingLoader(last: string, events: string[]): Target {
  const stored = new Map<string, StacObject>();
  let behind: Outgoing[] = [];
  let writes = 0;
  const catalog: CatalogReader = {
    name: 'a stand-in catalog',
    copy: "the stand-in's copy",
    read: async (objects) => {
      events.push(`read ${objects.map((o) => o.id).join(',')}`);
      return new Map(objects.flatMap((o) => (stored.has(o.key) ? [[o.key, stored.get(o.key)!] as const] : [])));
    },
  };
  return {
    type: 'lagging',
    datetimeTextRanges: true,
    wait: { timeoutMs: 60_000, pollIntervalMs: 1000, landing: 'catalog' },
    open: async () => [],
    catalogs: () => [catalog],
    describe: () => 'a stand-in loader topic whose loader is one write behind',
    write: async (batch: WriteBatch): Promise<Written[]> => {
      const sent = [...batch.collections, ...batch.items];
      events.push(`write ${sent.map((o) => o.id).join(',')}`);
      for (const o of behind) stored.set(o.key, o.doc);
      behind = sent;
      if (writes++ === 0 || sent.some((o) => o.id === last)) for (const o of sent) stored.set(o.key, o.doc);
      return sent.map((o) => ({ key: o.key, state: 'published' }));
    },
  };
}

/** A clock that moves a second each time it is read, and a sleep that does not wait. */
function fastClock(): TargetContext {
  let t = 0;
  return { logger: new RecordingLogger(), stage: (_n, fn) => fn(), now: () => (t += 1000), sleep: async () => {} };
}

describe('a streamed delivery in windows, pipelined', () => {
  it('publishes the next window while the one before is awaited, and verifies every one', async () => {
    const events: string[] = [];
    const docs = ['10', '11', '12', '13', '14', '15', '16'].map((h) => item('c', `c${h}`, at(`${h}:00:00Z`)));
    const input = { runId: 'r', collections: [], items: [], remote: [], force: false };
    const limits = { items: 2, bytes: 2 ** 20, inFlight: 2 };
    const out = await deliverStreamed(laggingLoader('c15', events), input, [streamOf(docs)], fastClock(), limits);
    // one window at a time, c11,c12 would land only once c13,c14 are written: it would time out, missing
    expect(out.objects.map((o) => `${o.id} ${o.state}`)).toEqual(
      ['c10', 'c16', 'c11', 'c12', 'c13', 'c14', 'c15'].map((id) => `${id} verified`),
    );
    expect(out.ok).toBe(true);
    expect(events.filter((e) => e.startsWith('write'))).toEqual([
      'write c10,c16',
      'write c11,c12',
      'write c13,c14',
      'write c15',
    ]);
  });

  it('holds back a window with items of a second whose other kind is still being loaded', async () => {
    const events: string[] = [];
    const times = ['10:00:00Z', '12:00:00Z', '11:00:00Z', '11:00:00.5Z', '11:00:00.7Z'];
    const docs = times.map((t, i) => item('c', `c${i}`, at(t)));
    const input = { runId: 'r', collections: [], items: [], remote: [], force: false };
    const limits = { items: 1, bytes: 2 ** 20, inFlight: 3 };
    const target = { ...laggingLoader('c4', events) };
    await deliverStreamed(target, input, [streamOf(docs)], fastClock(), limits);
    const at11 = events.indexOf('write c2');
    const fraction = events.indexOf('write c3');
    // c2 (11:00:00) is verified (read as landed) before c3 (11:00:00.5) is sent; c3 and c4 (both fractions) overlap
    expect(events.slice(at11, fraction).filter((e) => e === 'read c2').length).toBeGreaterThan(0);
    expect(events.indexOf('write c4')).toBeLessThan(events.lastIndexOf('read c3'));
  });
});

describe('a streamed delivery in windows, pipelined, to a loader taking one event at a time', () => {
  it('keeps what the windows in flight send, counted as the loader gets it, within one event', async () => {
    const events: string[] = [];
    const title = '"quoted"'.repeat(100); // 800 bytes, 1,000 once escaped in the SNS envelope
    const docs = ['10', '11', '12', '13', '14', '15'].map((h) => item('c', `c${h}`, { ...at(`${h}:00:00Z`), title }));
    const input = { runId: 'r', collections: [], items: [], remote: [], force: false };
    // each item is about 3.6 KB in the loader's event: two windows in flight share 15 KB, 7.5 KB each
    const limits = { items: 100, bytes: 15_000, inFlight: 2 };
    await deliverStreamed(laggingLoader('c15', events), input, [streamOf(docs)], fastClock(), limits);
    expect(events.filter((e) => e.startsWith('write'))).toEqual(['write c10,c15', 'write c11,c12', 'write c13,c14']);
  });
});
