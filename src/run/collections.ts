import type { LoadedDoc } from '../model/stac.js';
import type { CollectionSummary, ValidationSummary } from '../model/result.js';
import type { Plan } from '../model/plan.js';
import type { GenerateOutcome } from '../stages/generate/index.js';
import type { DeliveryOutcome } from '../model/delivery.js';
import { emptyCounts } from '../report/json-report.js';

const NO_COLLECTION = '(no collection)';
const MAX_FIRST_ERRORS = 5;

function collectionOfDoc(d: LoadedDoc): string {
  if (d.doc['type'] === 'Collection') return String(d.doc['id']);
  return typeof d.doc['collection'] === 'string' ? (d.doc['collection'] as string) : NO_COLLECTION;
}

function sameDoc(
  d: LoadedDoc,
  file: string | undefined,
  line: number | undefined,
  pointer: string | undefined,
): boolean {
  return (
    d.origin.file === file &&
    (d.origin.line ?? -1) === (line ?? -1) &&
    (pointer ?? '').startsWith(d.origin.pointer ?? '')
  );
}

/** Per-collection counts over every stage of a run, for the summary and the JSON report (pure). */
export function summarizeCollections(
  plan: Plan | undefined,
  docs: LoadedDoc[],
  outcomes: GenerateOutcome[],
  validation: ValidationSummary | undefined,
  delivery: DeliveryOutcome | undefined,
): CollectionSummary[] {
  const map = new Map<string, CollectionSummary>();
  const get = (id: string): CollectionSummary => {
    let c = map.get(id);
    if (!c) map.set(id, (c = { id, collectionsChecked: 0, counts: emptyCounts(), firstErrors: [] }));
    return c;
  };
  const note = (c: CollectionSummary, text: string) => {
    if (c.firstErrors.length < MAX_FIRST_ERRORS) c.firstErrors.push(text);
  };
  for (const pc of plan?.collections ?? []) get(pc.id).counts.planned = pc.items;
  for (const d of docs) {
    const c = get(collectionOfDoc(d));
    if (d.doc['type'] === 'Collection') c.collectionsChecked++;
    else c.counts.checked++;
  }
  for (const o of outcomes) {
    const c = get(o.ok ? collectionOfDoc(o.doc) : (o.job.request.collection_id ?? NO_COLLECTION));
    if (o.ok) c.counts.generated++;
    else {
      c.counts.generation_failed++;
      note(c, `${o.job.origin.entry ?? o.job.origin.file}: ${o.error}`);
    }
  }
  const invalid = new Set<LoadedDoc>();
  for (const f of validation?.findings ?? []) {
    if (f.severity !== 'error') continue;
    const doc = docs.find((d) => sameDoc(d, f.location.file, f.location.line, f.location.pointer));
    if (!doc) continue;
    const c = get(collectionOfDoc(doc));
    if (!invalid.has(doc)) {
      invalid.add(doc);
      c.counts.invalid++;
    }
    note(
      c,
      `${f.location.file ?? ''}${f.location.line !== undefined ? ':' + f.location.line : ''} ${f.location.pointer ?? ''} ${f.rule}: ${f.message}`
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  for (const o of delivery?.objects ?? []) {
    if (o.kind === 'collection') continue;
    const c = get(o.collection ?? NO_COLLECTION);
    if (o.change === 'new') c.counts.new++;
    else if (o.change === 'changed') c.counts.changed++;
    else if (o.change === 'unchanged') c.counts.unchanged++;
    switch (o.state) {
      case 'orphan':
        c.counts.orphans++;
        break;
      case 'written':
        c.counts.written++;
        break;
      case 'published':
        c.counts.published++;
        break;
      case 'verified':
        c.counts.verified++;
        if (o.change !== 'unchanged') c.counts.published++;
        break;
      case 'stale':
        c.counts.stale++;
        c.counts.published++;
        break;
      case 'missing':
        c.counts.missing++;
        c.counts.published++;
        break;
      case 'dead-lettered':
        c.counts.dead_lettered++;
        c.counts.published++;
        break;
      case 'failed':
        c.counts.failed++;
        break;
      case 'unchanged':
      case 'planned':
        break;
    }
    if (o.state === 'missing' || o.state === 'stale' || o.state === 'dead-lettered' || o.state === 'failed')
      note(c, `${o.key} ${o.state}${o.reason ? `: ${o.reason}` : ''}`);
  }
  return [...map.values()].sort((a, b) => a.id.localeCompare(b.id));
}
