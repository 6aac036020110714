import type { Finding, Origin, Severity, StacObject } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import { ITEM } from '../../compare/loader-model.js';
import { loadsPlainly } from '../../compare/loads-plainly.js';
import { loaderRefusals } from '../../compare/stored-form.js';
import { jsonPointer } from './pointer.js';
import { stringifyJson, withMembers } from '../../json.js';

/**
 * What the real StacLoader (eoapi-cdk, stac-pydantic, pypgstac, pgstac) would refuse, checked before
 * anything is published. The refusals come from the one model of the loader, src/compare/stored-form.ts
 * (what the catalog stores and why a document cannot be stored); the checks here are the ones around it:
 * the SNS size limit, the handler's S3-event routing, the placeholder SQL, and fields the loader drops.
 */

/** SNS's message size limit; the loader gets one STAC document per message. */
export const SNS_MAX_BYTES = 262_144;

/** The loader treats any message containing this text as an S3 event notification. */
export const S3_EVENT_MARKER = 'aws:s3';

export interface LoaderRuleOptions {
  /** The collection the source assigns to its items (manifest `collection`); a missing `collection` is then fine. */
  overrideCollection?: string;
  /**
   * The JSON text the document was parsed from (before `overrideCollection` was applied): when it settles the
   * size and "aws:s3" checks, the document is not serialized for them.
   */
  sourceText?: string;
}

/** A finding before it is placed: its JSON pointer inside the document, not yet its file and line. */
export interface RawFinding {
  severity: Severity;
  rule: string;
  message: string;
  pointer: string;
}

/** A raw finding at the place its document came from. */
export function locateFinding(f: RawFinding, origin: Origin): Finding {
  return { severity: f.severity, rule: f.rule, message: f.message, location: originToLocation(origin, f.pointer) };
}

export function checkLoaderRules(doc: StacObject, origin: Origin, options: LoaderRuleOptions = {}): Finding[] {
  return loaderRuleProblems(doc, options).map((f) => locateFinding(f, origin));
}

/** The loader rules' findings for one document, with pointers inside it (no origin needed: worker threads run this). */
export function loaderRuleProblems(doc: StacObject, options: LoaderRuleOptions = {}): RawFinding[] {
  const { findings, add } = collector();
  const isItem = doc['type'] === 'Feature';
  for (const e of loaderRefusals(sentForm(doc, options))) add('error', e.rule, e.pointer, e.message);
  if (isItem) checkItem(doc, options, add);
  if (!settledByText(options)) checkMessage(doc, add);
  return findings;
}

/**
 * {@link loaderRuleProblems} of a document read by `JSON.parse` alone (its numbers' text lost, see
 * parseUnitQuickly), when that is enough to know them: the loader surely takes the document as it is
 * (loadsPlainly) and its text settles the message checks. Undefined when the exact parse must decide.
 */
export function quickLoaderRuleProblems(doc: StacObject, options: LoaderRuleOptions): RawFinding[] | undefined {
  if (!settledByText(options) || !loadsPlainly(sentForm(doc, options))) return undefined;
  const { findings, add } = collector();
  if (doc['type'] === 'Feature') checkItem(doc, options, add);
  return findings;
}

function collector(): { findings: RawFinding[]; add: Add } {
  const findings: RawFinding[] = [];
  const add = (severity: Severity, rule: string, pointer: string, message: string): void => {
    findings.push({ severity, rule, message, pointer });
  };
  return { findings, add };
}

/** The document as it is sent: an item with the source's collection. */
function sentForm(doc: StacObject, options: LoaderRuleOptions): StacObject {
  return doc['type'] === 'Feature' && options.overrideCollection !== undefined
    ? withMembers(doc, { collection: options.overrideCollection })
    : doc;
}

/** Room for what `withCollection` adds to a document: `"collection"` and a `rel: collection` link. */
const OVERRIDE_ROOM = 256;

/**
 * Whether the document's source text shows it within the SNS limit and free of "aws:s3" however it is
 * serialized: `stringifyJson` of a parsed text is never longer than the text (no whitespace, escapes no longer
 * than the text's, numbers as written), and without a backslash every string is written as the text has it.
 * Not a text with a lone surrogate: it is written escaped (`\ud800`, 6 bytes where the text's UTF-8 has 3).
 */
function settledByText(options: LoaderRuleOptions): boolean {
  const { sourceText: text, overrideCollection: collection } = options;
  if (text === undefined || text.length > SNS_MAX_BYTES || text.includes('\\') || text.includes(S3_EVENT_MARKER))
    return false;
  if (!text.isWellFormed()) return false;
  let room = SNS_MAX_BYTES;
  if (collection !== undefined) {
    if (collection.includes(S3_EVENT_MARKER)) return false;
    room -= OVERRIDE_ROOM + 6 * collection.length;
  }
  // at most 3 UTF-8 bytes per UTF-16 code unit
  return text.length * 3 <= room || Buffer.byteLength(text, 'utf8') <= room;
}

/** The SNS message limit and the loader's S3-event routing, on the document as it is sent. */
function checkMessage(doc: StacObject, add: Add): void {
  const text = stringifyJson(doc);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > SNS_MAX_BYTES) {
    add(
      'error',
      'loader:size',
      '',
      `serialized JSON is ${bytes.toLocaleString('en-US')} bytes (${(bytes / 1024).toFixed(1)} ` +
        `KiB), over the SNS message limit of ${SNS_MAX_BYTES.toLocaleString('en-US')} bytes (256 ` +
        `KiB); make the document smaller (fewer/shorter assets, links or properties)`,
    );
  }
  if (text.includes(S3_EVENT_MARKER)) {
    const places = findText(doc, S3_EVENT_MARKER);
    for (const { pointer, inKey } of places.length > 0 ? places : [{ pointer: '', inKey: false }]) {
      add(
        'error',
        'loader:aws-s3',
        pointer,
        `the ${inKey ? 'key' : 'value'} contains "${S3_EVENT_MARKER}"; the loader routes any ` +
          `message containing that text to its S3-event path and fails ("no S3 event records!"); reword or remove it`,
      );
    }
  }
}

type Add = (severity: Severity, rule: string, pointer: string, message: string) => void;

function checkItem(doc: StacObject, options: LoaderRuleOptions, add: Add): void {
  for (const key of Object.keys(doc)) {
    if (!Object.hasOwn(ITEM.fields, key)) {
      add(
        'warning',
        'loader:unknown-field',
        jsonPointer(key),
        `top-level field ${JSON.stringify(key)} is not part of a STAC Item; the loader drops it ` +
          `(move it into \`properties\` to keep it)`,
      );
    }
  }
  const effective = options.overrideCollection ?? doc['collection'];
  if (typeof effective === 'string' && effective.includes("'")) {
    add(
      'warning',
      'loader:collection-quote',
      '/collection',
      `collection ${JSON.stringify(effective)} contains ' : with CREATE_COLLECTIONS_IF_MISSING set ` +
        `(as in MAAP) the loader puts the id into its SQL unquoted and the load fails for the whole ` +
        `collection group; use an id without '`,
    );
  }
}

/** JSON pointers of every key or string value that contains `needle`. */
export function findText(
  value: unknown,
  needle: string,
  at: (string | number)[] = [],
): { pointer: string; inKey: boolean }[] {
  if (typeof value === 'string') return value.includes(needle) ? [{ pointer: jsonPointer(...at), inKey: false }] : [];
  const found: { pointer: string; inKey: boolean }[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => found.push(...findText(v, needle, [...at, i])));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes(needle)) found.push({ pointer: jsonPointer(...at, k), inKey: true });
      found.push(...findText(v, needle, [...at, k]));
    }
  }
  return found;
}
