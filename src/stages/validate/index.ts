import type { Finding, LoadedDoc } from '../../model/stac.js';
import { describeCounts, type CollectionTally, type DocCounts } from '../../model/result.js';
import { originToLocation } from '../../model/stac.js';
import { reportCollectionOf } from '../../model/keys.js';
import { describeError, formatLocation } from '../../errors.js';
import type { Logger } from '../../logging.js';
import { mapBounded } from '../../limit.js';
import { DuplicateTracker } from './duplicates.js';
import { checkLoaderRules } from './loader-rules.js';
import { comparePointers } from './pointer.js';
import type { SchemaResolver } from './schema-resolver.js';
import { locatePointers } from '../../sources/json-text.js';
import { createSchemaValidator, type SchemaValidator } from './schema-validator.js';

export const FIRST_ERRORS = 5;

export interface ValidationReport {
  checked: DocCounts;
  /** Documents with at least one error. */
  invalid: DocCounts;
  /** Per collection (items by their collection, collections by their id), sorted by id. */
  byCollection: CollectionTally[];
  /** Sorted by file, line, manifest entry, then JSON pointer. */
  findings: Finding[];
  errors: number;
  warnings: number;
  /** False when there is any error, or more warnings than `maxWarnings`. */
  ok: boolean;
}

interface CommonValidateOptions {
  /** The collection a source assigns to its items, per document; an item without `collection` is then fine. */
  overrideCollection?: string | ((doc: LoadedDoc) => string | undefined);
  /** More warnings than this make the report not ok. */
  maxWarnings?: number;
  /** Documents validated at once (default 16). */
  concurrency?: number;
  logger?: Logger;
}

/** Give a ready validator (shared across runs), or a resolver to build one for this run. */
export type ValidateOptions = CommonValidateOptions & ({ validator: SchemaValidator } | { resolver: SchemaResolver });

const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_name, fn) => fn(),
  setSecret: () => undefined,
};

/**
 * Validates every document: JSON Schema (STAC core + extensions), the loader's own rules, and
 * duplicate ids across all documents. Never throws for a bad document; every problem is a finding.
 */
export async function validateDocuments(
  docs: Iterable<LoadedDoc> | AsyncIterable<LoadedDoc>,
  options: ValidateOptions,
): Promise<ValidationReport> {
  const logger = options.logger ?? silentLogger;
  const validator =
    'validator' in options ? options.validator : createSchemaValidator({ resolver: options.resolver, logger });
  const concurrency = Math.max(1, options.concurrency ?? 16);
  const duplicates = new DuplicateTracker();
  const findings: Finding[] = [];
  const checked: DocCounts = { items: 0, collections: 0, other: 0 };
  const invalid: DocCounts = { items: 0, collections: 0, other: 0 };
  const tallies = new Map<string, CollectionTally>();
  const errorCollection = new Map<Finding, CollectionTally>();

  const collectionFor = (d: LoadedDoc): string | undefined =>
    typeof options.overrideCollection === 'function' ? options.overrideCollection(d) : options.overrideCollection;

  async function schemaFindings(d: LoadedDoc): Promise<Finding[]> {
    try {
      return await validator.validate(d.doc, d.origin);
    } catch (err) {
      return [
        {
          severity: 'error',
          rule: 'schema:unavailable',
          message: `schema validation could not run: ${describeError(err)}`,
          location: originToLocation(d.origin, ''),
        },
      ];
    }
  }

  // findings in JSON files (not NDJSON lines) get the line of their pointer once everything is read
  const toLocate = new Map<string, Finding[]>();
  const keep = (d: LoadedDoc, state: DocState, found: Finding[]): void => {
    for (const f of found) {
      findings.push(f);
      if (f.severity !== 'error') continue;
      if (state.tally) errorCollection.set(f, state.tally);
      if (state.invalid) continue;
      state.invalid = true;
      invalid[state.kind]++;
      if (state.tally && state.kind === 'items') state.tally.invalidItems++;
      if (state.tally && state.kind === 'collections') state.tally.invalidCollections++;
    }
    const file = d.origin.absolutePath;
    if (found.length === 0 || file === undefined || d.origin.line !== undefined) return;
    let list = toLocate.get(file);
    if (list === undefined) toLocate.set(file, (list = []));
    for (const f of found) list.push(f);
  };

  // the cheap checks run in input order as each document's schema validation starts
  const checkOne = async (d: LoadedDoc): Promise<void> => {
    const override = collectionFor(d);
    const state = countDoc(d, override, checked, tallies);
    keep(d, state, checkLoaderRules(d.doc, d.origin, override === undefined ? {} : { overrideCollection: override }));
    const dup = duplicates.add(d.doc, d.origin, override);
    if (dup !== undefined) keep(d, state, [dup]);
    keep(d, state, await schemaFindings(d));
  };
  await mapBounded(docs, concurrency, checkOne);
  await locateFindings(toLocate);

  findings.sort(compareFindings);
  for (const f of findings) {
    const tally = errorCollection.get(f);
    if (tally && tally.firstErrors.length < FIRST_ERRORS) tally.firstErrors.push(f);
  }
  const byCollection = [...tallies.values()].sort((a, b) => compareText(a.id, b.id));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const ok = errors === 0 && (options.maxWarnings === undefined || warnings <= options.maxWarnings);
  logger.debug(`validated ${describeCounts(checked)}: ${errors} error(s), ${warnings} warning(s)`);
  return { checked, invalid, byCollection, findings, errors, warnings, ok };
}

/** Per-document bookkeeping while its findings come in. */
interface DocState {
  kind: keyof DocCounts;
  tally: CollectionTally | undefined;
  invalid: boolean;
}

function countDoc(
  d: LoadedDoc,
  override: string | undefined,
  checked: DocCounts,
  tallies: Map<string, CollectionTally>,
): DocState {
  const type = d.doc['type'];
  const kind = type === 'Feature' ? 'items' : type === 'Collection' ? 'collections' : 'other';
  checked[kind]++;
  const id = reportCollectionOf(d.doc, override);
  if (id === undefined) return { kind, tally: undefined, invalid: false };
  let tally = tallies.get(id);
  if (tally === undefined) {
    tally = { id, items: 0, invalidItems: 0, collections: 0, invalidCollections: 0, firstErrors: [] };
    tallies.set(id, tally);
  }
  if (kind === 'items') tally.items++;
  else tally.collections++;
  return { kind, tally, invalid: false };
}

/** Sets the line of each finding from where its JSON pointer is in its file (one pass per file). */
async function locateFindings(byFile: Map<string, Finding[]>): Promise<void> {
  for (const [file, found] of byFile) {
    const lines = await locatePointers(
      file,
      found.map((f) => f.location.pointer ?? ''),
    );
    for (const f of found) {
      const line = lines.get(f.location.pointer ?? '');
      if (line !== undefined) f.location.line = line;
    }
  }
}

function compareText(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** By file, line, manifest entry, JSON pointer, then rule and message: stable across runs. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    compareText(a.location.entry, b.location.entry) ||
    comparePointers(a.location.pointer ?? '', b.location.pointer ?? '') ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

/** `items/a.json:1 at /properties/datetime: loader:timezone: datetime '...' has no timezone; ...` */
export function formatFinding(f: Finding): string {
  const where = formatLocation(f.location);
  return `${where === '' ? '' : where + ': '}${f.rule}: ${f.message}`;
}
