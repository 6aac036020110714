import { detached } from './keys.js';

/**
 * Strings that repeat (collections, files, topics, source ids) kept once, each known by a number, for the compact
 * tables of many records (status-table.ts, the run ledger's, the generated items' origins).
 */
export class Names {
  private readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  /** The number of `s`, given to it the first time it is seen (its own copy kept, not a slice of a larger text). */
  numberOf(s: string): number {
    let n = this.index.get(s);
    if (n === undefined) {
      n = this.list.push(detached(s)) - 1;
      this.index.set(this.list[n]!, n);
    }
    return n;
  }

  /** The number of `s` if it was seen. */
  find(s: string): number | undefined {
    return this.index.get(s);
  }

  /** The string numbered `n`. */
  at(n: number): string {
    return this.list[n]!;
  }
}

/**
 * A string that ends in a number (`request:src#12`, `sources[0] (src) row 12`) as the text before it and the
 * number, such that the text and the number's decimal form give the string back; otherwise undefined. The compact
 * tables keep the text once (a name) and the number beside it, where each row's string would be a name of its own.
 */
export function numbered(s: string): [string, number] | undefined {
  const m = /^(.*?)(0|[1-9]\d{0,8})$/s.exec(s);
  return m ? [m[1]!, Number(m[2])] : undefined;
}
