/**
 * Writes the README's Action inputs and outputs tables from action.yml (`npm run docs`);
 * `npm run docs -- --check` fails when they differ (the test suite runs the same check).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

interface ActionYml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (text: string) =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();

function inputsTable(action: ActionYml): string {
  const rows = Object.entries(action.inputs ?? {}).map(([name, input]) => {
    const fallback = input.required === true ? 'required' : input.default ? `\`${input.default}\`` : '';
    return `| \`${name}\` | ${cell(fallback)} | ${cell(input.description ?? '')} |`;
  });
  return ['| input | default | description |', '| --- | --- | --- |', ...rows].join('\n');
}

function outputsTable(action: ActionYml): string {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, o]) => `| \`${name}\` | ${cell(o.description ?? '')} |`,
  );
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

const begin = (name: string) => `<!-- ${name}: generated from action.yml by \`npm run docs\`; do not edit -->`;
const end = (name: string) => `<!-- /${name} -->`;

/** The README with its marked `action-inputs` and `action-outputs` blocks rewritten from action.yml. */
export function renderActionDocs(actionYml: string, readme: string): string {
  const action = parse(actionYml) as ActionYml;
  let out = readme;
  for (const [name, table] of [
    ['action-inputs', inputsTable(action)],
    ['action-outputs', outputsTable(action)],
  ] as const) {
    const from = out.indexOf(begin(name));
    const to = out.indexOf(end(name));
    if (from === -1 || to < from) throw new Error(`README.md has no block ${begin(name)} ... ${end(name)}`);
    out = `${out.slice(0, from)}${begin(name)}\n${table}\n${out.slice(to)}`;
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const root = path.resolve(
    argv.find((a) => !a.startsWith('--')) ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'),
  );
  const readmePath = path.join(root, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const fresh = renderActionDocs(await readFile(path.join(root, 'action.yml'), 'utf8'), readme);
  if (fresh === readme) return 0;
  if (argv.includes('--check')) {
    console.error('README.md: the Action inputs/outputs tables differ from action.yml; run `npm run docs`');
    return 1;
  }
  await writeFile(readmePath, fresh);
  console.log(`updated ${readmePath}`);
  return 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
