import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MANIFEST_SCHEMA_ID, renderManifestJsonSchema } from '../src/manifest/json-schema.js';
import { loadManifest } from '../src/manifest/load.js';

const committedPath = fileURLToPath(new URL('../schema/manifest.schema.json', import.meta.url));
const manifests = fileURLToPath(new URL('./fixtures/manifests/', import.meta.url));

async function compileCommitted() {
  const schema = JSON.parse(await readFile(committedPath, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return { schema, validate: ajv.compile(schema) };
}

describe('schema/manifest.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing src/manifest/schema.ts)', async () => {
    expect(await readFile(committedPath, 'utf8')).toBe(renderManifestJsonSchema());
  });

  it('carries an $id and a title for editors', async () => {
    const { schema } = await compileCommitted();
    expect(schema['$id']).toBe(MANIFEST_SCHEMA_ID);
    expect(schema['title']).toBe('stac-ingest manifest');
  });

  it('accepts every example manifest the tool accepts', async () => {
    const { validate } = await compileCommitted();
    const examples = (await readdir(manifests)).filter((f) => /^valid.*\.yaml$/.test(f)).sort();
    expect(examples).toEqual(['valid-full.yaml', 'valid-minimal.yaml']);
    for (const name of examples) {
      await expect(loadManifest(join(manifests, name))).resolves.toBeDefined();
      const ok = validate(parse(await readFile(join(manifests, name), 'utf8')));
      expect({ name, errors: validate.errors ?? null }).toEqual({ name, errors: null });
      expect(ok).toBe(true);
    }
  });

  it('rejects the structural mistakes the tool rejects', async () => {
    const { validate } = await compileCommitted();
    for (const name of ['unknown-key.yaml', 'wrong-type.yaml', 'missing-keys.yaml']) {
      await expect(loadManifest(join(manifests, name))).rejects.toThrow();
      expect({ name, valid: validate(parse(await readFile(join(manifests, name), 'utf8'))) }).toEqual({
        name,
        valid: false,
      });
    }
  });

  it('is what the example manifest declares for editors, and the example validates against it', async () => {
    const example = fileURLToPath(new URL('../examples/demo/stac-ingest.yaml', import.meta.url));
    const text = await readFile(example, 'utf8');
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text.split('\n')[0] ?? '');
    expect(modeline?.[1]).toBe('../../schema/manifest.schema.json');
    expect(join(dirname(example), modeline![1]!)).toBe(committedPath);
    const { validate } = await compileCommitted();
    expect({ ok: validate(parse(text)), errors: validate.errors ?? null }).toEqual({ ok: true, errors: null });
  });

  it('is published at a raw URL of the file in this repository, on the tag users run', async () => {
    const url = new URL(MANIFEST_SCHEMA_ID);
    const [, owner, repo, ref, ...file] = url.pathname.split('/');
    expect(url.host).toBe('raw.githubusercontent.com');
    expect(fileURLToPath(new URL(`../${file.join('/')}`, import.meta.url))).toBe(committedPath);
    const readme = await readFile(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    expect(readme).toContain(`uses: ${owner}/${repo}@${ref}`);
    expect(readme).toContain(`# yaml-language-server: $schema=${MANIFEST_SCHEMA_ID}`);
  });
});
