/**
 * The statuses a streamed delivery keeps of every object across its windows (issue 12): compact, and read back
 * as they were given.
 */
import { describe, expect, it } from 'vitest';
import v8 from 'node:v8';
import vm from 'node:vm';
import { randomUUID } from 'node:crypto';
import { StatusTable } from '../src/model/status-table.js';
import type { ObjectStatus } from '../src/model/delivery.js';

function item(i: number): ObjectStatus {
  const id = Buffer.from(`S2B_T10SKC_20200101_${String(i).padStart(7, '0')}_L2A`).toString();
  return {
    key: `item:scale-bench-1796082171357/${id}`,
    kind: 'item',
    collection: 'scale-bench-1796082171357',
    id,
    origin: { file: 'items/items-100000.ndjson', line: i + 1 },
    state: 'verified',
    change: 'new',
    sent: true,
    ref: randomUUID(),
  };
}

describe('StatusTable', () => {
  it('gives back every status as pushed, the uncommon shapes too', () => {
    const statuses: ObjectStatus[] = [
      item(0),
      {
        key: 'collection:c',
        kind: 'collection',
        collection: 'c',
        id: 'c',
        origin: { file: 'c.json' },
        state: 'published',
      },
      {
        key: 'request:src#3',
        kind: 'request',
        collection: null,
        id: null,
        origin: { file: 'rows.csv', line: 4, entry: 'sources[0]', sourceId: 'src' },
        state: 'dead-lettered',
        reason: 'ValidationError: bad',
        ref: 'not-a-uuid-42',
      },
      {
        key: 'item:/x',
        kind: 'item',
        collection: null,
        id: 'x',
        origin: { file: '' },
        state: 'orphan',
        change: 'changed',
      },
      {
        key: 'item:odd key',
        kind: 'item',
        collection: 'c',
        id: 'y',
        origin: { file: 'y.json', line: 0 },
        state: 'failed',
      },
    ];
    const table = new StatusTable();
    for (const s of statuses) table.push(s);
    for (let i = 0; i < 3000; i++) table.push(item(i));
    expect(table.length).toBe(3005);
    expect(table.toArray().slice(0, 5)).toEqual(statuses);
    expect(table.at(1004)).toMatchObject({ id: item(999).id, origin: { line: 1000 }, state: 'verified', sent: true });
  });

  it('keeps 50,000 item statuses in under 200 bytes each (as objects they took about 700)', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const before = heap();
    const table = new StatusTable();
    for (let i = 0; i < 50_000; i++) table.push(item(i));
    const perItem = (heap() - before) / 50_000;
    expect(table.length).toBe(50_000);
    expect(perItem, `${perItem.toFixed(0)} bytes per status`).toBeLessThan(120);
  });

  /** Remote generation's row `i`: its ItemRequest and the item it makes, as the delivery books them. */
  function remote(i: number): ObjectStatus[] {
    const origin = { file: 'tiles.csv', line: i + 1, entry: `sources[0] (tiles) row ${i}`, sourceId: 'tiles' };
    const id = Buffer.from(`2020_${(i % 90) + 10}N_${String(i).padStart(7, '0')}E`).toString();
    return [
      { key: `item:glad/${id}`, kind: 'item', collection: 'glad', id, origin: { ...origin }, state: 'verified' },
      { key: `request:tiles#${i}`, kind: 'request', collection: 'glad', id: null, origin, state: 'verified' },
    ].map((s) => ({ ...s, sent: true, ref: randomUUID() }) as ObjectStatus);
  }

  it('gives back the keys and origins of ItemRequests, and keys and entries ending in numbers, as pushed', () => {
    const odd: ObjectStatus[] = [
      { ...remote(7)[1]!, key: 'request:tiles#0123', origin: { file: 'r.csv', entry: 'row 0', sourceId: 's' } },
      { ...remote(8)[1]!, key: 'request:x#99999999999', origin: { file: 'r.csv', line: 2, entry: 'row 2\n3' } },
      { ...remote(9)[1]!, key: 'request:#0', origin: { file: 'r.csv', line: 3, entry: '' } },
      { ...remote(10)[0]!, origin: { file: 'r.csv', line: 4, entry: 'e 4', pointer: '/id' } },
    ];
    const table = new StatusTable();
    const all = [...remote(1), ...remote(2_000_000), ...odd];
    for (const s of all) table.push(s);
    expect(table.toArray()).toEqual(all);
  });

  it('keeps 25,000 rows of remote generation (each an ItemRequest and its item) in under 120 bytes a status', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    // the typed arrays' bytes too (outside the heap)
    const heap = () => {
      gc();
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      return heapUsed + arrayBuffers;
    };
    const before = heap();
    const table = new StatusTable();
    for (let i = 0; i < 25_000; i++) for (const s of remote(i)) table.push(s);
    const perStatus = (heap() - before) / 50_000;
    expect(table.length).toBe(50_000);
    expect(perStatus, `${perStatus.toFixed(0)} bytes per status`).toBeLessThan(120);
  });

  it("keeps a ref that is the object's id (ingestor) or a batch label (pgstac) in no more room than none", () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const labels = Array.from({ length: 100 }, (_, k) => `batch ${k + 1}/100`);
    const refs: Record<string, (s: ObjectStatus, i: number) => string | undefined> = {
      none: () => undefined,
      id: (s) => s.id ?? undefined,
      label: (_, i) => labels[Math.floor(i / 500)],
    };
    const perItem: Record<string, number> = {};
    const tables: StatusTable[] = [];
    for (const [name, ref] of Object.entries(refs)) {
      const before = heap();
      const table = new StatusTable();
      for (let i = 0; i < 50_000; i++) {
        const { ref: _uuid, ...s } = item(i);
        const r = ref(s, i);
        table.push(r === undefined ? s : { ...s, ref: r });
      }
      perItem[name] = (heap() - before) / 50_000;
      tables.push(table);
    }
    expect(tables[1]!.at(7).ref).toBe(item(7).id);
    expect(tables[2]!.at(49_999).ref).toBe('batch 100/100');
    expect(tables[0]!.at(7).ref).toBeUndefined();
    // kept as extras beside the table (before), either took about 92 bytes more per status
    expect(perItem['id']! - perItem['none']!, JSON.stringify(perItem)).toBeLessThan(8);
    expect(perItem['label']! - perItem['none']!, JSON.stringify(perItem)).toBeLessThan(8);
  });
});
