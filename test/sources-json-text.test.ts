import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lineColumnAt, parseJsonText } from '../src/sources/json-text.js';
import { readJsonFile } from '../src/sources/files.js';
import { ConfigurationError } from '../src/errors.js';

/** The located message of an invalid text, as `line:column message`. */
function located(text: string): string {
  const r = parseJsonText(text);
  if (r.ok) throw new Error(`expected a syntax error in ${JSON.stringify(text)}`);
  expect(lineColumnAt(text, r.offset)).toEqual({ line: r.line, column: r.column });
  return `${r.line}:${r.column} ${r.message}`;
}

describe('parseJsonText', () => {
  it('parses valid JSON with JSON.parse', () => {
    expect(parseJsonText('{"a": [1, 2.5e3, true, null, "x\\u00e9"]}')).toEqual({
      ok: true,
      value: { a: [1, 2500, true, null, 'xé'] },
    });
  });

  it.each([
    [
      'a trailing comma in an object',
      '{\n  "a": 1,\n}',
      "3:1 expected a property name (no trailing comma before '}'), found '}'",
    ],
    ['a trailing comma in an array', '[\n  1,\n  ]', "3:3 expected a value (no trailing comma before ']'), found ']'"],
    [
      'a missing comma between properties',
      '{\n  "a": 1\n  "b": 2\n}',
      "3:3 expected ',' or '}' after a property value, found '\"'",
    ],
    ['a missing comma between elements', '[1\n 2]', "2:2 expected ',' or ']' after an array element, found '2'"],
    ['a missing colon', '{"a" 1}', "1:6 expected ':' after the property name, found '1'"],
    ['an unquoted property name', '{a: 1}', "1:2 expected a property name in double quotes, found 'a'"],
    ['a single-quoted value', '{"a": \'x\'}', "1:7 expected a value, found '''"],
    ['a truncated object', '{"a": 1,\n "b": 2', "2:8 expected ',' or '}' after a property value, found end of input"],
    ['a truncated array', '[1, 2', "1:6 expected ',' or ']' after an array element, found end of input"],
    ['text after the value', '{"a": 1}\n x', "2:2 expected end of input after the JSON value, found 'x'"],
    [
      'a line break inside a string',
      '{"a": "one\ntwo"}',
      '1:11 unescaped control character in string (a string cannot span lines)',
    ],
    [
      'a tab inside a string',
      '{"a": "one\ttwo"}',
      '1:11 unescaped control character in string (a string cannot span lines)',
    ],
    ['a bad escape', '{\n "a": "C:\\temp\\x"}', "2:15 invalid escape '\\x' in string"],
    ['a short \\u escape', '{"a": "\\u12"}', '1:8 invalid \\u escape in string'],
    ['an unterminated string', '["abc', '1:6 unterminated string'],
    ['a comment', '// note\n{}', "1:1 expected a value (JSON has no comments), found '/'"],
    ['empty input', '', '1:1 expected a value, found end of input'],
  ])('locates %s', (_what, text, want) => {
    expect(located(text)).toBe(want);
  });
});

describe('a document nested 10,000 levels deep', () => {
  it('is a located error naming the depth, not a stack overflow', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-deep-'));
    try {
      const file = path.join(dir, 'deep.json');
      await writeFile(file, '{\n"type": "Feature",\n"x": ' + '['.repeat(10_000) + ']'.repeat(10_000) + '}\n');
      const err = await readJsonFile(file, 'deep.json', 'sources[0] (s)').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as ConfigurationError).message).toMatch(/nested more than 1000 levels deep/);
      expect((err as ConfigurationError).location).toMatchObject({ file: 'deep.json', line: 3 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
