/**
 * The DPS collection-id slug rule (protocol §3.2 step 4), checked on the verified examples and against the real
 * python-slugify 8.0.4.
 */
import { describe, expect, it } from 'vitest';
import { createProcessRunner } from '../src/clients/process.js';
import { deriveCollectionId } from '../src/sources/dps/collection-id.js';
import { findJobPrefix, findMetJson } from '../src/sources/dps/met.js';
import { fnmatchToRegExp, isAuthorized, parseCollectionRegistry } from '../src/sources/dps/registry.js';
import { slugifyCollectionId, transliterationGaps } from '../src/sources/dps/slugify.js';
import { ConfigurationError } from '../src/errors.js';

const met = (username: string, algorithm_name: string, algorithm_version: string, tag: string) => ({
  username,
  algorithm_name,
  algorithm_version,
  tag,
});

describe('slugifyCollectionId on the verified examples of protocol §3.2', () => {
  it.each([
    [met('superman', 'awesome-algo', '0.1', 'test'), 'superman__awesome-algo__0.1__test'],
    [met('user/name', 'algo?name', '0.1', 'test'), 'user-name__algo-name__0.1__test'],
    [met('Jane.Doe', 'My Algo', 'v1.2/beta', 'run #5 & 6%'), 'jane.doe__my-algo__v1.2-beta__run-5-6'],
  ])('%j -> %s', (m, expected) => {
    expect(deriveCollectionId(m, 'job.met.json').id).toBe(expected);
  });

  it('decodes entities before replacing: a&amp;b+c:d@e -> a-b+c:d@e', () => {
    expect(slugifyCollectionId('a&amp;b+c:d@e')).toBe('a-b+c:d@e');
  });

  it('follows the other steps: quotes, number commas, dash runs, trimming, references', () => {
    expect(slugifyCollectionId("a,b 1,000 x'y''z")).toBe('a,b-1000-x-y-z');
    expect(slugifyCollectionId('--A  B--')).toBe('a-b');
    expect(slugifyCollectionId('&#65;&#x42;')).toBe('ab');
    // one out-of-range decimal reference leaves all of them undecoded (python's try/except around re.sub)
    expect(slugifyCollectionId('&#233;&#99999999;')).toBe('233;-99999999;');
    expect(slugifyCollectionId('Crème brûlée ß Æon Øre łódź')).toBe('creme-brulee-ss-aeon-ore-lodz');
  });

  it('reports the characters it cannot transliterate', () => {
    expect(transliterationGaps('Jane__algo')).toEqual([]);
    expect(transliterationGaps('中文 algo')).toEqual(['中', '文']);
  });
});

describe('differential check against python-slugify 8.0.4 (uvx)', () => {
  const corpus = [
    'superman__awesome-algo__0.1__test',
    'Jane.Doe__My Algo__v1.2/beta__run #5 & 6%',
    'a&amp;b+c:d@e',
    'Crème brûlée ß Æon Øre łódź',
    '&eacute;X &copy; &nbsp;y &bogus;',
    '&#233;&#99999999;',
    "a,b 1,000 x'y''z",
    'Ünïcödé—dash “q” … ‘s’',
    'ǅ ﬁ ½ ² ĳ Œ þ đ ħ ı ŋ',
    'tabs\tand\nnewlines',
    '___x___',
    'emoji 😀 end',
  ];

  it('gives the same slug for every string of the corpus', async () => {
    const script = [
      'import json, sys',
      'from slugify import slugify',
      'print(json.dumps([slugify(s, regex_pattern=r"[/\\?#%& ]+") for s in json.loads(sys.argv[1])]))',
    ].join('\n');
    const res = await createProcessRunner().run(
      'uvx',
      ['--from', 'python-slugify==8.0.4', 'python', '-c', script, JSON.stringify(corpus)],
      { timeoutMs: 120_000 },
    );
    expect(res.exitCode, res.stderr).toBe(0);
    const python = JSON.parse(res.stdout) as string[];
    expect(corpus.map((s) => slugifyCollectionId(s))).toEqual(python);
  }, 130_000);
});

describe('deriveCollectionId errors and values', () => {
  it('names the met.json file and the missing key', () => {
    const err = (() => {
      try {
        deriveCollectionId({ username: 'u', algorithm_name: 'a', tag: 't' }, 'out/job.met.json', {
          entry: 'sources[2] (dps)',
        });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ConfigurationError);
    const ce = err as ConfigurationError;
    expect(ce.message).toContain('algorithm_version');
    expect(ce.location).toMatchObject({ file: 'out/job.met.json', entry: 'sources[2] (dps)' });
  });

  it('renders non-string values as Python str() does', () => {
    const raw = '{"username": "u", "algorithm_name": "a", "algorithm_version": 1.0, "tag": true}';
    expect(deriveCollectionId(JSON.parse(raw), 'm.json', { rawText: raw }).id).toBe('u__a__1.0__true');
    expect(
      deriveCollectionId({ username: 'u', algorithm_name: 'a', algorithm_version: 2, tag: null }, 'm.json').raw,
    ).toBe('u__a__2__None');
  });
});

describe('job prefix and met.json lookup', () => {
  it('cuts the key after the first YYYY/MM/DD/HH/MM/SS/n path', () => {
    expect(findJobPrefix('jane/dps_output/algo/v1/tag/2024/05/01/12/00/00/123456/out/catalog.json')).toBe(
      'jane/dps_output/algo/v1/tag/2024/05/01/12/00/00/123456/',
    );
    expect(findJobPrefix('/a/2024/05/01/12/00/00/7/catalog.json')).toBe('a/2024/05/01/12/00/00/7/');
    expect(findJobPrefix('a/2024/05/01/catalog.json')).toBeUndefined();
  });

  it('takes the first path ending in met.json', () => {
    expect(findMetJson(['a/catalog.json', 'a/x.met.json', 'a/met.json'])).toBe('a/x.met.json');
    expect(findMetJson(['a/catalog.json'])).toBeUndefined();
  });
});

describe('collection-id registry', () => {
  it('matches fnmatch patterns case-sensitively', () => {
    expect(fnmatchToRegExp('shared-*').test('shared-maps')).toBe(true);
    expect(fnmatchToRegExp('shared-?').test('shared-ab')).toBe(false);
    expect(fnmatchToRegExp('[!x]y*').test('ay.z')).toBe(true);
    expect(fnmatchToRegExp('[!x]y*').test('xy')).toBe(false);
    expect(fnmatchToRegExp('a.b').test('axb')).toBe(false);
    expect(fnmatchToRegExp('Shared').test('shared')).toBe(false);
  });

  it('authorises a user listed under a matching pattern only', () => {
    const reg = parseCollectionRegistry('{"shared-*": ["Jane.Doe"], "exact": ["joe"]}', {
      file: 'USER_STAC_COLLECTION_ID_REGISTRY',
    });
    expect(isAuthorized('Jane.Doe', 'shared-maps', reg)).toBe(true);
    expect(isAuthorized('joe', 'shared-maps', reg)).toBe(false);
    expect(isAuthorized('joe', 'exact', reg)).toBe(true);
  });

  it('rejects a malformed registry with its location', () => {
    expect(() => parseCollectionRegistry('{"a": "jane"}', { file: 'registry.json' })).toThrow(
      /not a list of usernames/,
    );
    expect(() => parseCollectionRegistry('{"a": [}', { file: 'registry.json' })).toThrow(ConfigurationError);
  });
});
