import { ConfigurationError, type SourceLocation } from '../../errors.js';
import { parseJsonText } from '../json-text.js';

/**
 * `USER_STAC_COLLECTION_ID_REGISTRY`: collection-id glob patterns (fnmatch syntax) to the usernames
 * allowed to publish into matching collections, e.g. `{ "shared-*": ["jane", "joe"] }`.
 */
export type CollectionRegistry = Readonly<Record<string, readonly string[]>>;

/**
 * Python `fnmatch.translate` semantics (case-sensitive, as `fnmatch.fnmatch` is on POSIX): `*`,
 * `?`, `[seq]`, `[!seq]`.
 */
export function fnmatchToRegExp(pattern: string): RegExp {
  let re = '';
  let i = 0;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  while (i < pattern.length) {
    const c = pattern[i++] as string;
    if (c === '*') {
      re += '[\\s\\S]*';
      while (pattern[i] === '*') i++;
    } else if (c === '?') {
      re += '[\\s\\S]';
    } else if (c === '[') {
      let j = i;
      if (pattern[j] === '!') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j++;
      if (j >= pattern.length) {
        re += '\\[';
      } else {
        let body = pattern.slice(i, j);
        i = j + 1;
        const negate = body.startsWith('!');
        if (negate) body = body.slice(1);
        const cls = body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]').replace(/\[/g, '\\[').replace(/\^/g, '\\^');
        re += body === '' ? (negate ? '[\\s\\S]' : '(?!)') : `[${negate ? '^' : ''}${cls}]`;
      }
    } else {
      re += escape(c);
    }
  }
  return new RegExp(`^${re}$`);
}

/** The DPS generator's `is_authorized`: some pattern matching `collectionId` lists `username`. */
export function isAuthorized(username: string, collectionId: string, registry: CollectionRegistry): boolean {
  return Object.entries(registry).some(
    ([pattern, users]) => users.includes(username) && fnmatchToRegExp(pattern).test(collectionId),
  );
}

/**
 * Parses the registry JSON (e.g. the `USER_STAC_COLLECTION_ID_REGISTRY` value); `where` names its
 * source for errors.
 */
export function parseCollectionRegistry(text: string, where: SourceLocation): CollectionRegistry {
  const parsed = parseJsonText(text);
  const hint = 'the registry is a JSON object of collection-id patterns to username lists, e.g. {"shared-*": ["jane"]}';
  if (!parsed.ok) {
    throw new ConfigurationError(`collection registry is not valid JSON: ${parsed.message}`, {
      location: { ...where, line: parsed.line, column: parsed.column },
      hint,
    });
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError('collection registry is not a JSON object', { location: where, hint });
  }
  const out: Record<string, string[]> = {};
  for (const [pattern, users] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(users) || users.some((u) => typeof u !== 'string')) {
      throw new ConfigurationError(`collection registry entry "${pattern}" is not a list of usernames`, {
        location: { ...where, pointer: `/${pattern.replace(/~/g, '~0').replace(/\//g, '~1')}` },
        hint,
      });
    }
    out[pattern] = users as string[];
  }
  return out;
}
