import { describe, expect, it } from 'vitest';
import { ConfigurationError, type SourceLocation } from '../src/errors.js';
import type { Row } from '../src/sources/rows.js';
import { hasPlaceholders, renderTemplate, templateColumns } from '../src/sources/template.js';

const row: Row = { values: { scene: 'LC08_001', tile: '10N', 'band name': 'red' }, line: 4, index: 3 };
const where: SourceLocation = { file: 'stac-ingest.yaml', line: 12, column: 9, entry: 'sources[0] (scenes) row 3' };

function failure(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigurationError) return err;
    throw err;
  }
  throw new Error('expected a ConfigurationError');
}

describe('renderTemplate', () => {
  it('fills columns, the row number and literal braces', () => {
    expect(renderTemplate('s3://bucket/{scene}_{tile}.tif', row, where)).toBe('s3://bucket/LC08_001_10N.tif');
    expect(renderTemplate('item-{_row}', row, where)).toBe('item-3');
    expect(renderTemplate('{{"tile": "{tile}"}}', row, where)).toBe('{"tile": "10N"}');
    expect(renderTemplate('{band name}', row, where)).toBe('red');
    expect(renderTemplate('no placeholders', undefined, where)).toBe('no placeholders');
    expect(renderTemplate('{{literal}}', undefined, where)).toBe('{literal}');
  });

  it('names an unknown column, the available columns and the location', () => {
    const err = failure(() => renderTemplate('{scene}/{tiel}', row, where));
    expect(err.message).toBe('template "{scene}/{tiel}" uses column \'tiel\', which the row does not have');
    expect(err.hint).toBe('available columns: scene, tile, band name; `{_row}` is the row number');
    expect(err.location).toEqual(where);
  });

  it('refuses placeholders when there are no rows', () => {
    const err = failure(() => renderTemplate('{scene}.tif', undefined, where));
    expect(err.message).toBe('template "{scene}.tif" uses {scene}, but this entry has no rows');
    expect(err.location).toEqual(where);
    expect(failure(() => renderTemplate('{_row}', undefined, where)).message).toContain('uses {_row}');
  });

  it('reports brace syntax errors with their position', () => {
    expect(failure(() => renderTemplate('a{scene', row, where)).message).toBe(
      'template "a{scene": \'{\' at position 2 is never closed',
    );
    expect(failure(() => renderTemplate('a}b', row, where)).message).toBe(
      'template "a}b": unmatched \'}\' at position 2',
    );
    expect(failure(() => renderTemplate('x{}', row, where)).message).toBe(
      'template "x{}": empty placeholder \'{}\' at position 2',
    );
    expect(failure(() => renderTemplate('{a{b}', row, where)).location).toEqual(where);
  });
});

describe('templateColumns', () => {
  it('lists the columns in order of first use, without {_row} and literal braces', () => {
    expect(templateColumns('{b}/{a}-{_row}-{b}{{c}}')).toEqual(['b', 'a']);
    expect(templateColumns('plain')).toEqual([]);
    expect(hasPlaceholders('{_row}')).toBe(true);
    expect(hasPlaceholders('{{x}}')).toBe(false);
    expect(failure(() => templateColumns('{oops', where)).location).toEqual(where);
  });
});
