/**
 * Differential tests against the real StacLoader (the twin's eoapi-cdk handler, stac-pydantic,
 * pypgstac, pgstac and stac-fastapi-pgstac): what we predict the catalog stores must be what the
 * STAC API returns, for every generated document; what we refuse must be what the loader refuses,
 * both ways. The messages go through the handler's own `process_record`, `load_collections_to_db`
 * and `load_items_for_collection` in its venv (test/support/loader_differential.py): the exact
 * code the Lambda runs on an SQS batch, without SNS/SQS in between (moto adds nothing to the
 * document; the twin e2e tests cover that path).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStacApiClient, type StacApiClient } from '../src/clients/stac-api.js';
import { compareStac } from '../src/compare/compare.js';
import { normalizedPy } from '../src/compare/normalize.js';
import { isPyObject, type PyJson } from '../src/compare/py-value.js';
import { stringifyJson } from '../src/json.js';
import { RecordingLogger } from '../src/logging.js';
import type { StacObject } from '../src/model/stac.js';
import { checkLoaderRules } from '../src/stages/validate/loader-rules.js';
import { REPO_ROOT } from './support/dataset.js';
import { collectionGen, itemGen, seeded, toDoc } from './support/stac-generator.js';
import { badDocuments } from './support/stac-mutations.js';
import { twinEnv, type TwinEnv } from './support/twin.js';

const PYTHON = path.join(REPO_ROOT, '.twin', 'venvs', 'stac-loader', 'bin', 'python');
const DRIVER = path.join(REPO_ROOT, 'test', 'support', 'loader_differential.py');

interface LoaderOutcome {
  accepted: boolean;
  error: string | null;
}

/** The real handler on these messages (one JSON text each, as we publish them). */
function throughLoader(env: TwinEnv, mode: 'batch' | 'each', docs: StacObject[]): LoaderOutcome[] {
  const input = docs.map((d) => stringifyJson(d)).join('\n') + '\n';
  const out = execFileSync(PYTHON, [DRIVER, mode, env.pg_dsn], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as LoaderOutcome);
}

/** Places where the int/float kind of a number differs (outside geometries, which PostGIS rewrites). */
function numberKindDifferences(a: PyJson, b: PyJson, at = ''): string[] {
  if (at === '/geometry') return [];
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number')) {
    return typeof a === typeof b ? [] : [`${at}: ${typeof a} vs ${typeof b}`];
  }
  if (Array.isArray(a) && Array.isArray(b))
    return a.flatMap((x, i) => numberKindDifferences(x, b[i] ?? null, `${at}/${i}`));
  if (isPyObject(a) && isPyObject(b)) {
    return Object.keys(a).flatMap((k) =>
      k in b ? numberKindDifferences(a[k] ?? null, b[k] ?? null, `${at}/${k}`) : [],
    );
  }
  return [];
}

describe('the stored form, predicted vs the real loader (twin)', () => {
  let env: TwinEnv;
  let api: StacApiClient;
  beforeAll(() => {
    env = twinEnv();
    api = createStacApiClient({ baseUrl: env.stac_api_url, logger: new RecordingLogger() });
  });

  it('predicts what the STAC API returns for 500+ generated collections and items, every one', async () => {
    const run = `sf${Date.now().toString(36)}`;
    const r = seeded(2024);
    const collections = Array.from({ length: 40 }, (_, i) => toDoc(collectionGen(r, `${run}-c${i}`)));
    const withItems = collections.slice(0, 30);
    const items = Array.from({ length: 480 }, (_, n) => {
      const c = withItems[n % withItems.length] as StacObject;
      return toDoc(itemGen(r, c.id as string, `${run}-i${n}`, n));
    });
    const docs = [...collections, ...items];

    // valid by construction: the local model must agree that the loader takes every one
    const refused = docs.flatMap((d) =>
      checkLoaderRules(d, { file: String(d.id) })
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.location.file}${f.location.pointer}: ${f.message}`),
    );
    expect(refused).toEqual([]);

    const outcomes = throughLoader(env, 'batch', docs);
    const rejected = outcomes.flatMap((o, i) => (o.accepted ? [] : [`${String(docs[i]?.id)}: ${o.error}`]));
    expect(rejected).toEqual([]);

    const byCollection = new Map(collections.map((c) => [c.id as string, c]));
    const actual = new Map<string, StacObject>();
    for (const c of collections) {
      const got = await api.getCollection(c.id as string);
      if (got) actual.set(`collection:${String(c.id)}`, got);
    }
    for (const c of withItems) {
      const ids = items.filter((i) => i.collection === c.id).map((i) => i.id as string);
      for await (const it of api.searchByIds(c.id as string, ids)) actual.set(`item:${String(it.id)}`, it);
    }

    const mismatches: string[] = [];
    const kinds: string[] = [];
    let agree = 0;
    for (const d of docs) {
      const isItem = d.type === 'Feature';
      const key = `${isItem ? 'item' : 'collection'}:${String(d.id)}`;
      const got = actual.get(key);
      if (got === undefined) {
        mismatches.push(`${key}: not in the catalog`);
        continue;
      }
      const options = {
        linkBase: api.baseUrl,
        collectionExtent: !isItem && !withItems.includes(d) ? ('compare' as const) : ('ignore' as const),
        ...(isItem ? { itemAssets: byCollection.get(d.collection as string)?.['item_assets'] } : {}),
      };
      const cmp = compareStac(d, got, options);
      if (cmp.equal) agree++;
      else mismatches.push(`${key}: ${JSON.stringify(cmp.differences.slice(0, 5))}`);
      kinds.push(
        ...numberKindDifferences(normalizedPy(d, options), normalizedPy(got, options)).map((k) => `${key}${k}`),
      );
    }
    console.log(
      `stored form: ${agree} of ${docs.length} documents predicted exactly ` +
        `(${((100 * agree) / docs.length).toFixed(1)}%)`,
    );
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(kinds.slice(0, 20)).toEqual([]);
    expect(agree).toBe(docs.length);
  });

  it('refuses what the loader refuses and accepts what it accepts, on 500+ generated bad documents', () => {
    const run = `rf${Date.now().toString(36)}`;
    const r = seeded(7);
    const base = toDoc(collectionGen(r, `${run}-base`));
    expect(throughLoader(env, 'batch', [base])).toEqual([{ accepted: true, error: null }]);
    const cases = badDocuments(r, base, `${run}`, 520);
    const outcomes = throughLoader(
      env,
      'each',
      cases.map((c) => c.doc),
    );
    let agree = 0;
    const disagreements: string[] = [];
    const counts = { refusedBoth: 0, acceptedBoth: 0 };
    cases.forEach((c, i) => {
      const ours = checkLoaderRules(c.doc, { file: c.name }).filter((f) => f.severity === 'error');
      const theirs = outcomes[i] as LoaderOutcome;
      if (ours.length > 0 === !theirs.accepted) {
        agree++;
        if (theirs.accepted) counts.acceptedBoth++;
        else counts.refusedBoth++;
      } else {
        const why = ours.map((f) => `${f.rule}@${f.location.pointer}`).join(', ');
        disagreements.push(
          `${c.name}: loader ${theirs.accepted ? 'accepts' : `refuses (${theirs.error})`}, ` +
            `we ${why === '' ? 'accept' : `refuse (${why})`}`,
        );
      }
    });
    console.log(
      `refusals: ${agree} of ${cases.length} agree (${((100 * agree) / cases.length).toFixed(1)}%): ` +
        `${counts.refusedBoth} refused by both, ${counts.acceptedBoth} accepted by both`,
    );
    expect(disagreements.slice(0, 30)).toEqual([]);
    expect(agree).toBe(cases.length);
  });
});
