/**
 * pypgstac (the StacLoader's `load_items`) sets a partition's datetime bounds by comparing datetime
 * *text*: in one loader batch, `…12:00:00.500000Z` sorts before `…12:00:00Z` (`.` < `Z`), so items of
 * one collection at the same second with and without a fraction give a range whose lower bound is
 * after its upper bound, and the whole collection group of the batch fails ("range lower bound must
 * be less than or equal to range upper bound"; twin/STORED_FORM.md). Sending the canonical form does
 * not help: the loader writes it again the same way. What helps is never letting such items meet in
 * one batch: they go in waves, the whole-second ones first (the order that also keeps the stored
 * bounds right for later batches), each wave published once the one before has landed.
 *
 * Before them go the items that hold each collection's datetime bounds (`boundsFirst`). pgstac (with
 * `use_queue`, as MAAP runs it) gives a partition its CHECK constraint later, from pg_cron's queue, set
 * to the range of the rows committed then; a loader invocation that read the partition's bounds before
 * and inserts after gets a CheckViolation, which pypgstac 0.9.9 retries with the batch's item iterator
 * already used up: the retry inserts nothing, the handler logs "successfully loaded" and the messages
 * are deleted. 380 of 2,000 items were lost that way on the twin. Once the earliest and the latest item
 * of a collection are stored, every range pgstac derives from stored rows covers all the others.
 */
import { pydanticDatetime } from '../compare/datetime.js';
import type { StacObject } from '../model/stac.js';

export interface WaveItem {
  doc: StacObject;
  collection: string | null;
}

/** The two datetimes pypgstac ranges over: `start_datetime`/`end_datetime` when both are set, else `datetime` twice. */
function rangeEnds(doc: StacObject): [string | undefined, string | undefined] {
  const p = doc['properties'];
  if (typeof p !== 'object' || p === null) return [undefined, undefined];
  const props = p as Record<string, unknown>;
  const canonical = (v: unknown): string | undefined => {
    const r = v === null || v === undefined ? undefined : pydanticDatetime(v);
    return r?.ok ? r.value : undefined;
  };
  const start = canonical(props['start_datetime']);
  const end = canonical(props['end_datetime']);
  if (start !== undefined && end !== undefined) return [start, end];
  const dt = canonical(props['datetime']);
  return [dt, dt];
}

/** Canonical UTC text (`YYYY-MM-DDTHH:MM:SS[.ffffff]Z`) as fixed-width text that sorts by time. */
const sortable = (v: string): string => v.slice(0, 19) + (v.length > 20 ? v.slice(20, -1) : '').padEnd(6, '0');

/**
 * The items holding each collection's earliest and latest start and end (pypgstac's `datetime` and
 * `end_datetime`) among those added: at most four per collection are kept, so a stream can be scanned for them.
 */
export class RangeBounds<T extends WaveItem> {
  private readonly extremes = new Map<string | null, Array<{ item: T; at: string }>>();

  add(item: T): void {
    const slots = this.extremes.get(item.collection) ?? [];
    this.extremes.set(item.collection, slots);
    rangeEnds(item.doc).forEach((v, end) => {
      if (v === undefined) return;
      const at = sortable(v);
      for (const [i, earliest] of [[2 * end, true] as const, [2 * end + 1, false] as const]) {
        const held = slots[i];
        if (held === undefined || (earliest ? at < held.at : at > held.at)) slots[i] = { item, at };
      }
    });
  }

  /** The items that hold a bound, each once. */
  items(): Set<T> {
    return new Set([...this.extremes.values()].flatMap((slots) => slots.filter(Boolean).map((s) => s.item)));
  }
}

/** The items holding each collection's bounds ({@link RangeBounds}), to be stored before the others, and the others. */
export function boundsFirst<T extends WaveItem>(items: readonly T[]): { bounds: T[]; rest: T[] } {
  const bounds = new RangeBounds<T>();
  for (const item of items) bounds.add(item);
  const taken = bounds.items();
  return { bounds: items.filter((item) => taken.has(item)), rest: items.filter((item) => !taken.has(item)) };
}

/** `collection|field|second` -> whether the value has a fraction, for each end of the item's range. */
function keysOf(item: WaveItem): Array<{ key: string; fraction: boolean }> {
  return rangeEnds(item.doc).flatMap((value, field) =>
    value === undefined
      ? []
      : [{ key: `${item.collection}|${field}|${value.slice(0, 19)}`, fraction: value.length > 20 }],
  );
}

/**
 * Which kinds (whole second, fraction) of datetime each `collection|end|second` of the items added has: items of
 * windows that may meet in one loader batch (published while earlier ones are still being loaded) must not put
 * both kinds of one second there ({@link loaderWaves} keeps them apart within one write).
 */
export class SecondKinds {
  private readonly kinds = new Map<string, Set<boolean>>();

  add(items: Iterable<WaveItem>): this {
    for (const item of items)
      for (const { key, fraction } of keysOf(item))
        (this.kinds.get(key) ?? this.kinds.set(key, new Set()).get(key)!).add(fraction);
    return this;
  }

  /** Whether a second has one kind here and the other in `other`. */
  meets(other: SecondKinds): boolean {
    for (const [key, kinds] of other.kinds) {
      const mine = this.kinds.get(key);
      if (mine !== undefined && [...kinds].some((k) => mine.has(!k))) return true;
    }
    return false;
  }

  /** Whether the item has a fraction in a second that also has a whole-second item here. */
  fractionMeetsWhole(item: WaveItem): boolean {
    return keysOf(item).some((k) => k.fraction && this.kinds.get(k.key)?.size === 2);
  }
}

/**
 * Splits `items` into waves no two of which put a whole-second and a fractional datetime of the same second
 * (same collection, same end of the range) in one batch. Items with no such conflict all go in the first wave.
 */
export function loaderWaves<T extends WaveItem>(items: readonly T[]): T[][] {
  const waves: T[][] = [];
  let rest = [...items];
  while (rest.length > 0) {
    const kinds = new SecondKinds().add(rest);
    let wave = rest.filter((item) => !kinds.fractionMeetsWhole(item));
    // every item left is fractional somewhere a whole second waits: one at a time breaks the cycle
    if (wave.length === 0) wave = rest.slice(0, 1);
    waves.push(wave);
    const taken = new Set(wave);
    rest = rest.filter((item) => !taken.has(item));
  }
  return waves;
}
