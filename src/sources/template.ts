import { ConfigurationError, type SourceLocation } from '../errors.js';
import type { Row } from './rows.js';

/** The placeholder that stands for the row's 1-based index. */
export const ROW_INDEX_PLACEHOLDER = '_row';

type Part = { text: string } | { column: string };

const SYNTAX_HINT =
  'write `{column}` for a value of the row, `{_row}` for the row number, `{{` and `}}` for literal braces';

/** Split a template into literal text and `{column}` placeholders. */
function parseTemplate(template: string, location: SourceLocation | undefined): Part[] {
  const parts: Part[] = [];
  let text = '';
  const fail = (message: string): never => {
    throw new ConfigurationError(`template ${JSON.stringify(template)}: ${message}`, {
      ...(location ? { location } : {}),
      hint: SYNTAX_HINT,
    });
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '{' && template[i + 1] === '{') {
      text += '{';
      i++;
    } else if (c === '}' && template[i + 1] === '}') {
      text += '}';
      i++;
    } else if (c === '{') {
      const end = template.indexOf('}', i + 1);
      if (end < 0) fail(`'{' at position ${i + 1} is never closed`);
      const name = template.slice(i + 1, end);
      if (name.trim() === '') fail(`empty placeholder '{}' at position ${i + 1}`);
      if (name.includes('{')) fail(`'{' inside the placeholder at position ${i + 1}`);
      if (text !== '') parts.push({ text });
      text = '';
      parts.push({ column: name });
      i = end;
    } else if (c === '}') {
      fail(`unmatched '}' at position ${i + 1}`);
    } else {
      text += c;
    }
  }
  if (text !== '') parts.push({ text });
  return parts;
}

/** The row columns a template uses, in order of first use (`{_row}` is not a column and is left out). */
export function templateColumns(template: string, location?: SourceLocation): string[] {
  const names = parseTemplate(template, location).flatMap((p) =>
    'column' in p && p.column !== ROW_INDEX_PLACEHOLDER ? [p.column] : [],
  );
  return [...new Set(names)];
}

/** Whether a template has any placeholder (including `{_row}`). */
export function hasPlaceholders(template: string, location?: SourceLocation): boolean {
  return parseTemplate(template, location).some((p) => 'column' in p);
}

/**
 * Fill a template from a row: `{column}` takes the row's value, `{_row}` its 1-based index, `{{`/`}}` are
 * literal braces. Throws a ConfigurationError at `location` for an unknown column, a placeholder without
 * rows, or bad brace syntax.
 */
export function renderTemplate(template: string, row: Row | undefined, location: SourceLocation): string {
  let out = '';
  for (const part of parseTemplate(template, location)) {
    if ('text' in part) {
      out += part.text;
      continue;
    }
    if (row === undefined) {
      throw new ConfigurationError(
        `template ${JSON.stringify(template)} uses {${part.column}}, but this entry has no rows`,
        {
          location,
          hint: 'add `rows:` (a CSV or JSONL file with one row per item), or write `{{` and `}}` for literal braces',
        },
      );
    }
    if (part.column === ROW_INDEX_PLACEHOLDER) {
      out += String(row.index);
      continue;
    }
    const value = row.values[part.column];
    if (value === undefined) {
      const available = Object.keys(row.values);
      throw new ConfigurationError(
        `template ${JSON.stringify(template)} uses column '${part.column}', which the row does not have`,
        {
          location,
          hint:
            `available columns: ${available.length > 0 ? available.join(', ') : '(none)'}; ` +
            `\`{_row}\` is the row number`,
        },
      );
    }
    out += value;
  }
  return out;
}
