import { ConfigurationError } from '../errors.js';
import type { LoadedDoc, Origin, SourceDoc, StacObject } from '../model/stac.js';
import { parseJsonQuickly } from '../json.js';
import { parseJsonText } from './json-text.js';
import { withCollection } from './with-collection.js';
import { linesOf } from './lines.js';

const isObject = (v: unknown): v is StacObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why one line of an NDJSON file is not a document (the same words wherever the line is parsed). */
export function lineError(
  origin: Origin,
  problem: { kind: 'syntax'; message: string; column: number } | { kind: 'not-object' },
): ConfigurationError {
  const { file, line, entry } = origin;
  const at = { file, ...(line !== undefined ? { line } : {}), ...(entry !== undefined ? { entry } : {}) };
  const where = line !== undefined ? `${file}: line ${line}` : file;
  if (problem.kind === 'not-object')
    return new ConfigurationError(`${where} is not a JSON object`, { location: { ...at, column: 1 } });
  return new ConfigurationError(`${where} is not valid JSON: ${problem.message}`, {
    location: { ...at, column: problem.column },
    hint: 'NDJSON holds one complete JSON object per line',
  });
}

/** The parsed document of a unit, with the source's collection applied; a ConfigurationError when it is not one. */
export function parseUnit(unit: SourceDoc): LoadedDoc {
  if (unit.block !== undefined) throw new Error('a block of lines holds several documents: take unitsOf(it)');
  let doc = unit.doc;
  if (doc === undefined) {
    const parsed = parseJsonText(unit.text ?? '');
    if (!parsed.ok) throw lineError(unit.origin, { kind: 'syntax', message: parsed.message, column: parsed.column });
    if (!isObject(parsed.value)) throw lineError(unit.origin, { kind: 'not-object' });
    doc = parsed.value;
  }
  if (unit.collection !== undefined && doc['type'] === 'Feature') doc = withCollection(doc, unit.collection);
  return { doc, origin: unit.origin };
}

/**
 * {@link parseUnit} of a unit's text by `JSON.parse` alone (no number keeps its text, see parseJsonQuickly), for
 * checks that need none; undefined when the unit is no text of a JSON object (parseUnit then reads it, or says why).
 */
export function parseUnitQuickly(unit: SourceDoc): StacObject | undefined {
  if (unit.doc !== undefined || unit.text === undefined || unit.block !== undefined) return undefined;
  const value = parseJsonQuickly(unit.text);
  if (!isObject(value)) return undefined;
  return unit.collection !== undefined && value['type'] === 'Feature' ? withCollection(value, unit.collection) : value;
}

/** The documents of a unit, one at a time: a block's non-blank lines (each with its line), or the unit itself. */
export function* unitsOf(unit: SourceDoc): Generator<SourceDoc> {
  if (unit.block === undefined) {
    yield unit;
    return;
  }
  const { block, ...rest } = unit;
  for (const { text, line } of linesOf(block))
    if (text.trim() !== '') yield { ...rest, text, origin: { ...unit.origin, line } };
}

/** {@link unitsOf} over a stream of units. */
export async function* eachUnit(units: Iterable<SourceDoc> | AsyncIterable<SourceDoc>): AsyncGenerator<SourceDoc> {
  for await (const unit of units) yield* unitsOf(unit);
}
