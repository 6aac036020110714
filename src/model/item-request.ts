import { z } from 'zod';
import type { ItemRequest } from './inputs.js';

export type { ItemRequest };

/**
 * Parses an ItemRequest message. Strict (only the model's keys); the defaults are pydantic's
 * (`create_item_options: {}`, `collection_id: null`). Also rejects what the Lambda would fail on
 * at run time: an empty package_name, and extras holding a comma (`pkg[a,b]`: the package name is joined
 * into the comma-separated `--with` list, which splits them). A plain comma is allowed: it is how extra
 * requirements ride along (`stactools-foo==1.0,affine<3`).
 */
/** `pkg[a,b]`: extras with a comma, which the generator's comma-joined `--with` list would split. */
export const EXTRAS_WITH_COMMA = /\[[^\]]*,[^\]]*\]/;

export const itemRequestSchema = z.strictObject({
  package_name: z
    .string()
    .min(1, 'package_name must not be empty (the generator raises "Missing required parameter: package_name")')
    .refine((s) => !EXTRAS_WITH_COMMA.test(s), {
      message:
        "package_name must not contain ',' inside extras like pkg[a,b] " +
        '(the generator joins it into a comma-separated `uvx --with` list, which splits them)',
    }),
  group_name: z.string().min(1, 'group_name must name the `stac <group>` sub-command group'),
  create_item_args: z.array(
    z.string({ error: 'create_item_args elements must be strings (pydantic rejects numbers)' }),
  ),
  create_item_options: z
    .record(z.string(), z.string({ error: 'create_item_options values must be strings' }))
    .default({}),
  collection_id: z.string().nullable().default(null),
});

/** The JSON message body: exactly the model's keys, in the model's order. */
export function toItemRequestMessage(req: ItemRequest): string {
  const ordered: ItemRequest = {
    package_name: req.package_name,
    group_name: req.group_name,
    create_item_args: [...req.create_item_args],
    create_item_options: { ...req.create_item_options },
    collection_id: req.collection_id,
  };
  return JSON.stringify(ordered);
}
