import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ConfigurationError } from '../errors.js';
import { decodeUtf8 } from '../utf8.js';
import { parseJsonText } from './json-text.js';
import { readLines } from './lines.js';

/** One row of a rows file: its values (all strings), the line it starts on, and its 1-based index among the rows. */
export interface Row {
  values: Record<string, string>;
  line: number;
  index: number;
}

/**
 * Read a CSV (with a header row) or JSONL file of rows; `.csv`, `.jsonl` or `.ndjson` decides the format.
 * `displayPath` names the file in errors. Errors are ConfigurationErrors located at file:line.
 */
export async function readRows(absPath: string, displayPath: string): Promise<Row[]> {
  const ext = extname(absPath).toLowerCase();
  if (ext === '.csv') return readCsvRows(absPath, displayPath);
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonlRows(absPath, displayPath);
  throw new ConfigurationError(`rows file ${displayPath} has an unsupported extension '${ext}'`, {
    location: { file: displayPath },
    hint: 'use a CSV file with a header row (.csv) or one JSON object per line (.jsonl / .ndjson)',
  });
}

function unreadable(displayPath: string, err: unknown): ConfigurationError {
  const code = (err as NodeJS.ErrnoException).code;
  return new ConfigurationError(
    `rows file ${displayPath} cannot be read${code === 'ENOENT' ? ': not found' : `: ${code ?? String(err)}`}`,
    {
      location: { file: displayPath },
      hint: 'check the `rows` path; it is relative to the manifest',
      cause: err,
    },
  );
}

async function readText(absPath: string, displayPath: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absPath);
  } catch (err) {
    throw unreadable(displayPath, err);
  }
  return decodeUtf8(bytes, { file: displayPath });
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

async function readCsvRows(absPath: string, displayPath: string): Promise<Row[]> {
  // csv-parse counts a quoted CRLF as two lines; with LF only, `info.lines` is the record's last line.
  const text = (await readText(absPath, displayPath)).replace(/\r\n/g, '\n');
  let records: CsvRecord[];
  try {
    records = parse(text, {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: '\n',
    }) as unknown as CsvRecord[];
  } catch (err) {
    const e = err as Error & { lines?: number; code?: string };
    throw new ConfigurationError(`rows file ${displayPath} is not valid CSV: ${e.message}`, {
      location: { file: displayPath, ...(typeof e.lines === 'number' ? { line: e.lines } : {}) },
      hint: 'quote fields that hold commas, quotes or line breaks, and double quotes inside them ("")',
      cause: err,
    });
  }
  const startLine = (r: CsvRecord) => r.info.lines - r.record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
  const [header, ...body] = records;
  if (!header) return [];
  const columns = header.record.map((c) => c.trim());
  const headerLine = startLine(header);
  columns.forEach((c, i) => {
    if (c === '') {
      throw new ConfigurationError(`rows file ${displayPath}: header column ${i + 1} has no name`, {
        location: { file: displayPath, line: headerLine },
        hint: 'the first line names the columns the templates use',
      });
    }
    if (columns.indexOf(c) !== i) {
      throw new ConfigurationError(`rows file ${displayPath}: header names column '${c}' twice`, {
        location: { file: displayPath, line: headerLine },
      });
    }
  });
  return body.map((r, i) => {
    const line = startLine(r);
    if (r.record.length !== columns.length) {
      throw new ConfigurationError(
        `rows file ${displayPath}: line ${line} has ${r.record.length} ` +
          `field${r.record.length === 1 ? '' : 's'}, the header has ${columns.length} (${columns.join(', ')})`,
        {
          location: { file: displayPath, line },
          hint: 'every row needs one value per header column; quote values that contain commas',
        },
      );
    }
    const values: Record<string, string> = {};
    columns.forEach((c, k) => (values[c] = r.record[k] ?? ''));
    return { values, line, index: i + 1 };
  });
}

async function readJsonlRows(absPath: string, displayPath: string): Promise<Row[]> {
  const rows: Row[] = [];
  try {
    for await (const { text, line: lineNo } of readLines(absPath, displayPath)) {
      if (text.trim() === '') continue;
      rows.push(jsonlRow(text, lineNo, rows.length + 1, displayPath));
    }
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    throw unreadable(displayPath, err);
  }
  return rows;
}

function jsonlRow(text: string, lineNo: number, index: number, displayPath: string): Row {
  const at = (column?: number) => ({ file: displayPath, line: lineNo, ...(column !== undefined ? { column } : {}) });
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    throw new ConfigurationError(`rows file ${displayPath}: line ${lineNo} is not valid JSON: ${parsed.message}`, {
      location: at(parsed.column),
      hint: 'a JSONL rows file holds one JSON object per line',
    });
  }
  const obj = parsed.value;
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new ConfigurationError(`rows file ${displayPath}: line ${lineNo} is not a JSON object`, {
      location: at(1),
      hint: 'each line must be an object such as {"scene": "a", "year": 2020}',
    });
  }
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') values[k] = String(v);
    else {
      throw new ConfigurationError(
        `rows file ${displayPath}: line ${lineNo}: '${k}' is ` +
          `${v === null ? 'null' : Array.isArray(v) ? 'a list' : 'an object'}; row values must be ` +
          `strings, numbers or booleans`,
        {
          location: at(),
          hint: 'templates insert plain values; flatten nested values into their own columns',
        },
      );
    }
  }
  return { values, line: lineNo, index };
}
