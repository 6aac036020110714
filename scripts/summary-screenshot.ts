/**
 * Shows what users get: runs a realistic ingestion on the local twin (one item dead-lettered by the
 * real StacLoader, one changed, one new), renders the job summary and the pull-request plan comment
 * as GitHub does (GitHub-flavoured Markdown + Mermaid), and screenshots them with headless Chromium.
 *   python3 twin/twin.py start && npx tsx scripts/summary-screenshot.ts [outDir=docs]
 * Needs Debian's `chromium`. The renderer (marked, github-markdown-css, mermaid) is installed into
 * .scratch/render-tools on first use; it is not a dependency of the project.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProcessRunner } from '../src/clients/process.js';
import { RecordingLogger } from '../src/logging.js';
import { renderPlanComment } from '../src/report/pr-comment.js';
import { renderSummary } from '../src/report/summary.js';
import { ingest, type IngestOptions } from '../src/run/ingest.js';
import { bundledSchemaMirror } from '../src/stages/validate/bundled.js';
import { DEMO_PACKAGE } from '../test/support/dataset.js';
import { twinEnv, twinTargetYaml, useTwinCredentials } from '../test/support/twin.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const TOOLS = path.join(ROOT, '.scratch', 'render-tools');
const COLLECTION = 'sentinel-demo';

function item(id: string, collection = COLLECTION, extra: Record<string, unknown> = {}) {
  const ring = [
    [4, 45],
    [6, 45],
    [6, 47],
    [4, 47],
    [4, 45],
  ];
  return {
    type: 'Feature',
    stac_version: '1.1.0',
    id,
    collection,
    geometry: { type: 'Polygon', coordinates: [ring] },
    bbox: [4, 45, 6, 47],
    properties: { datetime: '2024-05-10T09:30:00Z', platform: 'demo-sat-1', ...extra },
    links: [{ rel: 'collection', href: './collection.json', type: 'application/json' }],
    assets: {
      data: { href: `https://example.com/${id}.tif`, type: 'image/tiff; application=geotiff', roles: ['data'] },
    },
  };
}

/** A dataset repository: a collection, two stactools scenes, premade items; `extra` adds sources. */
async function dataset(dir: string, run: string, extraSources = ''): Promise<void> {
  const twin = twinEnv();
  const collection = {
    type: 'Collection',
    stac_version: '1.1.0',
    id: COLLECTION,
    description: 'Demo scenes published by stac-ingest',
    license: 'CC-BY-4.0',
    extent: { spatial: { bbox: [[-180, -90, 180, 90]] }, temporal: { interval: [['2024-01-01T00:00:00Z', null]] } },
    links: [],
  };
  await writeFile(path.join(dir, 'collection.json'), JSON.stringify(collection));
  await writeFile(path.join(dir, 'scenes.csv'), 'file,platform\nscene-a.txt,demo-sat-1\nscene-b.txt,demo-sat-2\n');
  for (const [name, day, lon] of [
    ['a', '01', 10],
    ['b', '02', 12],
  ] as const) {
    const text = `id=${run}-scene-${name}\ndatetime=2024-05-${day}T10:00:00Z\nbbox=${lon}.0,48.0,${lon + 2}.0,50.0\n`;
    await writeFile(path.join(dir, `scene-${name}.txt`), text);
  }
  const manifest = `version: 1
collections:
  - id: ${COLLECTION}
    file: collection.json
sources:
  - id: scenes
    collection: ${COLLECTION}
    stactools:
      package: ./packages/stactools-demo
      group: demo
      rows: scenes.csv
      args: ["{file}"]
      options: { platform: "{platform}" }
  - id: premade
    files: items/*.json
${extraSources}${twinTargetYaml(twin)}`;
  await writeFile(path.join(dir, 'stac-ingest.yaml'), manifest);
}

async function realisticRuns(): Promise<{ summary: string; comment: string }> {
  const twin = twinEnv();
  useTwinCredentials(twin);
  const run = Date.now().toString(36);
  const dir = await mkdtemp(path.join(tmpdir(), 'stac-ingest-screenshot-'));
  // as in a workflow: the dataset repository is the working directory, paths in the summary are relative
  const cwd = process.cwd();
  process.chdir(dir);
  const ingestHere = (command: IngestOptions['command']) =>
    ingest(
      {
        command,
        manifestPath: 'stac-ingest.yaml',
        concurrency: 2,
        schemaMirrors: [bundledSchemaMirror()!],
        network: false,
      },
      { logger: new RecordingLogger(), runner: createProcessRunner() },
    );
  try {
    await cp(DEMO_PACKAGE, path.join(dir, 'packages', 'stactools-demo'), { recursive: true });
    await mkdir(path.join(dir, 'items'));
    for (const n of [1, 2, 3])
      await writeFile(path.join(dir, 'items', `p${n}.json`), JSON.stringify(item(`${run}-premade-${n}`)));
    await dataset(dir, run);
    const first = await ingestHere('run');
    if (!first.ok) throw new Error(`the baseline run failed: ${JSON.stringify(first.problems)}`);
    // the pull request: one item edited, one added, and one whose collection id the loader rejects
    await writeFile(
      path.join(dir, 'items', 'p2.json'),
      JSON.stringify(item(`${run}-premade-2`, COLLECTION, { platform: 'demo-sat-9' })),
    );
    await writeFile(path.join(dir, 'items', 'p4.json'), JSON.stringify(item(`${run}-premade-4`)));
    await mkdir(path.join(dir, 'bad'));
    await writeFile(path.join(dir, 'bad', 'b1.json'), JSON.stringify(item(`${run}-bad-1`, `o'brien-${run}`)));
    await dataset(dir, run, '  - id: partner-drop\n    files: bad/*.json\n');
    const plan = await ingestHere('plan');
    const runUrl = 'https://github.com/maap/example-dataset/actions/runs/1234567890';
    const comment = renderPlanComment({ ...plan, manifest: 'stac-ingest.yaml' }, runUrl);
    const merged = await ingestHere('run');
    return { summary: renderSummary({ ...merged, manifest: 'stac-ingest.yaml' }), comment };
  } finally {
    process.chdir(cwd);
    await rm(dir, { recursive: true, force: true });
  }
}

function renderTools(): string {
  if (!existsSync(path.join(TOOLS, 'node_modules', 'mermaid'))) {
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        TOOLS,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        'marked@18',
        'github-markdown-css@5',
        'mermaid@12',
      ],
      { stdio: 'inherit' },
    );
  }
  return path.join(TOOLS, 'node_modules');
}

/** The part of marked's API used here (marked is installed on demand, so it has no types in the project). */
interface Marked {
  use(extension: { gfm: boolean; renderer: { code(token: { text: string; lang?: string }): string | false } }): void;
  parse(markdown: string): string | Promise<string>;
}

/** GitHub's look: GFM through marked, github-markdown-css, ```mermaid blocks drawn by mermaid. */
async function toHtml(markdown: string, title: string, modules: string): Promise<string> {
  const url = pathToFileURL(path.join(modules, 'marked', 'lib', 'marked.esm.js')).href;
  const { marked } = (await import(url)) as { marked: Marked };
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  marked.use({
    gfm: true,
    renderer: {
      code({ text, lang }) {
        return lang === 'mermaid' ? `<pre class="mermaid">${escape(text)}</pre>` : false;
      },
    },
  });
  const body = await marked.parse(markdown);
  const css = pathToFileURL(path.join(modules, 'github-markdown-css', 'github-markdown-light.css')).href;
  const mermaid = pathToFileURL(path.join(modules, 'mermaid', 'dist', 'mermaid.min.js')).href;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title>
<link rel="stylesheet" href="${css}">
<style>body{margin:0;background:#fff}.markdown-body{box-sizing:border-box;width:900px;padding:24px 32px;
font-family:-apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif}</style></head>
<body><article class="markdown-body">${body}</article>
<script src="${mermaid}"></script>
<script>mermaid.initialize({ startOnLoad: false, theme: 'default' });
mermaid.run().finally(() => { document.body.dataset.height = document.documentElement.scrollHeight; });</script>
</body></html>`;
}

const CHROMIUM = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
  '--hide-scrollbars',
  '--allow-file-access-from-files',
  '--virtual-time-budget=15000',
];

function screenshot(htmlFile: string, png: string): void {
  const url = pathToFileURL(htmlFile).href;
  const dom = execFileSync('chromium', [...CHROMIUM, '--window-size=900,1200', '--dump-dom', url], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 2000);
  execFileSync('chromium', [...CHROMIUM, `--window-size=900,${height}`, `--screenshot=${png}`, url], {
    stdio: 'ignore',
  });
  console.log(`wrote ${png} (900x${height})`);
}

const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs'));
const modules = renderTools();
const { summary, comment } = await realisticRuns();
await mkdir(out, { recursive: true });
for (const [name, markdown, title] of [
  ['job-summary', summary, 'Job summary'],
  ['pr-comment', comment, 'Pull-request comment'],
] as const) {
  await writeFile(path.join(out, `${name}.md`), markdown);
  const html = path.join(out, `${name}.html`);
  await writeFile(html, await toHtml(markdown, title, modules));
  screenshot(html, path.join(out, `${name}.png`));
  await rm(html);
}
