/**
 * pgstac's storage format for items, computed on our side so a batch costs one
 * `INSERT … SELECT` instead of pgstac's per-row PL/pgSQL dehydration (about 10 ms per item in
 * pgstac 0.9.9's `upsert_items`; pypgstac also dehydrates on the client for the same reason).
 *
 * An item row is `(id, geometry, collection, datetime, end_datetime, content, private)`:
 * - `datetime`/`end_datetime`: `start_datetime`/`end_datetime` when both are set, otherwise
 *   `datetime` twice (pgstac's `stac_daterange`);
 * - `content`: the item without `id`, `collection`, `geometry` and `private`, *dehydrated*
 *   against the collection's `base_item` (`{type, stac_version, assets: item_assets,
 *   collection}`): values equal to the base are left out, and keys the base has but the item
 *   lacks are marked `"𒍟※"` so that pgstac's `content_hydrate` (`merge_jsonb`) does not add
 *   them back. Reading back through pgstac's own hydration therefore gives the item we sent,
 *   which the pgstac target checks after every write.
 */
import type { StacObject } from '../model/stac.js';
import { setMember } from '../json.js';

/** pgstac's "do not merge this key from the base item" marker. */
export const DO_NOT_MERGE = '𒍟※';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON equality: objects regardless of key order, arrays in order, numbers by value. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isRecord(a)) {
    if (!isRecord(b)) return false;
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => k in b && jsonEqual(a[k], b[k]));
  }
  return false;
}

function markMissing(
  base: unknown,
  item: Record<string, unknown>,
  out: Record<string, unknown>,
): Record<string, unknown> {
  if (isRecord(base)) for (const k of Object.keys(base)) if (!Object.hasOwn(item, k)) setMember(out, k, DO_NOT_MERGE);
  return out;
}

function strip(base: unknown, item: Record<string, unknown>): Record<string, unknown> {
  const b = isRecord(base) ? base : undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === undefined) continue;
    if (b === undefined || !Object.hasOwn(b, key)) {
      setMember(out, key, value);
      continue;
    }
    const bv = b[key];
    if (jsonEqual(bv, value)) continue;
    if (Array.isArray(bv) && Array.isArray(value)) {
      const arr =
        bv.length !== value.length
          ? value
          : value.map((v, i) => (isRecord(bv[i]) && isRecord(v) ? markMissing(bv[i], v, strip(bv[i], v)) : v));
      setMember(out, key, arr);
      continue;
    }
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    setMember(out, key, isRecord(value) ? markMissing(bv, value, strip(bv, value)) : value);
  }
  return markMissing(b, item, out);
}

/** The item's difference from the collection's base item, as pgstac stores it. */
export function dehydrate(baseItem: unknown, item: StacObject): StacObject {
  return strip(baseItem, item);
}

/** One `pgstac.items` row, ready to be sent as JSON (geometry as GeoJSON, datetimes as text). */
export interface ItemRow {
  id: string;
  collection: string;
  geometry: unknown;
  datetime: string;
  end_datetime: string;
  content: StacObject;
  private: unknown;
}

/** Why an item cannot be stored in pgstac, or undefined. Checked before anything is sent. */
export function itemRowProblem(item: StacObject): string | undefined {
  if (typeof item.id !== 'string' || item.id === '') return 'the item has no id';
  if (typeof item.collection !== 'string' || item.collection === '')
    return 'the item has no `collection` (pgstac stores items per collection)';
  if (!isRecord(item.geometry)) return "the item has no geometry (pgstac's items.geometry is NOT NULL)";
  const p = isRecord(item.properties) ? item.properties : {};
  const hasRange = typeof p.start_datetime === 'string' && typeof p.end_datetime === 'string';
  if (!hasRange && typeof p.datetime !== 'string')
    return 'the item needs properties.datetime, or both start_datetime and end_datetime';
  return undefined;
}

/** The row for `item` (call `itemRowProblem` first). */
export function itemRow(item: StacObject, baseItem: unknown): ItemRow {
  const p = (isRecord(item.properties) ? item.properties : {}) as Record<string, unknown>;
  const range = typeof p.start_datetime === 'string' && typeof p.end_datetime === 'string';
  const datetime = String(range ? p.start_datetime : p.datetime);
  const end = String(range ? p.end_datetime : p.datetime);
  const content = dehydrate(baseItem, item);
  delete content.id;
  delete content.collection;
  delete content.geometry;
  const priv = content.private ?? null;
  delete content.private;
  return {
    id: String(item.id),
    collection: String(item.collection),
    geometry: item.geometry,
    datetime,
    end_datetime: end,
    content,
    private: priv,
  };
}

const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** pgstac's `merge_jsonb(item, base)`: the stored difference merged back onto the base item. */
function merge(a: unknown, b: unknown): unknown {
  if (a === DO_NOT_MERGE) return undefined;
  if (a === null || a === undefined) return b;
  if (isRecord(a) && isRecord(b)) {
    const out: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const v = merge(own(a, k), own(b, k));
      if (v !== null && v !== undefined) setMember(out, k, v);
    }
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.map((x, i) => merge(x, b[i]));
  return a;
}

/**
 * The item as pgstac's `content_hydrate(items, collections)` returns it, computed from the stored
 * row (what stac-fastapi-pgstac does in Python by default): much faster than hydrating in SQL.
 */
export function hydrate(
  row: { id: string; collection: string; geometry: unknown; content: StacObject },
  baseItem: unknown,
): StacObject {
  const item = { id: row.id, geometry: row.geometry, collection: row.collection, type: 'Feature', ...row.content };
  return merge(item, baseItem) as StacObject;
}
