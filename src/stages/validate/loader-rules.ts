import type { Finding, Origin, Severity, StacObject } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import { jsonPointer } from './pointer.js';

/**
 * What the real StacLoader (eoapi-cdk, stac-pydantic 3.5, pgstac) would reject or silently change,
 * checked before anything is published. See protocol.md §1.2-1.3.
 */

/** SNS's message size limit; the loader gets one STAC document per message. */
export const SNS_MAX_BYTES = 262_144;

/** The loader treats any message containing this text as an S3 event notification. */
export const S3_EVENT_MARKER = 'aws:s3';

/** Top-level Item fields stac-pydantic's `Item` keeps; anything else is dropped on load. */
export const ITEM_FIELDS: ReadonlySet<string> = new Set([
  'type',
  'stac_version',
  'stac_extensions',
  'id',
  'geometry',
  'bbox',
  'properties',
  'links',
  'assets',
  'collection',
]);

const DATETIME_FIELDS = ['datetime', 'start_datetime', 'end_datetime', 'created', 'updated'] as const;

/** What pydantic parses as a datetime: a date, optionally a time, optionally a zone. */
const DATETIME = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?<zone>[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

export interface LoaderRuleOptions {
  /** The collection the source assigns to its items (manifest `collection`); a missing `collection` is then fine. */
  overrideCollection?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isSchemaUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.host !== '';
  } catch {
    return false;
  }
}

export function checkLoaderRules(doc: StacObject, origin: Origin, options: LoaderRuleOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const add = (severity: Severity, rule: string, pointer: string, message: string): void => {
    findings.push({ severity, rule, message, location: originToLocation(origin, pointer) });
  };

  const type = doc['type'];
  if (type === undefined) {
    add(
      'error',
      'loader:type',
      '',
      'missing `type`; the loader dispatches on it and fails without it (use "Feature" for items, "Collection" for collections)',
    );
  } else if (type !== 'Feature' && type !== 'Collection') {
    add(
      'error',
      'loader:type',
      '/type',
      `type ${JSON.stringify(type)} cannot be loaded; the loader accepts only "Feature" (items) and "Collection" (collections)`,
    );
  }

  const id = doc['id'];
  if (typeof id !== 'string' || id.trim() === '') {
    add(
      'error',
      'loader:id',
      '/id',
      id === undefined ? 'missing `id`' : `id must be a non-empty string (got ${JSON.stringify(id)})`,
    );
  }

  const extensions = doc['stac_extensions'];
  if (extensions !== undefined) {
    if (!Array.isArray(extensions)) {
      add('error', 'loader:extension-url', '/stac_extensions', 'stac_extensions must be a list of schema URLs');
    } else {
      extensions.forEach((ext, i) => {
        if (!isSchemaUrl(ext)) {
          add(
            'error',
            'loader:extension-url',
            jsonPointer('stac_extensions', i),
            `stac_extensions entry ${JSON.stringify(ext)} is not a URL; use the extension's schema URL, e.g. https://stac-extensions.github.io/eo/v1.1.0/schema.json`,
          );
        }
      });
    }
  }

  if (type === 'Feature') checkItem(doc, options, add);
  if (type === 'Collection') checkCollection(doc, add);

  const text = JSON.stringify(doc);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > SNS_MAX_BYTES) {
    add(
      'error',
      'loader:size',
      '',
      `serialized JSON is ${bytes.toLocaleString('en-US')} bytes (${(bytes / 1024).toFixed(1)} KiB), over the SNS message limit of ${SNS_MAX_BYTES.toLocaleString('en-US')} bytes (256 KiB); make the document smaller (fewer/shorter assets, links or properties)`,
    );
  }
  if (text.includes(S3_EVENT_MARKER)) {
    const places = findText(doc, S3_EVENT_MARKER);
    for (const { pointer, inKey } of places.length > 0 ? places : [{ pointer: '', inKey: false }]) {
      add(
        'error',
        'loader:aws-s3',
        pointer,
        `the ${inKey ? 'key' : 'value'} contains "${S3_EVENT_MARKER}"; the loader routes any message containing that text to its S3-event path and fails ("no S3 event records!"); reword or remove it`,
      );
    }
  }
  return findings;
}

type Add = (severity: Severity, rule: string, pointer: string, message: string) => void;

function checkItem(doc: StacObject, options: LoaderRuleOptions, add: Add): void {
  for (const key of Object.keys(doc)) {
    if (!ITEM_FIELDS.has(key)) {
      add(
        'warning',
        'loader:unknown-field',
        jsonPointer(key),
        `top-level field ${JSON.stringify(key)} is not part of a STAC Item; the loader drops it (move it into \`properties\` to keep it)`,
      );
    }
  }

  const collection = doc['collection'];
  if (options.overrideCollection === undefined && (typeof collection !== 'string' || collection === '')) {
    add(
      'error',
      'loader:collection',
      '/collection',
      collection === undefined
        ? 'item has no `collection`; the loader needs it to know where to write the item (set it, or give the source a `collection` in the manifest)'
        : `collection must be a non-empty string (got ${JSON.stringify(collection)})`,
    );
  }
  const effective = options.overrideCollection ?? collection;
  if (typeof effective === 'string' && effective.includes("'")) {
    add(
      'warning',
      'loader:collection-quote',
      '/collection',
      `collection ${JSON.stringify(effective)} contains ' : with CREATE_COLLECTIONS_IF_MISSING set (as in MAAP) the loader puts the id into its SQL unquoted and the load fails for the whole collection group; use an id without '`,
    );
  }

  const geometry = doc['geometry'];
  if (geometry === null) {
    add(
      'error',
      'loader:null-geometry',
      '/geometry',
      'geometry is null; pgstac stores items with a NOT NULL geometry, so the load fails (and takes the rest of the batch for this collection with it); give the item a geometry',
    );
  } else if (geometry !== undefined && doc['bbox'] === undefined) {
    add('error', 'loader:bbox', '/bbox', 'bbox is required when geometry is set; add the bounding box of the geometry');
  }

  const properties = doc['properties'];
  if (!isObject(properties)) return;
  if (!('datetime' in properties)) {
    add(
      'error',
      'loader:datetime',
      '/properties/datetime',
      'properties.datetime is missing; give a datetime, or null together with start_datetime and end_datetime',
    );
  }
  const hasStart = properties['start_datetime'] != null;
  const hasEnd = properties['end_datetime'] != null;
  if (properties['datetime'] === null && !hasStart && !hasEnd) {
    add(
      'error',
      'loader:datetime',
      '/properties/datetime',
      'datetime is null, so both start_datetime and end_datetime are required',
    );
  } else if (hasStart !== hasEnd) {
    const missing = hasStart ? 'end_datetime' : 'start_datetime';
    add(
      'error',
      'loader:datetime',
      jsonPointer('properties', missing),
      `${hasStart ? 'start_datetime' : 'end_datetime'} is set without ${missing}; give both or neither`,
    );
  }
  checkDatetimeFields(properties, ['properties'], add);

  const assets = doc['assets'];
  if (isObject(assets)) {
    for (const [key, asset] of Object.entries(assets)) {
      if (isObject(asset)) checkDatetimeFields(asset, ['assets', key], add);
    }
  }
}

function checkCollection(doc: StacObject, add: Add): void {
  const extent = doc['extent'];
  const temporal = isObject(extent) ? extent['temporal'] : undefined;
  const intervals = isObject(temporal) ? temporal['interval'] : undefined;
  if (!Array.isArray(intervals)) return;
  intervals.forEach((interval, i) => {
    if (!Array.isArray(interval)) return;
    interval.forEach((value, j) => {
      checkDatetime(
        value,
        `interval ${j === 0 ? 'start' : 'end'}`,
        jsonPointer('extent', 'temporal', 'interval', i, j),
        add,
      );
    });
  });
}

function checkDatetimeFields(holder: Record<string, unknown>, at: string[], add: Add): void {
  for (const field of DATETIME_FIELDS) {
    checkDatetime(holder[field], field, jsonPointer(...at, field), add);
  }
}

function checkDatetime(value: unknown, name: string, pointer: string, add: Add): void {
  if (typeof value !== 'string') return;
  const match = DATETIME.exec(value);
  if (match === null) {
    add(
      'error',
      'loader:datetime',
      pointer,
      `${name} '${value}' is not an RFC 3339 datetime like 2020-01-01T00:00:00Z`,
    );
  } else if (match.groups?.['zone'] === undefined) {
    add('error', 'loader:timezone', pointer, `${name} '${value}' has no timezone; add 'Z' or an offset`);
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
