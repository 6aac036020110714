import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './support/errors.js';
import { eachRow, readRows } from '../src/sources/rows.js';

const inputs = fileURLToPath(new URL('./fixtures/inputs/', import.meta.url));

describe('readRows', () => {
  let dir = '';
  const file = async (name: string, content: string | Buffer) => {
    await writeFile(join(dir, name), content);
    return join(dir, name);
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rows-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads CSV with quotes, embedded commas and line breaks, skipping blank lines, with start lines', async () => {
    const rows = await readRows(join(inputs, 'rows.csv'), 'rows.csv');
    expect(rows).toEqual([
      { values: { href: 's3://bucket/a.tif', tile: '10,20', year: '2020' }, line: 2, index: 1 },
      { values: { href: 's3://bucket/b.tif', tile: 'multi\nline', year: '2021' }, line: 4, index: 2 },
    ]);
  });

  it('handles a BOM and CRLF line ends', async () => {
    const path = await file('crlf.csv', '\uFEFFscene,"note"\r\na,"x\r\ny"\r\n\r\nb,"say ""hi"""\r\n');
    expect(await readRows(path, 'crlf.csv')).toEqual([
      { values: { scene: 'a', note: 'x\ny' }, line: 2, index: 1 },
      { values: { scene: 'b', note: 'say "hi"' }, line: 5, index: 2 },
    ]);
  });

  it('reports a ragged row with its line and the header', async () => {
    const path = await file('ragged.csv', 'a,b,c\n1,2,3\n\n4,5\n');
    const err = await failure(readRows(path, 'data/ragged.csv'));
    expect(err.location).toEqual({ file: 'data/ragged.csv', line: 4 });
    expect(err.message).toBe('rows file data/ragged.csv: line 4 has 2 fields, the header has 3 (a, b, c)');
  });

  it('reports an unclosed quote with its line', async () => {
    const path = await file('quote.csv', 'a,b\n1,2\n3,"oops\n');
    const err = await failure(readRows(path, 'quote.csv'));
    expect(err.location).toEqual({ file: 'quote.csv', line: 3 });
    expect(err.message).toMatch(/^rows file quote.csv is not valid CSV: Quote Not Closed/);
  });

  it('rejects duplicate and empty header names', async () => {
    const dup = await failure(readRows(await file('dup.csv', 'a,b,a\n1,2,3\n'), 'dup.csv'));
    expect(dup.message).toBe("rows file dup.csv: header names column 'a' twice");
    expect(dup.location).toEqual({ file: 'dup.csv', line: 1 });
    const empty = await failure(readRows(await file('empty.csv', '\n\na,,c\n1,2,3\n'), 'empty.csv'));
    expect(empty.message).toBe('rows file empty.csv: header column 2 has no name');
    expect(empty.location).toEqual({ file: 'empty.csv', line: 3 });
  });

  it('returns no rows for a header-only or empty CSV', async () => {
    expect(await readRows(await file('header.csv', 'a,b\n'), 'header.csv')).toEqual([]);
    expect(await readRows(await file('nothing.csv', ''), 'nothing.csv')).toEqual([]);
  });

  it('reads JSONL, stringifying numbers and booleans and skipping blank lines', async () => {
    const path = await file(
      'rows.jsonl',
      '\uFEFF{"scene": "a", "year": 2020, "cloudy": false}\r\n\r\n{"scene": "b", "year": 2021.5, "cloudy": true}\n',
    );
    expect(await readRows(path, 'rows.jsonl')).toEqual([
      { values: { scene: 'a', year: '2020', cloudy: 'false' }, line: 1, index: 1 },
      { values: { scene: 'b', year: '2021.5', cloudy: 'true' }, line: 3, index: 2 },
    ]);
    expect(await readRows(await file('rows.ndjson', '{"a": "x"}\n'), 'rows.ndjson')).toEqual([
      { values: { a: 'x' }, line: 1, index: 1 },
    ]);
  });

  it('reports a bad JSONL line with line and column', async () => {
    const path = await file('bad.jsonl', '{"a": "x"}\n\n{"a": "y",}\n');
    const err = await failure(readRows(path, 'bad.jsonl'));
    expect(err.location).toEqual({ file: 'bad.jsonl', line: 3, column: 11 });
    expect(err.message).toBe(
      'rows file bad.jsonl: line 3 is not valid JSON: expected a property name ' +
        "(no trailing comma before '}'), found '}'",
    );
  });

  it('rejects JSONL values that are not strings, numbers or booleans, and lines that are not objects', async () => {
    const nested = await failure(readRows(await file('nested.jsonl', '{"a": "x"}\n{"a": {"b": 1}}\n'), 'nested.jsonl'));
    expect(nested.location).toEqual({ file: 'nested.jsonl', line: 2 });
    expect(nested.message).toBe(
      "rows file nested.jsonl: line 2: 'a' is an object; row values must be strings, numbers or booleans",
    );
    const nul = await failure(readRows(await file('null.jsonl', '{"a": null}\n'), 'null.jsonl'));
    expect(nul.message).toContain("'a' is null");
    const arr = await failure(readRows(await file('array.jsonl', '{"a": 1}\n[1, 2]\n'), 'array.jsonl'));
    expect(arr.location).toEqual({ file: 'array.jsonl', line: 2, column: 1 });
    expect(arr.message).toBe('rows file array.jsonl: line 2 is not a JSON object');
  });

  it('rejects other extensions and missing files', async () => {
    const ext = await failure(readRows(await file('rows.txt', 'a\n'), 'rows.txt'));
    expect(ext.message).toBe("rows file rows.txt has an unsupported extension '.txt'");
    const missingCsv = await failure(readRows(join(dir, 'absent.csv'), 'absent.csv'));
    expect(missingCsv.message).toBe('rows file absent.csv cannot be read: not found');
    const missingJsonl = await failure(readRows(join(dir, 'absent.jsonl'), 'absent.jsonl'));
    expect(missingJsonl.message).toBe('rows file absent.jsonl cannot be read: not found');
    expect(missingJsonl.location).toEqual({ file: 'absent.jsonl' });
  });

  it('yields the rows before a bad line as it reads (CSV and JSONL), then the located error (issue 12)', async () => {
    // read one at a time: the rows before the bad line come out first (a reader holding every row fails first)
    for (const [name, text, line] of [
      ['lazy.csv', 'a,b\n1,2\n3,4\n5\n', 4],
      ['lazy.jsonl', '{"a": "1"}\n{"a": "3"}\n{"a": \n', 3],
    ] as const) {
      const seen: string[] = [];
      const err = await failure(
        (async () => {
          for await (const row of eachRow(await file(name, text), name)) seen.push(row.values['a']!);
        })(),
      );
      expect(seen).toEqual(['1', '3']);
      expect(err.location).toMatchObject({ file: name, line });
    }
  });

  it('reads a CSV larger than one read block, with a quoted line break across blocks, at the right lines', async () => {
    const pad = 'x'.repeat(1000);
    const lines = ['id,note'];
    for (let i = 1; i <= 3000; i++) lines.push(i === 1100 ? `${i},"${pad}\nsecond"` : `${i},${pad}`);
    const rows = await readRows(await file('big.csv', lines.join('\n') + '\n'), 'big.csv');
    expect(rows).toHaveLength(3000);
    expect(rows[1099]).toEqual({ values: { id: '1100', note: `${pad}\nsecond` }, line: 1101, index: 1100 });
    expect(rows[2999]).toMatchObject({ values: { id: '3000' }, line: 3002, index: 3000 });
  });
});
