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
