import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, ConfigurationErrors } from '../src/errors.js';
import { checkManifestFiles, loadManifest, parseManifest } from '../src/manifest/load.js';

const manifests = fileURLToPath(new URL('./fixtures/manifests/', import.meta.url));

async function errorsOf(work: Promise<unknown> | (() => unknown)): Promise<ConfigurationError[]> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (err) {
    if (err instanceof ConfigurationErrors) return err.errors;
    if (err instanceof ConfigurationError) return [err];
    throw err;
  }
  throw new Error('expected a configuration error');
}

const brief = (errors: ConfigurationError[]) =>
  errors.map((e) => ({
    file: e.location?.file,
    line: e.location?.line,
    column: e.location?.column,
    message: e.message,
  }));

describe('loadManifest', () => {
  it('loads a full manifest with defaults applied and positions kept', async () => {
    const loaded = await loadManifest('valid-full.yaml', { cwd: manifests });
    expect(loaded.path).toBe(join(manifests, 'valid-full.yaml'));
    expect(loaded.dir).toBe(manifests.replace(/\/$/, ''));
    expect(loaded.displayPath).toBe('valid-full.yaml');
    const scenes = loaded.manifest.sources[0];
    expect(scenes?.stactools?.generate).toBe('local');
    expect(scenes?.stactools?.options).toEqual({ tile: '{tile}', year: '2020' });
    expect(loaded.manifest.sources[1]?.stactools?.timeout_seconds).toBe(120);
    expect(loaded.locate(['sources', 0, 'stactools', 'rows'])).toEqual({ line: 25, column: 13 });
    expect(loaded.locate(['targets', 'staging', 'region'])).toEqual({ line: 52, column: 13 });
    expect(loaded.locate(['sources', 9])).toBeUndefined();
    expect(loaded.locationOf(['sources', 1, 'stactools', 'nothing-here'], 'sources[1] (remote-scenes)')).toEqual({
      file: 'valid-full.yaml',
      line: 30,
      column: 7,
      entry: 'sources[1] (remote-scenes)',
    });
  });

  it('accepts a directory and reads its stac-ingest.yaml', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'manifest-dir-'));
    try {
      await writeFile(join(dir, 'stac-ingest.yaml'), 'version: 1\n');
      const loaded = await loadManifest(dir);
      expect(loaded.path).toBe(join(dir, 'stac-ingest.yaml'));
      expect(loaded.manifest.sources).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names a missing manifest and suggests --manifest', async () => {
    const [err, ...rest] = await errorsOf(loadManifest('nope.yaml', { cwd: manifests }));
    expect(rest).toEqual([]);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err?.message).toBe('manifest not found: nope.yaml');
    expect(err?.location).toEqual({ file: 'nope.yaml' });
    expect(err?.hint).toContain('--manifest');
  });

  it('reports YAML syntax errors at file:line:column with the YAML message', async () => {
    const errors = await errorsOf(loadManifest('malformed.yaml', { cwd: manifests }));
    expect(brief(errors)[0]).toEqual({
      file: 'malformed.yaml',
      line: 5,
      column: 3,
      message: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    });
    const dup = await errorsOf(() => parseManifest('version: 1\nsources: []\nversion: 1\n', 'm.yaml'));
    expect(brief(dup)).toEqual([
      { file: 'm.yaml', line: 3, column: 1, message: 'YAML syntax error: Map keys must be unique' },
    ]);
  });

  it('points unknown keys at the key and suggests the close valid one', async () => {
    const errors = await errorsOf(loadManifest('unknown-key.yaml', { cwd: manifests }));
    expect(brief(errors)).toEqual([
      {
        file: 'unknown-key.yaml',
        line: 2,
        column: 1,
        message: 'colections: unknown key `colections` — did you mean `collections`?',
      },
      {
        file: 'unknown-key.yaml',
        line: 7,
        column: 5,
        message: 'sources[0].colection: unknown key `colection` — did you mean `collection`?',
      },
    ]);
  });

  it('lists the allowed keys when nothing is close, using the branch the `type` selects', async () => {
    const errors = await errorsOf(() =>
      parseManifest('version: 1\ntargets:\n  s:\n    type: maap\n    regoin: us\n    bogus: 1\n', 'm.yaml'),
    );
    expect(brief(errors)).toEqual([
      {
        file: 'm.yaml',
        line: 5,
        column: 5,
        message: 'targets.s.regoin: unknown key `regoin` — did you mean `region`?',
      },
      { file: 'm.yaml', line: 6, column: 5, message: 'targets.s.bogus: unknown key `bogus`' },
    ]);
    expect(errors[1]?.hint).toContain('`stac_api`');
    expect(errors[1]?.hint).not.toContain('`format`'); // that key belongs to directory targets
  });

  it('says what was expected and what was found for wrong types and values', async () => {
    const errors = await errorsOf(loadManifest('wrong-type.yaml', { cwd: manifests }));
    expect(brief(errors)).toEqual([
      {
        file: 'wrong-type.yaml',
        line: 9,
        column: 15,
        message:
          'sources[0].stactools.options.tile: option values must be strings ' +
          '(the generator only accepts `--key value` string pairs); ' +
          'quote numbers and booleans — got number 3',
      },
      {
        file: 'wrong-type.yaml',
        line: 10,
        column: 17,
        message:
          'sources[0].stactools.generate: expected one of `local`, `remote`, ' +
          'got string "remtoe" — did you mean `remote`?',
      },
      {
        file: 'wrong-type.yaml',
        line: 11,
        column: 24,
        message: 'sources[0].stactools.timeout_seconds: expected a number, got string "soon"',
      },
      {
        file: 'wrong-type.yaml',
        line: 14,
        column: 11,
        message:
          'targets.staging.type: expected one of `directory`, `maap`, `ingestor`, `pgstac`, ' +
          'got string "mapp" — did you mean `maap`?',
      },
    ]);
  });

  it('writes its own wording for zod defaults: quote hints, unions, list items', async () => {
    const msgs = async (text: string) =>
      brief(await errorsOf(() => parseManifest(text, 'm.yaml'))).map((e) => `${e.line}:${e.column} ${e.message}`);
    expect(await msgs('version: 1\nsources:\n  - id: a\n    files: [a, 3]\n')).toEqual([
      '4:16 sources[0].files[1]: expected a string, got number 3 — quote it',
    ]);
    expect(await msgs('version: 1\nsources:\n  - id: a\n    files: 3\n')).toEqual([
      '4:12 sources[0].files: expected a string or a list, got number 3',
    ]);
    expect(await msgs('version: 1\nsources: foo\n')).toEqual([
      '2:10 sources: expected a list, got string "foo" — write a YAML list, e.g. `- value` on its own line',
    ]);
    expect(await msgs('version: 1\nvalidation:\n  max_warnings: -1\n')).toEqual([
      '3:17 validation.max_warnings: expected a number >= 0, got number -1',
    ]);
    expect(await msgs('version: 2\n')).toEqual([
      '1:10 version: version must be 1 (the only manifest version so far), got number 2',
    ]);
    expect(await msgs('- a\n')).toEqual(['1:1 manifest: expected a mapping, got a list of 1']);
    expect(
      await msgs(
        'version: 1\nsources:\n  - id: a\n    collection: c\n    stactools:\n      package: p\n' +
          '      group: g\n      options:\n        --tile: x\n',
      ),
    ).toEqual([
      '9:9 sources[0].stactools.options["--tile"]: the key `--tile` is not allowed here: ' +
        'option names are given without leading dashes, e.g. `asset-href`',
    ]);
  });

  it('points missing required keys at the mapping that should hold them', async () => {
    const errors = await errorsOf(loadManifest('missing-keys.yaml', { cwd: manifests }));
    expect(brief(errors)).toEqual([
      {
        file: 'missing-keys.yaml',
        line: 3,
        column: 5,
        message: 'sources[0]: missing required key `id` (expected a string)',
      },
      {
        file: 'missing-keys.yaml',
        line: 5,
        column: 7,
        message: 'sources[0].stactools: missing required key `package` (expected a string)',
      },
    ]);
    const noVersion = await errorsOf(() => parseManifest('sources: []\n', 'm.yaml'));
    expect(brief(noVersion)).toEqual([
      {
        file: 'm.yaml',
        line: 1,
        column: 1,
        message: 'manifest: missing required key `version` (version must be 1 (the only manifest version so far))',
      },
    ]);
  });

  it('locates cross-field rules from superRefine', async () => {
    const errors = await errorsOf(() =>
      parseManifest(
        'version: 1\nsources:\n  - id: a\n    files: x\n  - id: b\n    files: y\n    catalog: z\n',
        'm.yaml',
      ),
    );
    expect(brief(errors)).toEqual([
      {
        file: 'm.yaml',
        line: 5,
        column: 5,
        message:
          'sources[1]: a source takes one of `stactools`, `files`, `catalog`, `dps` or `assets`, not files and catalog',
      },
    ]);
    const dup = await errorsOf(() =>
      parseManifest('version: 1\nsources:\n  - id: a\n    files: x\n  - id: a\n    files: y\n', 'm.yaml'),
    );
    expect(brief(dup)).toEqual([
      { file: 'm.yaml', line: 5, column: 9, message: "sources[1].id: source id 'a' is already used by sources[0]" },
    ]);
  });

  it('reports an empty manifest', async () => {
    const errors = await errorsOf(() => parseManifest('# nothing yet\n', 'm.yaml'));
    expect(brief(errors)).toEqual([{ file: 'm.yaml', line: 1, column: 1, message: 'the manifest is empty' }]);
    expect(errors[0]?.hint).toContain('version: 1');
  });
});

describe('checkManifestFiles', () => {
  it('finds nothing missing in the full example', async () => {
    expect(await checkManifestFiles(await loadManifest('valid-full.yaml', { cwd: manifests }))).toEqual([]);
  });

  it('reports each missing file at the manifest line naming it', async () => {
    const errors = await checkManifestFiles(await loadManifest('missing-files.yaml', { cwd: manifests }));
    expect(brief(errors)).toEqual([
      {
        file: 'missing-files.yaml',
        line: 4,
        column: 11,
        message: 'collections[0].file: collection file no-such-collection.json not found',
      },
      {
        file: 'missing-files.yaml',
        line: 9,
        column: 16,
        message: 'sources[0].stactools.package: local stactools package ./no-such-package not found',
      },
      {
        file: 'missing-files.yaml',
        line: 11,
        column: 13,
        message: 'sources[0].stactools.rows: rows file no-such-rows.csv not found',
      },
      {
        file: 'missing-files.yaml',
        line: 13,
        column: 14,
        message: 'sources[1].catalog: catalog ../inputs/items is not a file',
      },
    ]);
    expect(errors[0]?.hint).toContain(join(manifests, 'no-such-collection.json'));
  });
});

describe('manifest fixtures in a temp dir', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'manifest-files-'));
    await mkdir(join(dir, 'data'));
    await writeFile(join(dir, 'data', 'rows.csv'), 'a\n1\n');
    await writeFile(
      join(dir, 'stac-ingest.yaml'),
      'version: 1\nsources:\n  - id: s\n    collection: c\n    stactools:\n      package: p\n' +
        '      group: g\n      rows: data/rows.csv\n    \n',
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  it('resolves referenced files against the manifest directory, not the working directory', async () => {
    const loaded = await loadManifest(join(dir, 'stac-ingest.yaml'), { cwd: tmpdir() });
    expect(await checkManifestFiles(loaded)).toEqual([]);
  });
});
