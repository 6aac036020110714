import { once } from 'node:events';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import { ConfigurationError } from '../errors.js';
import { stripBom } from '../utf8.js';
import { parseJsonText } from './json-text.js';
import { readLineBlocks, readLines } from './lines.js';

/** One row of a rows file: its values (all strings), the line it starts on, and its 1-based index among the rows. */
export interface Row {
  values: Record<string, string>;
  line: number;
  index: number;
}

/**
 * The rows of a CSV (with a header row) or JSONL file, read one at a time (the file is never held whole); `.csv`,
 * `.jsonl` or `.ndjson` decides the format. `displayPath` names the file in errors. Errors are ConfigurationErrors
 * located at file:line, thrown when the reading gets there (the rows before it were yielded).
 */
export async function* eachRow(absPath: string, displayPath: string): AsyncGenerator<Row> {
  const ext = extname(absPath).toLowerCase();
  if (ext !== '.csv' && ext !== '.jsonl' && ext !== '.ndjson')
    throw new ConfigurationError(`rows file ${displayPath} has an unsupported extension '${ext}'`, {
      location: { file: displayPath },
      hint: 'use a CSV file with a header row (.csv) or one JSON object per line (.jsonl / .ndjson)',
    });
  try {
    yield* ext === '.csv' ? csvRows(absPath, displayPath) : jsonlRows(absPath, displayPath);
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    throw unreadable(displayPath, err);
  }
}

/** {@link eachRow}, collected. */
export async function readRows(absPath: string, displayPath: string): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of eachRow(absPath, displayPath)) rows.push(row);
  return rows;
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

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/**
 * The CSV records of a file, parsed as its blocks of lines are read (checked to be UTF-8, BOM stripped, CRLF made
 * LF: csv-parse counts a quoted CRLF as two lines; with LF only, `info.lines` is the record's last line).
 */
async function* csvRecords(absPath: string, displayPath: string): AsyncGenerator<CsvRecord> {
  const parser = parse({ info: true, skip_empty_lines: true, relax_column_count: true, record_delimiter: '\n' });
  const stop = new AbortController();
  const feed = async () => {
    let first = true;
    for await (const block of readLineBlocks(absPath, displayPath)) {
      let text = Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.byteLength).toString('utf8');
      if (first) text = stripBom(text);
      first = false;
      if (!parser.write(text.replace(/\r\n/g, '\n'))) await once(parser, 'drain', { signal: stop.signal });
    }
    parser.end();
  };
  feed().catch((err: unknown) => {
    if (!stop.signal.aborted) parser.destroy(err as Error);
  });
  try {
    for await (const r of parser) yield r as CsvRecord;
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    const e = err as Error & { lines?: number; code?: string };
    if (typeof e.code !== 'string' || !e.code.startsWith('CSV_')) throw err;
    throw new ConfigurationError(`rows file ${displayPath} is not valid CSV: ${e.message}`, {
      location: { file: displayPath, ...(typeof e.lines === 'number' ? { line: e.lines } : {}) },
      hint: 'quote fields that hold commas, quotes or line breaks, and double quotes inside them ("")',
      cause: err,
    });
  } finally {
    stop.abort();
    parser.destroy();
  }
}

/** The line a record starts on. */
const startLine = (r: CsvRecord) => r.info.lines - r.record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);

function checkHeader(columns: string[], displayPath: string, headerLine: number): void {
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
}

async function* csvRows(absPath: string, displayPath: string): AsyncGenerator<Row> {
  let columns: string[] | undefined;
  let index = 0;
  for await (const r of csvRecords(absPath, displayPath)) {
    if (columns === undefined) {
      columns = r.record.map((c) => c.trim());
      checkHeader(columns, displayPath, startLine(r));
      continue;
    }
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
    yield { values, line, index: ++index };
  }
}

async function* jsonlRows(absPath: string, displayPath: string): AsyncGenerator<Row> {
  let index = 0;
  for await (const { text, line: lineNo } of readLines(absPath, displayPath)) {
    if (text.trim() === '') continue;
    yield jsonlRow(text, lineNo, ++index, displayPath);
  }
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
