import type { Finding } from '../model/stac.js';
import { NO_COLLECTION, reportCollectionOf } from '../model/keys.js';
import type { CollectionSummary, ValidationSummary } from '../model/result.js';
import type { Plan } from '../model/plan.js';
import type { GenerateOutcome } from '../stages/generate/index.js';
import { DELIVERY_PROBLEMS, type DeliveryOutcome } from '../model/delivery.js';
import { emptyCounts } from '../report/json-report.js';

const MAX_FIRST_ERRORS = 5;

/** `file:line /pointer rule: message`, on one line. */
function noteOf(f: Finding): string {
  const { file, line, pointer } = f.location;
  return `${file ?? ''}${line !== undefined ? ':' + line : ''} ${pointer ?? ''} ${f.rule}: ${f.message}`
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What the report keeps of generation, outcome by outcome in job order and without the documents: per collection
 * (in the order first seen) the items generated and failed, and the first failures' notes.
 */
export class GenerationTally {
  readonly perCollection = new Map<string, { generated: number; failed: number; notes: string[] }>();

  add(o: GenerateOutcome): void {
    const id = (o.ok ? reportCollectionOf(o.doc.doc) : o.job.request.collection_id) ?? NO_COLLECTION;
    let t = this.perCollection.get(id);
    if (!t) this.perCollection.set(id, (t = { generated: 0, failed: 0, notes: [] }));
    if (o.ok) t.generated++;
    else {
      t.failed++;
      if (t.notes.length < MAX_FIRST_ERRORS) t.notes.push(`${o.job.origin.entry ?? o.job.origin.file}: ${o.error}`);
    }
  }
}

/** Per-collection counts over every stage of a run, for the summary and the JSON report (pure). */
export function summarizeCollections(
  plan: Plan | undefined,
  generation: GenerationTally | undefined,
  validation: ValidationSummary | undefined,
  delivery: DeliveryOutcome | undefined,
): CollectionSummary[] {
  const map = new Map<string, CollectionSummary>();
  const get = (id: string): CollectionSummary => {
    let c = map.get(id);
    if (!c)
      map.set(id, (c = { id, collectionsChecked: 0, collectionsInvalid: 0, counts: emptyCounts(), firstErrors: [] }));
    return c;
  };
  const note = (c: CollectionSummary, text: string) => {
    if (c.firstErrors.length < MAX_FIRST_ERRORS) c.firstErrors.push(text);
  };
  for (const pc of plan?.collections ?? []) get(pc.id).counts.planned = pc.items;
  for (const t of validation?.byCollection ?? []) {
    const c = get(t.id);
    c.collectionsChecked += t.collections;
    c.counts.checked += t.items;
    c.counts.invalid += t.invalidItems;
    c.collectionsInvalid += t.invalidCollections;
    for (const f of t.firstErrors) note(c, noteOf(f));
  }
  for (const [id, t] of generation?.perCollection ?? []) {
    const c = get(id);
    c.counts.generated += t.generated;
    c.counts.generation_failed += t.failed;
    for (const n of t.notes) note(c, n);
  }
  for (const [id, n] of Object.entries(delivery?.written ?? {})) get(id).counts.written += n;
  for (const o of delivery?.objects ?? []) {
    if (o.kind === 'collection') continue;
    const c = get(o.collection ?? NO_COLLECTION);
    if (o.change === 'new') c.counts.new++;
    else if (o.change === 'changed') c.counts.changed++;
    else if (o.change === 'unchanged') c.counts.unchanged++;
    // what this run sent, forced or not; a verify publishes nothing
    if (o.sent === true && o.state !== 'written') c.counts.published++;
    switch (o.state) {
      case 'orphan':
        c.counts.orphans++;
        break;
      case 'written':
        c.counts.written++;
        break;
      case 'published':
        break;
      case 'verified':
        c.counts.verified++;
        break;
      case 'stale':
        c.counts.stale++;
        break;
      case 'missing':
        c.counts.missing++;
        break;
      case 'unverified':
        c.counts.unverified++;
        break;
      case 'dead-lettered':
        c.counts.dead_lettered++;
        break;
      case 'failed':
        c.counts.failed++;
        break;
      case 'unchanged':
      case 'planned':
        break;
    }
    if (DELIVERY_PROBLEMS.has(o.state)) note(c, `${o.key} ${o.state}${o.reason ? `: ${o.reason}` : ''}`);
  }
  return [...map.values()].sort((a, b) => a.id.localeCompare(b.id));
}
