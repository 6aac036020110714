// The import drawing of src/: import cycles, and imports that run up the layer order (or sideways between the
// middle layers). `npm run layers`; the README's Layout section says which of them remain and why.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Layers from the top (entries) to the ground (model, then the shared helpers at the root of src/). */
const ORDER = [
  'entry',
  'run',
  'stages',
  'targets',
  'sources',
  'compare',
  'report',
  'security',
  'clients',
  'manifest',
  'model',
  'base',
];
const ENTRIES = new Set(['action.ts', 'cli.ts', 'cli-main.ts', 'index.ts']);
/** Layers on one floor: an import between them is listed as sideways. */
const FLOOR = new Set(['targets', 'sources', 'compare', 'report']);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

function layerOf(file) {
  const rel = path.relative('src', file);
  if (!rel.includes(path.sep)) return ENTRIES.has(rel) ? 'entry' : 'base';
  return rel.split(path.sep)[0];
}

const rank = (layer) => (ORDER.includes(layer) ? ORDER.indexOf(layer) : ORDER.length);

/** file -> the src files it imports (relative imports only, `import type` included). */
function importGraph(files) {
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const deps = [];
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      deps.push(path.normalize(path.join(path.dirname(file), m[1])).replace(/\.js$/, '.ts'));
    }
    graph.set(file, deps);
  }
  return graph;
}

function against(graph) {
  const out = [];
  for (const [file, deps] of graph) {
    for (const dep of deps) {
      const [a, b] = [layerOf(file), layerOf(dep)];
      if (a === b) continue;
      if (rank(b) < rank(a)) out.push(`${file} -> ${dep}  (up: ${a} -> ${b})`);
      else if (FLOOR.has(a) && FLOOR.has(b)) out.push(`${file} -> ${dep}  (sideways: ${a} -> ${b})`);
    }
  }
  return out;
}

/** Strongly connected components of more than one file (Tarjan). */
function cycles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) found.push(component);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const graph = importGraph(walk('src'));
const loops = cycles(graph);
const listed = against(graph);
console.log(`layers, top to bottom: ${ORDER.join(' > ')}`);
console.log(`files: ${graph.size}, imports: ${[...graph.values()].reduce((n, d) => n + d.length, 0)}`);
console.log(`cycles: ${loops.length}`);
for (const c of loops) console.log(`  ${c.join(' <-> ')}`);
console.log(`upward or sideways imports: ${listed.length}`);
for (const line of listed) console.log(`  ${line}`);
process.exitCode = loops.length > 0 ? 1 : 0;
