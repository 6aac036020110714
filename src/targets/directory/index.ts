import path from 'node:path';
import type { DirectoryTarget } from '../../manifest/schema.js';
import { writeDirectory } from './write.js';
import type { OutputPolicy } from './output-dir.js';
import type { DeliveryInput, Sink, SinkContext } from '../target.js';
import type { DeliveryOutcome, ObjectStatus } from '../../model/delivery.js';
import { collectionKey, itemKey } from '../../model/keys.js';

/** Writes a static catalog and/or NDJSON, then reads it back (src/targets/directory/write.ts). */
export function createDirectorySink(target: DirectoryTarget, baseDir: string, policy: OutputPolicy): Sink {
  return {
    type: 'directory',
    async deliver(input: DeliveryInput, ctx: SinkContext): Promise<DeliveryOutcome> {
      const root = path.resolve(baseDir, target.path);
      if ((input.mode ?? 'publish') !== 'publish')
        return { ok: true, summary: `a directory target has no live catalog to ${input.mode} against`, objects: [] };
      const output = await ctx.stage('write', () =>
        writeDirectory(
          root,
          input.collections.map((d) => d.doc),
          input.items.map((d) => d.doc),
          target.format,
          policy,
        ),
      );
      ctx.logger.info(
        `wrote ${output.collections} collection(s) and ${output.items} item(s) to ${root} (re-read and checked)`,
      );
      const objects: ObjectStatus[] = [
        ...input.collections.map((d): ObjectStatus => ({
          key: collectionKey(String(d.doc['id'])),
          kind: 'collection',
          collection: String(d.doc['id']),
          id: String(d.doc['id']),
          origin: d.origin,
          state: 'written',
        })),
        ...input.items.map((d): ObjectStatus => {
          const c = typeof d.doc['collection'] === 'string' ? (d.doc['collection'] as string) : null;
          return {
            key: itemKey(c ?? '', String(d.doc['id'])),
            kind: 'item',
            collection: c,
            id: String(d.doc['id']),
            origin: d.origin,
            state: 'written',
          };
        }),
      ];
      return {
        ok: true,
        summary: `wrote ${output.items} item(s) and ${output.collections} collection(s) to ${root}`,
        objects,
        details: { output },
      };
    },
  };
}
