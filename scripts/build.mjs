// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with ncc. Type checking is `npm run typecheck`'s
// job.
// Usage: node scripts/build.mjs [outDir]   (default: dist)
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve(process.argv[2] ?? 'dist');
const ncc = path.resolve('node_modules/.bin/ncc');
rmSync(out, { recursive: true, force: true });
const build = (entry, dir) =>
  execFileSync(
    ncc,
    ['build', entry, '-o', dir, '--license', 'licenses.txt', '--quiet', '--target', 'es2022', '--transpile-only'],
    { stdio: 'inherit' },
  );
build('src/index.ts', out);
build('src/cli.ts', path.join(out, 'cli'));
// validation worker threads run their own bundle (src/stages/validate/threads.ts finds it)
build('src/stages/validate/worker-main.ts', path.join(out, 'validate-worker'));
const cli = path.join(out, 'cli', 'index.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + text);
chmodSync(cli, 0o755);
// the Python worker of the generation engine; found by walking up from dist/ and dist/cli/
// (src/stages/generate/worker.ts)
copyFileSync('src/stages/generate/stactools_worker.py', path.join(out, 'stactools_worker.py'));
// the bundled schemas' fast validators, precompiled (dist/validators, found by both bundles)
execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/precompile-schemas.ts', out], { stdio: 'inherit' });
// ncc writes package.json {"type":"module"} next to ESM bundles; keep them so Node loads the bundles as ESM
console.log(`built ${path.relative(process.cwd(), out) || '.'}/index.js and cli/index.js`);
