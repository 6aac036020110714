/**
 * Name patterns of the trusted policy (package names, hosts, environment variable names, paths):
 * `*` matches any run of characters except `/`, `**` any run including `/`, `?` one character.
 * Everything else is literal.
 */
export function globToRegExp(pattern: string, options: { caseInsensitive?: boolean } = {}): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, options.caseInsensitive ? 'i' : '');
}

/** Whether `value` matches one of `patterns`. */
export function matchesAny(
  value: string,
  patterns: readonly string[],
  options: { caseInsensitive?: boolean } = {},
): boolean {
  return patterns.some((p) => globToRegExp(p, options).test(value));
}

/** Splits an input holding one pattern per line or comma-separated ones; blanks and `#` comments dropped. */
export function patternList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.replace(/#.*$/, '').trim())
    .filter((s) => s !== '');
}
