// Fails when the committed dist/ differs from a fresh build of src/ (a stale bundle ships old behaviour).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const fresh = mkdtempSync(path.join(tmpdir(), 'stac-ingest-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const list = (dir, base = dir) =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? list(full, base) : [path.relative(base, full)];
    });
  const want = list(fresh).sort();
  const have = list('dist').sort();
  const problems = [];
  for (const f of want) if (!have.includes(f)) problems.push(`missing in dist/: ${f}`);
  for (const f of have) if (!want.includes(f)) problems.push(`not produced by the build: dist/${f}`);
  for (const f of want) {
    if (!have.includes(f)) continue;
    if (!readFileSync(path.join(fresh, f)).equals(readFileSync(path.join('dist', f))))
      problems.push(`stale: dist/${f}`);
  }
  if (problems.length) {
    console.error('dist/ is stale; run `npm run build` and commit dist/:\n  ' + problems.join('\n  '));
    process.exit(1);
  }
  console.log(`dist/ is up to date (${want.length} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
