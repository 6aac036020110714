import { describe, expect, it } from 'vitest';
import { keyHash, SpilledKeySet } from '../src/model/key-set.js';
import { findDuplicates } from '../src/stages/validate/duplicates.js';
import type { StacObject } from '../src/model/stac.js';

describe('SpilledKeySet', () => {
  it('is exact: every repeat found with its first payload, nothing else, whatever the keys hold', () => {
    const set = new SpilledKeySet();
    try {
      const keys = Array.from({ length: 150_000 }, (_, i) => `i["c-${i % 7}","item\t${i}\n é ${'x'.repeat(i % 50)}"]`);
      for (const [i, k] of keys.entries()) expect(set.addOrGet(k, `first ${i}`)).toBeUndefined();
      const repeats = [0, 1, 65_535, 65_536, 149_999].map((i) => set.addOrGet(keys[i]!, 'again'));
      expect(repeats).toEqual(['first 0', 'first 1', 'first 65535', 'first 65536', 'first 149999']);
      // near misses are new keys
      expect(set.addOrGet(keys[7]! + ' ', 'x')).toBeUndefined();
      expect(set.addOrGet(keys[7]!.slice(0, -1), 'x')).toBeUndefined();
      expect(set.addOrGet('', 'empty')).toBeUndefined();
      expect(set.addOrGet('', 'again')).toBe('empty');
    } finally {
      set.close();
    }
  });

  it('tells members (with any payload, empty too) from keys that only share a hash with one', () => {
    const set = new SpilledKeySet();
    try {
      const [a, b] = collidingIds();
      const key = (id: string) => `i${JSON.stringify(['c', id])}`;
      set.addOrGet(key(a), '');
      expect([set.has(key(a)), set.has(key(b)), set.has('other')]).toEqual([true, false, false]);
      set.addOrGet(key(b), 'p');
      expect([set.has(key(a)), set.has(key(b))]).toEqual([true, true]);
    } finally {
      set.close();
    }
  });
});

/** Two item ids of collection `c` whose duplicate-set keys (duplicates.ts: `i` + JSON [collection, id]) collide. */
function collidingIds(): [string, string] {
  const byHash = new Map<number, string>();
  for (let i = 0; ; i++) {
    const id = `item-${i}`;
    const hash = keyHash(`i${JSON.stringify(['c', id])}`);
    const other = byHash.get(hash);
    if (other !== undefined) return [other, id];
    byHash.set(hash, id);
  }
}

describe('duplicate ids under a hash collision', () => {
  const [a, b] = collidingIds();
  const item = (id: string): StacObject => ({ type: 'Feature', id, collection: 'c' });

  it('are found exactly: two ids with the same hash are not duplicates, a repeat of either is', () => {
    expect(a).not.toBe(b);
    const findings = findDuplicates(
      [a, b, 'other', b, a].map((id, i) => ({ doc: item(id), origin: { file: 'items.ndjson', line: i + 1 } })),
    );
    expect(findings.map((f) => [f.location.line, f.message.split(':')[0]])).toEqual([
      [4, `duplicate item '${b}' in collection 'c'`],
      [5, `duplicate item '${a}' in collection 'c'`],
    ]);
    expect(findings[0]?.message).toContain('items.ndjson:2');
    expect(findings[1]?.message).toContain('items.ndjson:1');
  });
});
