import type { Finding, LoadedDoc } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import { describeError, formatLocation } from '../../errors.js';
import type { Logger } from '../../logging.js';
import { mapBounded } from '../../limit.js';
import { DuplicateTracker } from './duplicates.js';
import { checkLoaderRules } from './loader-rules.js';
import { comparePointers } from './pointer.js';
import type { SchemaResolver } from './schema-resolver.js';
import { createSchemaValidator, type SchemaValidator } from './schema-validator.js';

export interface ValidationReport {
  checked: { items: number; collections: number };
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
  const checked = { items: 0, collections: 0 };

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

  // the cheap checks run in input order as each document's schema validation starts
  const checkOne = async (d: LoadedDoc): Promise<void> => {
    if (d.doc['type'] === 'Feature') checked.items++;
    else if (d.doc['type'] === 'Collection') checked.collections++;
    const override = collectionFor(d);
    findings.push(...checkLoaderRules(d.doc, d.origin, override === undefined ? {} : { overrideCollection: override }));
    const dup = duplicates.add(d.doc, d.origin, override);
    if (dup !== undefined) findings.push(dup);
    findings.push(...(await schemaFindings(d)));
  };
  await mapBounded(docs, concurrency, checkOne);

  findings.sort(compareFindings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const ok = errors === 0 && (options.maxWarnings === undefined || warnings <= options.maxWarnings);
  logger.debug(
    `validated ${checked.items} item(s) and ${checked.collections} collection(s): ${errors} error(s), ${warnings} warning(s)`,
  );
  return { checked, findings, errors, warnings, ok };
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
