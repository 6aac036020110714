import { describe, expect, it } from 'vitest';
import { SpilledKeySet } from '../src/stages/validate/key-set.js';

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
});
