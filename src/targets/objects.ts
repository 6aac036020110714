/** Helpers shared by the ingestor and pgstac targets: object statuses, counts, STAC API read-back. */
import type { LoadedDoc } from '../model/stac.js';
import { ConfigurationError } from '../errors.js';
import { staleReason, type VerifyReport } from '../stages/verify.js';
import type { DeliveryInput } from './target.js';
import type { ObjectState, ObjectStatus } from '../model/delivery.js';
import { collectionKey, itemKey } from '../model/keys.js';

/** The status entry for a Collection or Item document. */
export function docObject(d: LoadedDoc, state: ObjectState): ObjectStatus {
  const id = String(d.doc['id']);
  if (d.doc['type'] === 'Collection')
    return { key: collectionKey(id), kind: 'collection', collection: id, id, origin: d.origin, state };
  const c = typeof d.doc['collection'] === 'string' ? (d.doc['collection'] as string) : null;
  return { key: itemKey(c ?? '', id), kind: 'item', collection: c, id, origin: d.origin, state };
}

/** Targets that write documents themselves cannot ask a generator to make items remotely. */
export function rejectRemoteSources(input: DeliveryInput, target: string): void {
  const first = input.remote[0];
  if (first === undefined) return;
  throw new ConfigurationError(
    `source '${first.sourceId}' generates its items remotely (stactools generate: remote), which only the maap target can do; the ${target} target writes documents it has`,
    {
      location: { entry: first.entry },
      hint: 'use `generate: local` for this source, or deliver it to a maap target',
    },
  );
}

/** `3 verified, 1 failed` (non-zero states only, in a fixed order). */
export function summarizeStates(objects: readonly ObjectStatus[]): string {
  const order: ObjectState[] = [
    'verified',
    'written',
    'unchanged',
    'published',
    'stale',
    'missing',
    'dead-lettered',
    'failed',
  ];
  const counts = new Map<ObjectState, number>();
  for (const o of objects) counts.set(o.state, (counts.get(o.state) ?? 0) + 1);
  const parts = order.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing to deliver';
}

/** Sets each status from the STAC API read-back (`verified`, `stale` with the differing paths, `missing`). */
export function applyApiVerification(statuses: readonly ObjectStatus[], report: VerifyReport): void {
  const byKey = new Map(report.entries.map((e) => [e.key, e]));
  for (const s of statuses) {
    const e = byKey.get(s.key);
    if (e === undefined) continue;
    if (e.status === 'verified') {
      s.state = 'verified';
      delete s.reason;
    } else if (e.status === 'missing') {
      s.state = 'missing';
      s.reason = 'not found through the STAC API';
    } else {
      s.state = 'stale';
      s.reason = staleReason("the STAC API's copy", e.differences, e.truncated);
    }
  }
}

/**
 * For `plan`: turns a read-back state into what publishing would do: `verified` -> `unchanged`,
 * `stale` -> `planned` (changed, with the differing paths), `missing` -> `planned` (new).
 * `force` plans unchanged objects too.
 */
export function toPlanned(s: ObjectStatus, force: boolean): void {
  if (s.state === 'verified') {
    s.change = 'unchanged';
    s.state = force ? 'planned' : 'unchanged';
  } else if (s.state === 'stale') {
    s.change = 'changed';
    s.state = 'planned';
  } else if (s.state === 'missing') {
    s.change = 'new';
    s.state = 'planned';
    delete s.reason;
  }
}

/** `2 new, 1 changed, 3 unchanged` for a plan. */
export function summarizePlan(objects: readonly ObjectStatus[]): string {
  const n = (c: 'new' | 'changed' | 'unchanged') => objects.filter((o) => o.change === c).length;
  const failed = objects.filter((o) => o.state === 'failed').length;
  return `${n('new')} new, ${n('changed')} changed, ${n('unchanged')} unchanged${failed ? `, ${failed} that cannot be sent` : ''}`;
}
