import path from 'node:path';
import { ConfigurationError, ConfigurationErrors } from '../../errors.js';
import { closest } from '../../manifest/messages.js';
import type { AssetRequest, AssetsSource, AssetsSourceEntry } from '../../manifest/schema.js';
import { displayPath, matchFiles, readJsonFile, type MatchCheck } from '../files.js';
import { locatePointers } from '../json-text.js';

/**
 * The STAC Generator's own request format, taken verbatim from payload files:
 *
 *     { "source": "manual", "provider": "acme", "collection": "<URL of collection.json>", "itemId": "optional",
 *       "assetPaths": ["s3://bucket/a.tif", ...], "metadataPaths": ["https://host/meta.json", ...] }
 *
 * Each file becomes one request of the source (item_id, asset_paths, metadata_paths); paths that are not URLs are
 * relative to the payload file. The payloads of one source name one provider and one collection, as the manifest
 * form does. Like the service, the tool fills only the extensions the metadata files name (every one it can when
 * they name none): `tool_extensions: named`.
 */

const FIELDS = ['source', 'provider', 'collection', 'itemId', 'assetPaths', 'metadataPaths'] as const;

interface Payload {
  /** As shown to the user (relative to the manifest). */
  file: string;
  provider: string;
  collection: string;
  request: AssetRequest;
}

interface Problem {
  pointer: string;
  message: string;
  hint?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v !== '';
const describe = (v: unknown) => (Array.isArray(v) ? 'a list' : v === null ? 'null' : JSON.stringify(v));

/** `value` (a URL, an absolute path or a path relative to the payload file) as the manifest-relative form. */
function rebase(value: string, payloadDir: string, baseDir: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || path.isAbsolute(value)) return value;
  return path.relative(baseDir, path.resolve(payloadDir, value)).split(path.sep).join('/');
}

function stringList(json: Record<string, unknown>, key: string, required: boolean, problems: Problem[]): string[] {
  const value = json[key];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || (required && value.length === 0)) {
    const what = value === undefined ? 'is missing' : `must be a non-empty list of paths, not ${describe(value)}`;
    problems.push({ pointer: `/${key}`, message: `\`${key}\` ${what}` });
    return [];
  }
  value.forEach((v: unknown, k) => {
    if (!nonEmpty(v)) problems.push({ pointer: `/${key}/${k}`, message: `${key}[${k}] is not a path: ${describe(v)}` });
  });
  return value.filter(nonEmpty);
}

/** The problems of one payload, and its fields when there are none. */
function checkPayload(json: unknown): { problems: Problem[]; fields?: Omit<Payload, 'file'> } {
  if (!isObject(json))
    return { problems: [{ pointer: '', message: `a payload is a JSON object, not ${describe(json)}` }] };
  const problems: Problem[] = [];
  for (const key of Object.keys(json)) {
    if ((FIELDS as readonly string[]).includes(key)) continue;
    const near = closest(key, FIELDS);
    problems.push({
      pointer: `/${key}`,
      message: `\`${key}\` is not a field of a STAC Generator payload${near ? ` (did you mean \`${near}\`?)` : ''}`,
      hint: `a payload holds ${FIELDS.map((f) => `\`${f}\``).join(', ')}`,
    });
  }
  for (const key of ['provider', 'collection'] as const)
    if (!nonEmpty(json[key]))
      problems.push({
        pointer: `/${key}`,
        message: `\`${key}\` must be a non-empty string, not ${describe(json[key])}`,
      });
  for (const key of ['source', 'itemId'] as const)
    if (json[key] !== undefined && !nonEmpty(json[key]))
      problems.push({
        pointer: `/${key}`,
        message: `\`${key}\` must be a non-empty string, not ${describe(json[key])}`,
      });
  const assetPaths = stringList(json, 'assetPaths', true, problems);
  const metadataPaths = stringList(json, 'metadataPaths', false, problems);
  if (problems.length > 0) return { problems };
  const itemId = json['itemId'];
  const request: AssetRequest = {
    asset_paths: assetPaths,
    metadata_paths: metadataPaths,
    ...(nonEmpty(itemId) ? { item_id: itemId } : {}),
  };
  return {
    problems,
    fields: { provider: json['provider'] as string, collection: json['collection'] as string, request },
  };
}

/** Located errors for a payload file's problems (the line of each pointer read from the file). */
async function locatedErrors(abs: string, file: string, entry: string, problems: Problem[]) {
  const lines = await locatePointers(
    abs,
    problems.map((p) => p.pointer),
  );
  return problems.map((p) => {
    const line = lines.get(p.pointer);
    return new ConfigurationError(`payload ${file}: ${p.message}`, {
      location: { file, pointer: p.pointer, entry, ...(line !== undefined ? { line } : {}) },
      ...(p.hint !== undefined ? { hint: p.hint } : {}),
    });
  });
}

async function readPayload(abs: string, baseDir: string, entry: string): Promise<Payload | ConfigurationError[]> {
  const file = displayPath(abs, baseDir);
  const { problems, fields } = checkPayload(await readJsonFile(abs, file, entry));
  if (fields === undefined) return locatedErrors(abs, file, entry, problems);
  const dir = path.dirname(abs);
  const at = (p: string) => rebase(p, dir, baseDir);
  const { request } = fields;
  return {
    file,
    provider: fields.provider,
    collection: at(fields.collection),
    request: { ...request, asset_paths: request.asset_paths.map(at), metadata_paths: request.metadata_paths.map(at) },
  };
}

/** A payload naming another provider or collection than the source's first payload. */
async function mismatches(payloads: Payload[], baseDir: string, entry: string): Promise<ConfigurationError[]> {
  const [first] = payloads;
  const errors: ConfigurationError[] = [];
  for (const p of payloads.slice(1)) {
    for (const key of ['provider', 'collection'] as const) {
      if (first === undefined || p[key] === first[key]) continue;
      const problem: Problem = {
        pointer: `/${key}`,
        message: `names ${key} '${p[key]}', but ${first.file} (the source's first payload) names '${first[key]}'`,
        hint: `the payloads of one assets source share their ${key}: give each ${key} its own source and glob`,
      };
      errors.push(...(await locatedErrors(path.resolve(baseDir, p.file), p.file, entry, [problem])));
    }
  }
  return errors;
}

/**
 * The request shape of an `assets` source: its own `provider`/`collection`/`requests`, or its payload files read
 * and mapped (every bad payload is a located error: file, line and JSON pointer; all are thrown together). `check`
 * refuses a matched payload file (workspace containment).
 */
export async function assetsSourceOf(
  entry: AssetsSourceEntry,
  baseDir: string,
  label: string,
  check?: MatchCheck,
): Promise<AssetsSource> {
  const common = { tool: entry.tool, env: entry.env };
  if (entry.payloads === undefined) {
    return {
      ...common,
      provider: entry.provider!,
      collection: entry.collection!,
      requests: entry.requests!,
      tool_extensions: entry.tool_extensions ?? 'all',
    };
  }
  const patterns = typeof entry.payloads === 'string' ? [entry.payloads] : entry.payloads;
  const files = await matchFiles(patterns, baseDir, label, check, {
    setting: 'payloads',
    example: '`requests/*.json`',
  });
  const payloads: Payload[] = [];
  const errors: ConfigurationError[] = [];
  for (const abs of files) {
    try {
      const read = await readPayload(abs, baseDir, label);
      if (Array.isArray(read)) errors.push(...read);
      else payloads.push(read);
    } catch (err) {
      if (!(err instanceof ConfigurationError)) throw err;
      errors.push(err); // not JSON, unreadable, too large
    }
  }
  errors.push(...(await mismatches(payloads, baseDir, label)));
  const first = payloads[0];
  if (errors.length > 0 || first === undefined) throw new ConfigurationErrors(errors);
  return {
    ...common,
    provider: first.provider,
    collection: first.collection,
    requests: payloads.map((p) => p.request),
    tool_extensions: entry.tool_extensions ?? 'named',
    payloadFiles: payloads.map((p) => p.file),
  };
}
