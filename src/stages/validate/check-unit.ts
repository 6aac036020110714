import { ConfigurationError } from '../../errors.js';
import type { SourceDoc, StacObject } from '../../model/stac.js';
import { parseUnit, parseUnitQuickly, unitsOf } from '../../sources/units.js';
import {
  loaderRuleProblems,
  quickLoaderRuleProblems,
  type LoaderRuleOptions,
  type RawFinding,
} from './loader-rules.js';

/**
 * The checks of one document that need nothing but the document: parsing, the loader rules, the fast
 * schema check, and what it is (type, id, collection). The same function runs on the main thread and in
 * the worker threads, so what a run finds does not depend on how many threads it used.
 */
export interface UnitResult {
  /** The text is not a JSON object; the message and location are the reader's. */
  unreadable?: { message: string; location: ConfigurationError['location']; hint?: string };
  type?: string;
  id?: string;
  /** An item's collection (the source's, else its own); a collection's id. */
  collection?: string;
  problems: RawFinding[];
  /** Passed the fast schema check; false when it failed or could not run (the full check then decides). */
  fast: boolean;
  /** The parsed document, on the main thread only (the full check needs it). */
  doc?: StacObject;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `fast` answers true when the document passes every schema of its shape (false: not known to). */
export function checkUnit(unit: SourceDoc, fast: (doc: StacObject) => boolean, keepDoc: boolean): UnitResult {
  const options: LoaderRuleOptions = unit.collection === undefined ? {} : { overrideCollection: unit.collection };
  // the text is the document's only when the document was parsed from it here
  if (unit.doc === undefined && unit.text !== undefined) options.sourceText = unit.text;
  const read = readUnit(unit, options);
  if ('unreadable' in read) return { unreadable: read.unreadable, problems: [], fast: false };
  const { doc, problems } = read;
  const type = str(doc['type']);
  const result: UnitResult = { problems, fast: fast(doc) };
  if (type !== undefined) result.type = type;
  const id = str(doc['id']);
  if (id !== undefined) result.id = id;
  const collection = type === 'Collection' ? id : str(doc['collection']);
  if (collection !== undefined) result.collection = collection;
  if (keepDoc) result.doc = doc;
  return result;
}

/**
 * The unit's document and its loader-rule findings: read by `JSON.parse` alone when those need no number's text
 * (the schemas never do), else by the exact parse; or why the text is not a document.
 */
function readUnit(
  unit: SourceDoc,
  options: LoaderRuleOptions,
): { doc: StacObject; problems: RawFinding[] } | Pick<Required<UnitResult>, 'unreadable'> {
  const quick = parseUnitQuickly(unit);
  const problems = quick === undefined ? undefined : quickLoaderRuleProblems(quick, options);
  if (quick !== undefined && problems !== undefined) return { doc: quick, problems };
  let doc: StacObject;
  try {
    doc = parseUnit(unit).doc;
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    return { unreadable: { message: err.message, location: err.location, ...(err.hint ? { hint: err.hint } : {}) } };
  }
  return { doc, problems: loaderRuleProblems(doc, options) };
}

/** A checked document's result (a block's documents: with its line, and its text when it must be looked at again). */
export interface Checked {
  result: UnitResult;
  line?: number;
  text?: string;
}

/**
 * The results of one unit's documents, in order: a document that passed every check with nothing to say is
 * four entries, its line, type, id and collection (no object per document to copy between threads); any other
 * is its {@link Checked}.
 */
export type CheckedUnit = Array<Checked | number | string | undefined>;

/**
 * A unit's results as a worker thread sends them (the main thread, checking a batch itself, makes the same): a
 * document's result; a block's documents' results, with their lines (and text, when asked about again).
 */
export function checkUnits(unit: SourceDoc, fast: (doc: StacObject) => boolean): CheckedUnit {
  if (unit.block === undefined) return [{ result: checkUnit(unit, fast, false) }];
  const out: CheckedUnit = [];
  for (const u of unitsOf(unit)) {
    const result = checkUnit(u, fast, false);
    const line = u.origin.line as number;
    if (result.fast && result.problems.length === 0) out.push(line, result.type, result.id, result.collection);
    else {
      const again = !result.fast && result.unreadable === undefined;
      out.push({ result, line, ...(again ? { text: u.text as string } : {}) } satisfies Checked);
    }
  }
  return out;
}
