// Re-downloads every schema in stac-schemas/ from its canonical URL (needs a network).
//   node scripts/refresh-schemas.mjs [URL ...]   also adds the given schema URLs to the mirror
// A file at stac-schemas/<host>/<path> comes from https://<host>/<path>. Bytes are kept as served.
// External $refs that the mirror lacks are fetched too, so the mirror stays self-contained.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'stac-schemas');

/** Every mirrored file as a URL (top-level folders named like hosts; README, NOTICE and LICENSES are not schemas). */
function mirroredUrls() {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  return readdirSync(ROOT)
    .filter((host) => host.includes('.') && statSync(path.join(ROOT, host)).isDirectory())
    .flatMap((host) => walk(path.join(ROOT, host)))
    .map((file) => `https://${path.relative(ROOT, file).split(path.sep).join('/')}`);
}

function fileFor(url) {
  const u = new URL(url);
  const rel = decodeURIComponent(u.pathname).split('/').filter(Boolean);
  if (rel.length === 0 || rel.some((s) => s === '..' || s === '.')) throw new Error(`unusable schema URL ${url}`);
  return path.join(ROOT, u.host, ...rel);
}

/** Absolute http(s) targets of `$ref`s (relative ones resolved against the schema's own URL), without fragments. */
function externalRefs(schema, base) {
  const found = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) {
        const target = new URL(value, base);
        target.hash = '';
        if (target.protocol === 'http:' || target.protocol === 'https:')
          found.add(target.href.replace(/^http:/, 'https:'));
      } else visit(value);
    }
  };
  visit(schema);
  return found;
}

async function download(url) {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(30_000),
    headers: { accept: 'application/schema+json, application/json' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const schema = JSON.parse(bytes.toString('utf8'));
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) throw new Error('not a JSON object');
  return { bytes, schema };
}

/**
 * Schemas the mirror must hold even when their file is missing (a fresh checkout that lost one, or one added by hand
 * from a repository copy): fetched from their canonical URL like every mirrored file.
 */
const REQUIRED = ['https://stac-extensions.github.io/version/v1.1.0/schema.json'];

const queue = [...new Set([...mirroredUrls(), ...REQUIRED, ...process.argv.slice(2)])];
const seen = new Set(queue);
const failed = [];
let changed = 0;
while (queue.length > 0) {
  const url = queue.shift();
  const file = fileFor(url);
  try {
    const { bytes, schema } = await download(url);
    let old;
    try {
      old = readFileSync(file);
    } catch {
      old = undefined;
    }
    if (old === undefined || !old.equals(bytes)) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      changed++;
      console.log(`${old === undefined ? 'added  ' : 'updated'} ${url}`);
    }
    for (const ref of externalRefs(schema, url)) {
      if (!seen.has(ref)) {
        seen.add(ref);
        queue.push(ref);
      }
    }
  } catch (err) {
    failed.push(`${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
console.log(`${seen.size} schemas checked, ${changed} written to ${ROOT}`);
if (failed.length > 0) {
  console.error(`could not refresh (kept the bundled copy, if any):\n  ${failed.join('\n  ')}`);
  process.exit(1);
}
