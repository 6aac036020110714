import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { renderReportJsonSchema } from '../src/report/json-report-schema.js';
import { toJsonReport } from '../src/report/json-report.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../src/report/summary.js';
import { summarizeCollections } from '../src/run/collections.js';
import type { IngestResult } from '../src/model/result.js';
import type { ObjectStatus } from '../src/model/delivery.js';
import { REPO_ROOT } from './support/dataset.js';

function object(
  id: string,
  state: ObjectStatus['state'],
  change?: ObjectStatus['change'],
  reason?: string,
): ObjectStatus {
  return {
    key: `item:c1/${id}`,
    kind: 'item',
    collection: 'c1',
    id,
    origin: { file: 'items.ndjson', line: 1 },
    state,
    ...(change ? { change } : {}),
    ...(reason ? { reason } : {}),
    // a run sent everything it did not find unchanged
    ...(state !== 'unchanged' ? { sent: true as const } : {}),
  };
}

function publishedRun(
  objects: ObjectStatus[],
  progress = [
    { atMs: 0, verified: 0, expected: 4 },
    { atMs: 30_000, verified: 2, expected: 4 },
    { atMs: 60_000, verified: 3, expected: 4 },
  ],
): IngestResult {
  const delivery = { ok: false, summary: 'x', objects, progress };
  return {
    ok: false,
    command: 'run',
    manifest: 'stac-ingest.yaml',
    target: { name: 'staging', type: 'maap', description: 'publish to the MAAP pipeline' },
    collections: summarizeCollections(undefined, undefined, undefined, delivery),
    problems: [
      {
        severity: 'error',
        stage: 'deliver',
        message: 'item:c1/d is dead-lettered: rejected by the loader',
        location: { file: 'items.ndjson', line: 4 },
      },
    ],
    stages: [
      { name: 'publish', ms: 1200, ok: true },
      { name: 'wait', ms: 61_000, ok: false },
    ],
    startedAt: '2026-11-22T00:00:00.000Z',
    durationMs: 62_500,
    delivery,
  };
}

describe('run reports', () => {
  const run = publishedRun([
    object('a', 'verified', 'new'),
    object('b', 'verified', 'changed'),
    object('c', 'missing', 'new'),
    object('d', 'dead-lettered', 'new', 'rejected by the loader after 2 receives'),
    object('e', 'unchanged', 'unchanged'),
  ]);

  it('counts per collection from where each object ended up', () => {
    expect(run.collections).toHaveLength(1);
    expect(run.collections[0]?.counts).toMatchObject({
      new: 3,
      changed: 1,
      unchanged: 1,
      published: 4,
      verified: 2,
      missing: 1,
      dead_lettered: 1,
    });
    expect(run.collections[0]?.firstErrors).toEqual([
      'item:c1/c missing',
      'item:c1/d dead-lettered: rejected by the loader after 2 receives',
    ]);
  });

  it('the job summary shows the counts, the failures, the stage times and a Mermaid chart of the wait', () => {
    const md = renderSummary(run);
    expect(md).toContain('## ❌ stac-ingest run');
    expect(md).toContain('| Collection | Collections checked | Items planned | Items checked |\n');
    expect(md).toContain('| `c1` | 0 | 0 | 0 |\n');
    expect(md).toContain(
      '| Collection | New | Changed | Unchanged | Published | Verified | Missing | Dead-lettered |\n',
    );
    expect(md).toContain('| `c1` | 3 | 1 | 1 | 4 | 2 | 1 | 1 |\n');
    expect(md).toContain('`items.ndjson:4`: item:c1/d is dead-lettered');
    expect(md).toContain(
      '```mermaid\n%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f883d"}}}}%%\nxychart-beta',
    );
    expect(md).toContain('title "Verified items during the wait (of 4)"');
    expect(md).toContain('x-axis "seconds" [0, 30, 60]');
    expect(md).toContain('line [0, 2, 3]');
    expect(md).toMatch(/\| wait \| 61\.0 s \| failed \|/);
  });

  it(
    'keeps every count table narrow enough for the summary column ' +
      '(the delivery counts were scrolled out of sight)',
    () => {
      const tables = renderSummary(run)
        .split('\n')
        .filter((l) => l.startsWith('| Collection |'));
      expect(tables).toHaveLength(2);
      for (const header of tables) expect(header.split(' | ').length).toBeLessThanOrEqual(9);
    },
  );

  it('folds long lists and stays under the 1 MiB limit', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => object(`item-${i}-${'x'.repeat(40)}`, 'missing', 'new'));
    const big = publishedRun(many);
    big.problems = many.map((o) => ({
      severity: 'error' as const,
      stage: 'deliver',
      message: `${o.key} is missing`.repeat(3),
      location: { file: 'f.ndjson', line: 1 },
    }));
    const md = renderSummary(big);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).toContain('<details><summary>30000 problems</summary>');
    expect(md).toContain('… and 29950 more');
  });

  it('the JSON report matches its published schema, and the committed schema is fresh', async () => {
    const committed = await readFile(path.join(REPO_ROOT, 'schema', 'report.schema.json'), 'utf8');
    expect(committed).toBe(renderReportJsonSchema());
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(committed));
    const report = toJsonReport(run);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.totals).toMatchObject({ verified: 2, missing: 1, dead_lettered: 1 });
    expect(report.objects.find((o) => o.id === 'd')).toMatchObject({
      state: 'dead-lettered',
      reason: 'rejected by the loader after 2 receives',
      location: { file: 'items.ndjson', line: 1 },
    });
    expect(report.progress).toEqual([
      { at_ms: 0, verified: 0, expected: 4 },
      { at_ms: 30_000, verified: 2, expected: 4 },
      { at_ms: 60_000, verified: 3, expected: 4 },
    ]);
  });
});
