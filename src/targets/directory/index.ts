import path from 'node:path';
import type { DirectoryTarget } from '../../manifest/schema.js';
import type { DirectoryOutput } from '../../model/delivery.js';
import { writeDirectory } from './write.js';
import { writeDirectoryStream } from './stream.js';
import type { OutputPolicy } from './output-dir.js';
import type { Target, Written } from '../target.js';

/**
 * Writes a static catalog and/or NDJSON, then reads it back (src/targets/directory/write.ts).
 * The directory is one snapshot: collections and items are written together; there is no live
 * catalog to compare with or wait for.
 */
export function createDirectoryTarget(target: DirectoryTarget, baseDir: string, policy: OutputPolicy): Target {
  const root = path.resolve(baseDir, target.path);
  let output: DirectoryOutput | undefined;
  return {
    type: 'directory',
    snapshot: true,
    open: async () => [],
    catalogs: () => [],
    async write(batch, ctx) {
      const collections = batch.collections.map((o) => o.doc);
      const items = batch.items.map((o) => o.doc);
      output = await writeDirectory(root, collections, items, target.format, policy);
      ctx.logger.info(
        `wrote ${output.collections} collection(s) and ${output.items} item(s) to ${root} (re-read and checked)`,
      );
      return [...batch.collections, ...batch.items].map((o): Written => ({ key: o.key, state: 'written' }));
    },
    async writeStream(collections, items, ctx) {
      const written = await writeDirectoryStream(
        root,
        collections.map((o) => o.doc),
        items,
        target.format,
        policy,
      );
      const { itemsPerCollection, ...rest } = written;
      output = rest;
      ctx.logger.info(
        `wrote ${output.collections} collection(s) and ${output.items} item(s) to ${root} as they were read ` +
          '(each file re-read and checked)',
      );
      return itemsPerCollection;
    },
    describe: () => root,
    details: () => (output ? { output } : {}),
  };
}
