/**
 * `stac-ingest predict <paths>`: each STAC object as the catalog will store it (src/compare/stored-form.ts;
 * minus the links the STAC API makes itself), what changed on the way, and why the loader would refuse it.
 * Items are dehydrated against the `item_assets` of a collection given among the same paths.
 */
import { ConfigurationError, type SourceLocation } from '../errors.js';
import { API_GENERATED_LINK_RELS } from '../compare/normalize.js';
import { fromPy, isPyObject, toPy, type PyJson } from '../compare/py-value.js';
import { storedForm, type LoaderIssue } from '../compare/stored-form.js';
import { keyOfDocument } from '../model/keys.js';
import { originToLocation, type LoadedDoc } from '../model/stac.js';
import { stacPathsUnits } from '../sources/files.js';
import { eachUnit, parseUnit } from '../sources/units.js';
import { stringifyJson } from '../json.js';

export interface Prediction {
  location: SourceLocation;
  /** `item:<collection>/<id>` or `collection:<id>`, when the document has them. */
  key?: string;
  /** The stored document (numbers written as the catalog writes them). */
  stored: unknown;
  changes: LoaderIssue[];
  errors: LoaderIssue[];
}

export interface PredictResult {
  predictions: Prediction[];
  /** Paths or files that could not be read. */
  problems: ConfigurationError[];
}

export async function predictPaths(paths: string[], baseDir: string): Promise<PredictResult> {
  const problems: ConfigurationError[] = [];
  const docs: LoadedDoc[] = [];
  const report = { error: (e: ConfigurationError) => problems.push(e), skipped: () => undefined };
  for await (const unit of eachUnit(stacPathsUnits(paths, baseDir, report))) {
    try {
      docs.push(parseUnit(unit));
    } catch (err) {
      if (!(err instanceof ConfigurationError)) throw err;
      problems.push(err);
    }
  }
  const itemAssets = new Map<string, PyJson>();
  for (const d of docs)
    if (d.doc['type'] === 'Collection' && typeof d.doc['id'] === 'string' && d.doc['item_assets'] !== undefined)
      itemAssets.set(d.doc['id'], toPy(d.doc['item_assets']));
  const predictions = docs.map((d): Prediction => {
    const collection = typeof d.doc['collection'] === 'string' ? itemAssets.get(d.doc['collection']) : undefined;
    const form = storedForm(d.doc, collection === undefined ? {} : { itemAssets: collection });
    const p: Prediction = {
      location: originToLocation(d.origin),
      stored: fromPy(withoutApiLinks(form.stored)),
      changes: form.changes,
      errors: form.errors,
    };
    const key = keyOfDocument(d.doc);
    if (key !== undefined) p.key = key;
    return p;
  });
  return { predictions, problems };
}

/** The stored links the STAC API replaces with its own (self, root, parent, collection, ...) left out. */
function withoutApiLinks(stored: PyJson): PyJson {
  if (!isPyObject(stored) || !Array.isArray(stored['links'])) return stored;
  const links = stored['links'].filter(
    (l) => !(isPyObject(l) && typeof l['rel'] === 'string' && API_GENERATED_LINK_RELS.has(l['rel'])),
  );
  return { ...stored, links };
}

/** The predictions as text for people. */
export function renderPredictions(result: PredictResult): string {
  const out: string[] = [];
  for (const p of result.predictions) {
    const where = `${p.location.file}${p.location.line !== undefined ? `:${p.location.line}` : ''}`;
    out.push(`== ${where}${p.location.pointer ? ` at ${p.location.pointer}` : ''}${p.key ? ` (${p.key})` : ''}`);
    if (p.errors.length > 0) {
      out.push('the loader refuses it:');
      for (const e of p.errors) out.push(`  ${e.pointer || '/'}: ${e.rule}: ${e.message}`);
    } else {
      out.push('stored as:', stringifyJson(p.stored, 2));
    }
    out.push(p.changes.length > 0 ? 'changed on the way:' : 'stored as sent (but for the links the API makes)');
    for (const c of p.changes) out.push(`  ${c.pointer || '/'}: ${c.message}`);
    out.push('');
  }
  for (const e of result.problems) out.push(`error: ${e.message}`);
  return out.join('\n');
}
