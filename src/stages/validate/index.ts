import type { Finding, Origin, SourceDoc, StacObject } from '../../model/stac.js';
import { describeCounts, type CollectionTally, type DocCounts } from '../../model/result.js';
import { originToLocation } from '../../model/stac.js';
import { reportCollection } from '../../model/keys.js';
import { ConfigurationError, describeError, formatLocation } from '../../errors.js';
import type { Logger } from '../../logging.js';
import { DuplicateTracker } from './duplicates.js';
import { locateFinding } from './loader-rules.js';
import { comparePointers } from './pointer.js';
import type { SchemaResolver } from './schema-resolver.js';
import { locatePointers } from '../../sources/json-text.js';
import { parseUnit, unitsOf } from '../../sources/units.js';
import { checkUnit, checkUnits, type Checked, type CheckedUnit, type UnitResult } from './check-unit.js';
import { defaultThreadCount, ValidationThreads } from './threads.js';
import { blockMemoryOf, giveBackBlockMemory } from '../../sources/block-memory.js';
import { createSchemaValidator, type SchemaValidator } from './schema-validator.js';
import { shapeKey, type FastShape } from './shape.js';

export const FIRST_ERRORS = 5;

export interface ValidationReport {
  /** Worker threads that checked documents (0: all on the main thread). */
  threads: number;
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
  /** More warnings than this make the report not ok. */
  maxWarnings?: number;
  logger?: Logger;
  /**
   * Worker threads checking documents beside the main thread (default: one per core but one, started once
   * {@link THREADS_AFTER} documents came in as text; 0: the main thread alone). Findings are the same either way.
   */
  threads?: number;
  /**
   * Worker threads the caller started (and closes), used whatever the input's size: documents go to them from
   * the first whose shape they learnt (or after THREADS_EARLY_AFTER documents).
   */
  started?: ValidationThreads;
  /** A document that is not JSON: reported here, and its file's later documents are skipped (as when reading). */
  onUnreadable?: (err: ConfigurationError) => void;
}

/** Give a ready validator (shared across runs), or a resolver to build one for this run. */
export type ValidateOptions = CommonValidateOptions & ({ validator: SchemaValidator } | { resolver: SchemaResolver });

/** Documents read before worker threads start (a small run is done before they would be ready). */
export const THREADS_AFTER = 2000;
/**
 * Sooner, after THREADS_EARLY_AFTER documents (whose shapes the workers then learn), when a block of lines comes
 * from a file with this much still to read: thousands of documents, worth the threads' start at once.
 */
export const THREADS_EARLY_BYTES = 16 << 20;
const THREADS_EARLY_AFTER = 100;
const BATCH_UNITS = 256;
/** Batches (a block of lines each, when read from NDJSON) waiting for their results to be taken, per thread. */
const QUEUED_PER_THREAD = 3;

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
 * Documents stream through: parsed (from text) and checked in worker threads for large inputs, their
 * results taken in input order, so findings and counts never depend on the threads.
 */
export async function validateDocuments(
  units: Iterable<SourceDoc> | AsyncIterable<SourceDoc>,
  options: ValidateOptions,
): Promise<ValidationReport> {
  const logger = options.logger ?? silentLogger;
  const validator =
    'validator' in options ? options.validator : createSchemaValidator({ resolver: options.resolver, logger });
  const tally = new Tally(validator, options.onUnreadable);
  const passes = (doc: StacObject): boolean => validator.passes(doc);
  const onMain = (unit: SourceDoc): UnitResult => checkUnit(unit, passes, true);
  // with workers, the main thread reads, hands out batches and takes the results in input order
  const workers = options.threads ?? defaultThreadCount();
  let threads = options.started;
  if (threads !== undefined) tally.adopt(threads);
  let used = false;
  /** Whether documents go to the worker threads (once they know a shape: else the main thread does it twice). */
  const handOff = (): boolean => threads !== undefined && (tally.learnt || seen >= THREADS_EARLY_AFTER);
  const queue: Promise<Array<[SourceDoc, UnitResult]>>[] = [];
  let batch: SourceDoc[] = [];
  let seen = 0;
  const flush = (): void => {
    if (batch.length === 0 || threads === undefined) return;
    const sent = batch;
    batch = [];
    // the main thread checks a batch itself, as a worker would, while every worker has its next one waiting
    if (!threads.wantsWork()) {
      const checked = sent.map((u) => checkUnits(u, passes));
      queue.push(Promise.resolve(pairUp(sent, checked)));
      for (const memory of blockMemoryOf(sent)) giveBackBlockMemory(memory);
      return;
    }
    queue.push(threads.check(sent).then((checked) => pairUp(sent, checked)));
    used = true;
  };
  const takeHead = async (): Promise<void> => {
    for (const [unit, result] of await (queue.shift() as (typeof queue)[number])) await tally.take(unit, result);
  };
  const one = async (unit: SourceDoc, bigInput = false): Promise<void> => {
    seen++;
    if (threads === undefined && workers > 0 && (seen === THREADS_AFTER || (bigInput && seen >= THREADS_EARLY_AFTER)))
      threads = tally.startThreads(workers);
    if (handOff() && (unit.text !== undefined || unit.block !== undefined)) {
      batch.push(unit);
      if (batch.length >= BATCH_UNITS || unit.block !== undefined) flush();
    } else {
      flush();
      if (queue.length === 0) await tally.take(unit, onMain(unit));
      else queue.push(Promise.resolve([[unit, onMain(unit)]]));
    }
    while (queue.length > ((threads?.size ?? 0) + 1) * QUEUED_PER_THREAD) await takeHead();
  };
  try {
    for await (const unit of units) {
      // a block of lines goes whole to a worker; before the workers start, line by line
      const { block } = unit;
      if (block === undefined || handOff()) await one(unit);
      else {
        const big = block.fileBytes !== undefined && block.fileBytes - block.offset >= THREADS_EARLY_BYTES;
        for (const u of unitsOf(unit)) await one(u, big);
      }
    }
    flush();
    while (queue.length > 0) await takeHead();
    return { threads: used ? (threads?.size ?? 0) : 0, ...(await tally.report(options.maxWarnings, logger)) };
  } finally {
    tally.close();
    if (threads !== options.started) await threads?.close();
  }
}

/** The documents a batch held (a block's lines rebuilt from their numbers), each with its result. */
function pairUp(sent: SourceDoc[], checked: CheckedUnit[]): Array<[SourceDoc, UnitResult]> {
  const out: Array<[SourceDoc, UnitResult]> = [];
  sent.forEach((unit, i) => {
    const { block, ...rest } = unit;
    const results = checked[i] ?? [];
    for (let k = 0; k < results.length;) {
      const c = unpack(results, k);
      k = c.next;
      if (block === undefined) out.push([unit, c.result]);
      else {
        const text = c.text !== undefined ? { text: c.text } : {};
        out.push([{ ...rest, origin: { ...unit.origin, line: c.line as number }, ...text }, c.result]);
      }
    }
  });
  return out;
}

/** The result at `results[k]` (see {@link CheckedUnit}), and where the next one starts. */
function unpack(results: CheckedUnit, k: number): Checked & { next: number } {
  const entry = results[k];
  if (typeof entry === 'object') return { ...entry, next: k + 1 };
  const [type, id, collection] = [results[k + 1], results[k + 2], results[k + 3]];
  const result: UnitResult = { problems: [], fast: true };
  if (typeof type === 'string') result.type = type;
  if (typeof id === 'string') result.id = id;
  if (typeof collection === 'string') result.collection = collection;
  return { result, line: entry as number, next: k + 4 };
}

/** Per-document bookkeeping while its findings come in. */
interface DocState {
  kind: keyof DocCounts;
  tally: CollectionTally | undefined;
  invalid: boolean;
}

/** What validation learns, document by document, in input order. */
class Tally {
  private readonly duplicates = new DuplicateTracker();
  private readonly findings: Finding[] = [];
  private readonly checked: DocCounts = { items: 0, collections: 0, other: 0 };
  private readonly invalid: DocCounts = { items: 0, collections: 0, other: 0 };
  private readonly tallies = new Map<string, CollectionTally>();
  private readonly errorCollection = new Map<Finding, CollectionTally>();
  /** Findings in JSON files (not NDJSON lines): they get the line of their pointer once everything is read. */
  private readonly toLocate = new Map<string, Finding[]>();
  /** Files whose reading stopped at a document that is not JSON. */
  private readonly stopped = new Set<string>();
  /** The fast checks known, by shape, for worker threads. */
  private readonly shapes = new Map<string, FastShape | undefined>();
  private threads: ValidationThreads | undefined;
  /** Whether a shape's fast check is known (worker threads then check documents of it). */
  learnt = false;

  constructor(
    private readonly validator: SchemaValidator,
    private readonly onUnreadable: ((err: ConfigurationError) => void) | undefined,
  ) {}

  close(): void {
    this.duplicates.close();
  }

  startThreads(count: number): ValidationThreads {
    return this.adopt(new ValidationThreads(count));
  }

  adopt(threads: ValidationThreads): ValidationThreads {
    this.threads = threads;
    for (const shape of this.shapes.values()) if (shape) threads.learn(shape);
    return threads;
  }

  async take(unit: SourceDoc, r: UnitResult): Promise<void> {
    const { origin } = unit;
    if (this.stopped.has(origin.file)) return;
    if (r.unreadable) {
      this.stopped.add(origin.file);
      const { message, location, hint } = r.unreadable;
      this.onUnreadable?.(
        new ConfigurationError(message, { ...(location ? { location } : {}), ...(hint ? { hint } : {}) }),
      );
      return;
    }
    const state = this.count(r);
    this.keep(
      unit,
      state,
      r.problems.map((p) => locateFinding(p, origin)),
    );
    const dup = this.duplicates.addIdentity({ type: r.type, id: r.id, collection: r.collection }, origin);
    if (dup !== undefined) this.keep(unit, state, [dup]);
    if (r.fast && r.doc === undefined) return;
    const doc = r.doc ?? parseUnit(unit).doc;
    if (!r.fast) this.keep(unit, state, await this.schemaFindings(doc, origin));
    const key = shapeKey(doc);
    if (key !== undefined && !this.shapes.has(key)) {
      this.shapes.set(key, undefined);
      const shape = await this.validator.fastShape(doc);
      this.shapes.set(key, shape);
      if (shape) {
        this.threads?.learn(shape);
        this.learnt = true;
      }
    }
  }

  private async schemaFindings(doc: StacObject, origin: Origin): Promise<Finding[]> {
    try {
      return await this.validator.validate(doc, origin);
    } catch (err) {
      const message = `schema validation could not run: ${describeError(err)}`;
      return [{ severity: 'error', rule: 'schema:unavailable', message, location: originToLocation(origin, '') }];
    }
  }

  private count(r: UnitResult): DocState {
    const kind = r.type === 'Feature' ? 'items' : r.type === 'Collection' ? 'collections' : 'other';
    this.checked[kind]++;
    const id = reportCollection(r.type, r.collection);
    if (id === undefined) return { kind, tally: undefined, invalid: false };
    let tally = this.tallies.get(id);
    if (tally === undefined) {
      tally = { id, items: 0, invalidItems: 0, collections: 0, invalidCollections: 0, firstErrors: [] };
      this.tallies.set(id, tally);
    }
    if (kind === 'items') tally.items++;
    else tally.collections++;
    return { kind, tally, invalid: false };
  }

  private keep(unit: SourceDoc, state: DocState, found: Finding[]): void {
    for (const f of found) {
      this.findings.push(f);
      if (f.severity !== 'error') continue;
      if (state.tally) this.errorCollection.set(f, state.tally);
      if (state.invalid) continue;
      state.invalid = true;
      this.invalid[state.kind]++;
      if (state.tally && state.kind === 'items') state.tally.invalidItems++;
      if (state.tally && state.kind === 'collections') state.tally.invalidCollections++;
    }
    const file = unit.origin.absolutePath;
    if (found.length === 0 || file === undefined || unit.origin.line !== undefined) return;
    let list = this.toLocate.get(file);
    if (list === undefined) this.toLocate.set(file, (list = []));
    for (const f of found) list.push(f);
  }

  async report(maxWarnings: number | undefined, logger: Logger): Promise<Omit<ValidationReport, 'threads'>> {
    await locateFindings(this.toLocate);
    const findings = this.findings.sort(compareFindings);
    for (const f of findings) {
      const tally = this.errorCollection.get(f);
      if (tally && tally.firstErrors.length < FIRST_ERRORS) tally.firstErrors.push(f);
    }
    const byCollection = [...this.tallies.values()].sort((a, b) => compareText(a.id, b.id));
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    const ok = errors === 0 && (maxWarnings === undefined || warnings <= maxWarnings);
    logger.debug(`validated ${describeCounts(this.checked)}: ${errors} error(s), ${warnings} warning(s)`);
    return { checked: this.checked, invalid: this.invalid, byCollection, findings, errors, warnings, ok };
  }
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
