/**
 * The publish stage: writes a delivery's documents and ItemRequests to the target, collections
 * first. Items and ItemRequests go only once their collection is written and, when the caller
 * asks for it (writes that land later, in a catalog that can be read), once it is visible: a
 * StacLoader invocation handling items of a collection it cannot see yet writes a placeholder
 * collection, which can land after, and over, the real one when two invocations run at once.
 * Items of a collection that was refused or did not appear are not sent. Items the loader must not
 * see in one batch (loader-waves.ts) go in waves, each once the one before has landed, after the items that
 * hold each collection's datetime bounds (loader-waves.ts: else pgstac can drop whole batches). A snapshot
 * target (a static directory) gets everything in one write.
 */
import type { Target, TargetContext, WriteBatch, Written } from '../targets/target.js';
import { boundsFirst, loaderWaves } from './loader-waves.js';

export interface PublishStageOptions {
  /**
   * Waits until the written collections are in the catalog; returns why each one that is not
   * never came (dead-lettered, timeout...). Absent: written is enough.
   */
  awaitCollections?: (keys: string[]) => Promise<Map<string, string>>;
  /** Waits until the written items have landed (or settled); between waves of items. Absent: one wave. */
  awaitItems?: (keys: string[]) => Promise<void>;
  /**
   * Each collection's earliest and latest items are stored already (by an earlier window of a streamed delivery):
   * no bounds-first wave, whose wait would queue behind the items of the windows still being loaded.
   */
  boundsStored?: boolean;
}

export async function publishStage(
  target: Target,
  batch: WriteBatch,
  ctx: TargetContext,
  options: PublishStageOptions = {},
): Promise<Written[]> {
  if (target.snapshot) return ctx.stage('publish', () => target.write(batch, ctx));
  const written: Written[] = [];
  const absent = new Map<string, string>();
  if (batch.collections.length > 0) {
    const collections = { collections: batch.collections, items: [], requests: [] };
    for (const w of await ctx.stage('publish collections', () => target.write(collections, ctx))) written.push(w);
    for (const w of written) if (w.state === 'failed') absent.set(w.key, 'was refused');
    const sent = written.filter((w) => w.state === 'published').map((w) => w.key);
    const hasItems = batch.items.length + batch.requests.length > 0;
    if (options.awaitCollections && sent.length > 0 && hasItems) {
      const gone = await ctx.stage('wait for collections', () => options.awaitCollections!(sent));
      for (const [key, why] of gone) absent.set(key, why);
    }
  }
  const byId = new Map(batch.collections.map((c) => [c.id, c.key]));
  const blocked = (collection: string | null): string | undefined => {
    const key = collection === null ? undefined : byId.get(collection);
    const why = key === undefined ? undefined : absent.get(key);
    return why === undefined ? undefined : `not sent: collection '${collection}' ${why}`;
  };
  const rest: WriteBatch = { collections: [], items: [], requests: [] };
  for (const o of [...batch.items, ...batch.requests]) {
    const reason = blocked(o.collection);
    if (reason !== undefined) written.push({ key: o.key, state: 'failed', reason });
    else if ('request' in o) rest.requests.push(o);
    else rest.items.push(o);
  }
  if (rest.items.length + rest.requests.length < batch.items.length + batch.requests.length)
    ctx.logger.error(
      'not sending the items and ItemRequests of collections that were not written ' +
        '(they would fail, or create placeholder collections)',
    );
  if (rest.items.length + rest.requests.length > 0) written.push(...(await publishItems(target, rest, ctx, options)));
  return written;
}

/**
 * Items and ItemRequests, in waves when the target's loader needs them (the requests go with the first): the
 * items holding each collection's datetime bounds, then the rest; each part in fraction waves.
 */
async function publishItems(
  target: Target,
  rest: WriteBatch,
  ctx: TargetContext,
  options: PublishStageOptions,
): Promise<Written[]> {
  const waved = target.datetimeTextRanges && options.awaitItems;
  const split = waved && !options.boundsStored ? boundsFirst(rest.items) : { bounds: [], rest: rest.items };
  const first = split.rest.length > 0 ? loaderWaves(split.bounds) : [];
  const waves = [...first, ...(waved ? loaderWaves(first.length > 0 ? split.rest : rest.items) : [rest.items])];
  if (waves.length === 0) waves.push([]);
  if (first.length > 0)
    ctx.logger.info(
      "publishing each collection's earliest and latest items first: pgstac derives partition constraints " +
        'from stored rows, and a loader batch outside them is lost',
    );
  if (waves.length > first.length + 1)
    ctx.logger.info(
      `publishing items in ${waves.length - first.length} waves: items at one second with and without a ` +
        'fraction cannot share a loader batch (pypgstac compares datetime text)',
    );
  const written: Written[] = [];
  for (const [i, items] of waves.entries()) {
    const batch: WriteBatch = { collections: [], items, requests: i === 0 ? rest.requests : [] };
    const name = waves.length > 1 ? `publish items (wave ${i + 1} of ${waves.length})` : 'publish items';
    const out = await ctx.stage(name, () => target.write(batch, ctx));
    written.push(...out);
    const sent = out.filter((w) => w.state === 'published').map((w) => w.key);
    if (i < waves.length - 1 && sent.length > 0)
      await ctx.stage(`wait for wave ${i + 1}`, () => options.awaitItems!(sent));
  }
  return written;
}
