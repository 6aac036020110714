/**
 * The plan against the live catalog, on a real stac-fastapi-pgstac over a real pgstac database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStacApiClient } from '../src/clients/stac-api.js';
import { stacApiCatalog } from '../src/targets/stac-api-catalog.js';
import { RecordingLogger } from '../src/logging.js';
import { classifyAgainstCatalog } from '../src/stages/classify.js';
import { expectedFromDoc, type PlannedStac } from '../src/model/expected.js';
import type { StacObject } from '../src/model/stac.js';
import { startStacServices, stacServicesUnavailable, type StacServices } from './support/stac-services.js';
import { collectionDoc, itemDoc } from './support/stac-docs.js';

const unavailable = stacServicesUnavailable();
if (unavailable) console.warn(`skipping test/stages-classify.test.ts: ${unavailable}`);

function planned(doc: StacObject): PlannedStac {
  const e = expectedFromDoc(doc, { file: 'manifest.yaml', entry: `sources[0] (${String(doc.id)})` });
  if (!e || !e.doc) throw new Error('not a STAC item/collection');
  return { ...e, doc: e.doc };
}

describe.skipIf(unavailable !== undefined)('classifyAgainstCatalog (real stac-fastapi-pgstac)', () => {
  let services: StacServices;
  const owned = 'owned-col';
  const shared = 'shared-col';

  beforeAll(async () => {
    services = await startStacServices();
    await services.load([
      collectionDoc(owned),
      collectionDoc(shared, { description: 'old description' }),
      ...['a', 'b', 'c', 'd', 'old-1', 'old-2'].map((id, i) => itemDoc(owned, id, i)),
      ...['x', 'someone-elses'].map((id, i) => itemDoc(shared, id, i)),
    ]);
  });
  afterAll(async () => {
    await services?.stop();
  });

  const deps = () => {
    const logger = new RecordingLogger();
    const api = createStacApiClient({ baseUrl: services.apiUrl, logger, pageLimit: 2, searchChunkSize: 2 });
    return { catalog: stacApiCatalog(api), logger };
  };

  // the manifest now: a, b unchanged; c edited; d with only key order / offsets / ints changed; e new; old-1/old-2 gone
  const plan = (): PlannedStac[] => {
    const d = itemDoc(owned, 'd', 3);
    const reordered = Object.fromEntries(Object.entries(d).reverse());
    (reordered.properties as Record<string, unknown>).datetime = '2020-12-31T21:00:00.500-03:00';
    return [
      planned(collectionDoc(owned)),
      planned(collectionDoc(shared)),
      planned(collectionDoc('brand-new-col')),
      planned(itemDoc(owned, 'a', 0)),
      planned(itemDoc(owned, 'b', 1)),
      planned(itemDoc(owned, 'c', 2, { bbox: [2, 0, 3, 1.5] })),
      planned(reordered),
      planned(itemDoc(owned, 'e', 4)),
      planned(itemDoc(shared, 'x', 0)),
      planned(itemDoc(shared, 'y', 1)),
      planned(itemDoc('brand-new-col', 'n1', 0)),
    ];
  };

  it('classifies new, changed, unchanged and orphan objects; publishes only new + changed', async () => {
    const r = await classifyAgainstCatalog(plan(), deps(), { ownedCollections: [owned] });
    const status = Object.fromEntries(r.objects.map((o) => [o.key, o.status]));
    expect(status).toEqual({
      [`collection:${owned}`]: 'unchanged',
      [`collection:${shared}`]: 'changed',
      'collection:brand-new-col': 'new',
      [`item:${owned}/a`]: 'unchanged',
      [`item:${owned}/b`]: 'unchanged',
      [`item:${owned}/c`]: 'changed',
      [`item:${owned}/d`]: 'unchanged',
      [`item:${owned}/e`]: 'new',
      [`item:${shared}/x`]: 'unchanged',
      [`item:${shared}/y`]: 'new',
      'item:brand-new-col/n1': 'new',
    });
    expect(r.objects.find((o) => o.key === `item:${owned}/c`)?.differences).toEqual([
      { path: '/bbox/3', expected: 1.5, actual: 1 },
    ]);
    expect(r.objects.find((o) => o.key === `collection:${shared}`)?.differences).toEqual([
      { path: '/description', expected: `test collection ${shared}`, actual: 'old description' },
    ]);
    // only the owned collection is listed for orphans; `someone-elses` in the shared one is not an orphan
    expect(r.orphans.map((o) => o.key)).toEqual([`item:${owned}/old-1`, `item:${owned}/old-2`]);
    expect(r.counts).toEqual({ new: 4, changed: 2, unchanged: 5, orphan: 2 });
    expect(r.byCollection[owned]).toEqual({ new: 1, changed: 1, unchanged: 4, orphan: 2 });
    expect(r.toPublish).toEqual([
      `collection:${shared}`,
      'collection:brand-new-col',
      `item:${owned}/c`,
      `item:${owned}/e`,
      `item:${shared}/y`,
      'item:brand-new-col/n1',
    ]);
    expect(r.orphanChecked).toEqual([owned]);
    expect(r.objects.find((o) => o.key === `item:${owned}/e`)?.origin?.entry).toBe('sources[0] (e)');
  });

  it('reports no orphans unless asked, and force publishes everything', async () => {
    const r = await classifyAgainstCatalog(plan(), deps(), { force: true });
    expect(r.orphans).toEqual([]);
    expect(r.orphanChecked).toEqual([]);
    expect(r.toPublish).toHaveLength(11);
    expect(r.counts.unchanged).toBe(5);
  });

  it('an owned collection with nothing planned reports all its items as orphans', async () => {
    const r = await classifyAgainstCatalog([], deps(), { ownedCollections: [shared, 'not-in-catalog'] });
    expect(r.orphans.map((o) => o.id).sort()).toEqual(['someone-elses', 'x']);
    expect(r.objects).toEqual([]);
  });
});
