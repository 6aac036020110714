import { readFile } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { LoadedDoc, Origin, StacObject } from '../model/stac.js';
import { ConfigurationError, type SourceLocation } from '../errors.js';
import { parseJsonText, stripBom } from './json-text.js';
import { readLines } from './lines.js';

export const ITEM_FILE_EXTENSIONS = ['.json', '.geojson', '.ndjson', '.jsonl'] as const;

const isObject = (v: unknown): v is StacObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A path as shown to the user: relative to baseDir with forward slashes, or absolute when outside it. */
export function displayPath(abs: string, baseDir: string): string {
  const rel = relative(baseDir, abs).split('\\').join('/');
  return rel === '' ? abs : rel;
}

function unreadable(file: string, entry: string, err: unknown): ConfigurationError {
  const code = (err as NodeJS.ErrnoException).code;
  return new ConfigurationError(
    `${file} cannot be read${code === 'ENOENT' ? ': not found' : `: ${code ?? String(err)}`}`,
    {
      location: { file, entry },
      cause: err,
    },
  );
}

/**
 * Read a JSON file and parse it, with syntax errors located at file:line:column.
 * `file` is the name used in errors.
 */
export async function readJsonFile(absPath: string, file: string, entry: string): Promise<unknown> {
  let text: string;
  try {
    text = stripBom(await readFile(absPath, 'utf8'));
  } catch (err) {
    throw unreadable(file, entry, err);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    throw new ConfigurationError(`${file} is not valid JSON: ${parsed.message}`, {
      location: { file, line: parsed.line, column: parsed.column, entry },
    });
  }
  return parsed.value;
}

/**
 * Items from files matched by globs (relative to baseDir): `.json`/`.geojson` hold one STAC object or a
 * FeatureCollection / ItemCollection (each feature becomes a doc at `/features/i`); `.ndjson`/`.jsonl` hold
 * one item per line. Files come in pattern order, sorted within a pattern, each file once.
 */
export async function readItemFiles(patterns: string[], baseDir: string, entry: string): Promise<LoadedDoc[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const matches = (
      await glob(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, expandDirectories: false })
    ).sort();
    if (matches.length === 0) {
      throw new ConfigurationError(`files pattern '${pattern}' matches no files`, {
        location: { entry },
        hint: 'patterns are relative to the manifest directory, e.g. `items/*.json` or `items/**/*.ndjson`',
      });
    }
    for (const m of matches) {
      const abs = resolve(m);
      if (!seen.has(abs)) {
        seen.add(abs);
        files.push(abs);
      }
    }
  }
  const docs: LoadedDoc[] = [];
  for (const abs of files) docs.push(...(await readItemFile(abs, baseDir, entry)));
  return docs;
}

/** The docs of one item file, chosen by its extension. */
export async function readItemFile(abs: string, baseDir: string, entry: string): Promise<LoadedDoc[]> {
  const file = displayPath(abs, baseDir);
  const ext = extname(abs).toLowerCase();
  if (ext === '.json' || ext === '.geojson') return readJsonItems(abs, file, entry);
  if (ext === '.ndjson' || ext === '.jsonl') return readNdjsonItems(abs, file, entry);
  throw new ConfigurationError(
    `${file}: files sources take ${ITEM_FILE_EXTENSIONS.join(', ')} files, not '${ext || 'no extension'}'`,
    {
      location: { file, entry },
      hint: 'narrow the glob, e.g. `items/*.json` instead of `items/*`',
    },
  );
}

async function readJsonItems(abs: string, file: string, entry: string): Promise<LoadedDoc[]> {
  const value = await readJsonFile(abs, file, entry);
  const at = (pointer: string): SourceLocation => ({ file, pointer, entry });
  if (!isObject(value)) {
    throw new ConfigurationError(
      `${file} holds ${Array.isArray(value) ? 'a JSON array' : `a JSON ${value === null ? 'null' : typeof value}`}, not a STAC object`,
      {
        location: at(''),
        hint: 'a .json file holds one STAC object or a FeatureCollection of items; use .ndjson for one item per line',
      },
    );
  }
  const origin = (extra: Partial<Origin> = {}): Origin => ({ file, absolutePath: abs, entry, ...extra });
  if (value['type'] !== 'FeatureCollection') return [{ doc: value, origin: origin() }];
  const features = value['features'];
  if (!Array.isArray(features)) {
    throw new ConfigurationError(`${file} is a FeatureCollection without a \`features\` list`, {
      location: at('/features'),
    });
  }
  return features.map((feature: unknown, i) => {
    if (!isObject(feature))
      throw new ConfigurationError(`${file}: features[${i}] is not a JSON object`, { location: at(`/features/${i}`) });
    return { doc: feature, origin: origin({ pointer: `/features/${i}` }) };
  });
}

async function readNdjsonItems(abs: string, file: string, entry: string): Promise<LoadedDoc[]> {
  const docs: LoadedDoc[] = [];
  try {
    for await (const { text, line } of readLines(abs)) {
      if (text.trim() === '') continue;
      const parsed = parseJsonText(text);
      if (!parsed.ok) {
        throw new ConfigurationError(`${file}: line ${line} is not valid JSON: ${parsed.message}`, {
          location: { file, line, column: parsed.column, entry },
          hint: 'NDJSON holds one complete JSON object per line',
        });
      }
      if (!isObject(parsed.value)) {
        throw new ConfigurationError(`${file}: line ${line} is not a JSON object`, {
          location: { file, line, column: 1, entry },
        });
      }
      docs.push({ doc: parsed.value, origin: { file, absolutePath: abs, line, entry } });
    }
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    throw unreadable(file, entry, err);
  }
  return docs;
}
