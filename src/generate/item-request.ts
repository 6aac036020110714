import { z } from 'zod';

/**
 * The StactoolsItemGenerator's ItemRequest, field for field as its pydantic model
 * (protocol.md §2.2). The Lambda ignores unknown fields; we never send any.
 */
export interface ItemRequest {
  /** A uv requirement: `stactools-foo`, `stactools-foo==0.1.2`, `git+https://...@tag` (or `./path`, local only). */
  package_name: string;
  /** The `stac <group>` sub-command group. */
  group_name: string;
  /** Positional create-item arguments (strings only). */
  create_item_args: string[];
  /** `--key value` pairs, passed in insertion order. */
  create_item_options: Record<string, string>;
  /** When truthy, overwrites the generated item's `collection`. */
  collection_id: string | null;
}

/**
 * Parses an ItemRequest message. Strict (only the model's keys); the defaults are pydantic's
 * (`create_item_options: {}`, `collection_id: null`). Also rejects what the Lambda would fail on
 * at run time: an empty package_name, and a package_name with a comma (it is joined into `--with`).
 */
export const itemRequestSchema = z.strictObject({
  package_name: z
    .string()
    .min(1, 'package_name must not be empty (the generator raises "Missing required parameter: package_name")')
    .refine((s) => !s.includes(','), { message: "package_name must not contain ',' (the generator joins it into a comma-separated `uvx --with` list)" }),
  group_name: z.string().min(1, 'group_name must name the `stac <group>` sub-command group'),
  create_item_args: z.array(z.string({ error: 'create_item_args elements must be strings (pydantic rejects numbers)' })),
  create_item_options: z.record(z.string(), z.string({ error: 'create_item_options values must be strings' })).default({}),
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
