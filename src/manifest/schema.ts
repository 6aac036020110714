import { z } from 'zod';

/**
 * The ingestion manifest (`stac-ingest.yaml`), version 1.
 * This zod schema is the single source of truth: the TypeScript types are inferred from it
 * and `schema/manifest.schema.json` is generated from it (`npm run schema`).
 */

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const idString = (what: string) =>
  z
    .string()
    .min(1, `${what} must not be empty`)
    .regex(ID_RE, `${what} may hold letters, digits, '.', '_', ':' and '-', starting with a letter or digit`);

/**
 * A uv requirement spec: a PyPI name (`stactools-foo`), a pinned version (`stactools-foo==0.1.2`),
 * a git URL (`git+https://github.com/org/repo@v1.0`) or, for local generation only, a path
 * (`./packages/stactools-demo`) relative to the manifest.
 */
export const packageSpecSchema = z
  .string()
  .min(1, 'package must name a stactools package (PyPI name, name==version, git+https://...@tag, or ./path)')
  .refine((s) => !s.includes(','), {
    message:
      "package must not contain ',' (the generator joins packages with commas for `uvx --with`; " +
      'extras like pkg[a,b] cannot be expressed); put extra requirements in `with`',
  });

export function isLocalPackagePath(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/') || spec.startsWith('file:');
}

const optionsSchema = z
  .record(
    z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'option names are given without leading dashes, e.g. `asset-href`'),
    z.string({
      error:
        'option values must be strings (the generator only accepts `--key value` string pairs); ' +
        'quote numbers and booleans',
    }),
  )
  .default({})
  .describe(
    '`--key value` options passed to create-item after the positional arguments, in this order. Values are templates.',
  );

const expectSchema = z
  .strictObject({
    count: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('How many items the remote generation is expected to produce.'),
    ids: z.array(z.string().min(1)).optional().describe('The exact item ids expected.'),
    id_template: z.string().min(1).optional().describe('Template of the item id per row, e.g. `{scene_id}`.'),
  })
  .describe('What remote generation is expected to produce (item ids are not known in advance).');

const engineSchema = z
  .enum(['worker', 'uvx'])
  .optional()
  .describe(
    'How local generation runs the package. `worker` (default): long-lived Python workers run the ' +
      'same `stac <group> create-item` click command in-process, in an environment with the same ' +
      'requirements. `uvx`: one `uvx --with ... --from stactools stac ...` process per item, ' +
      'exactly as the StactoolsItemGenerator Lambda (slow: seconds per item). The `--engine` flag / ' +
      '`engine` input overrides it.',
  );

export const stactoolsItemsSchema = z
  .strictObject({
    package: packageSpecSchema.describe(
      'The stactools package: PyPI name, name==version, git+https://...@tag, or ./path (local only).',
    ),
    with: z
      .array(packageSpecSchema)
      .default([])
      .describe(
        'Extra requirements installed beside the package (e.g. `affine<3`); sent after a comma in ' +
          'package_name, which the generator passes to `uvx --with`.',
      ),
    group: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'group is the stactools CLI sub-command group, e.g. `gladglclu2020`')
      .describe('The `stac <group>` sub-command group of the package.'),
    args: z
      .array(z.string({ error: 'create-item arguments must be strings; quote numbers' }))
      .default([])
      .describe(
        'Positional create-item arguments. Templates: `{column}` takes a column of the row, ' +
          '`{_row}` the row number, `{{` a literal brace.',
      ),
    options: optionsSchema,
    rows: z
      .string()
      .min(1)
      .optional()
      .describe(
        'A CSV (with header) or JSONL file in the repo, one item per row; its columns fill the ' +
          'templates in args and options.',
      ),
    generate: z
      .enum(['local', 'remote'])
      .default('local')
      .describe(
        '`local`: run create-item here (see `engine`). `remote`: send ItemRequests to the ' +
          'StactoolsItemGenerator topic.',
      ),
    timeout_seconds: z
      .number()
      .positive()
      .max(3600)
      .default(120)
      .describe('Per-item timeout of local generation (the Lambda allows 120 s).'),
    engine: engineSchema,
    expect: expectSchema.optional(),
  })
  .describe('Items created by a stactools package, as the StactoolsItemGenerator would.');

export const stactoolsCollectionSchema = z
  .strictObject({
    package: packageSpecSchema,
    group: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'group is the stactools CLI sub-command group'),
    args: z.array(z.string()).default([]).describe('Positional create-collection arguments.'),
    options: optionsSchema,
    timeout_seconds: z.number().positive().max(3600).default(120),
    engine: engineSchema,
  })
  .describe('A collection created with `stac <group> create-collection`.');

export const collectionSchema = z
  .strictObject({
    id: idString('collection id').describe(
      'The collection id; must match the id in the JSON or the generated collection.',
    ),
    file: z.string().min(1).optional().describe('Path of the collection JSON, relative to the manifest.'),
    stactools: stactoolsCollectionSchema.optional(),
    migrate: z
      .boolean()
      .default(false)
      .describe(
        'Upgrade STAC older than 1.0.0 (0.x, 1.0.0-beta/rc) with @radiantearth/stac-migrate before ' +
          'validation; the plan lists what changed. Without it such a document is an error.',
      ),
  })
  .superRefine((c, ctx) => {
    const n = Number(c.file !== undefined) + Number(c.stactools !== undefined);
    if (n !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          n === 0
            ? 'a collection needs `file` (a JSON file) or `stactools` (create-collection)'
            : 'give either `file` or `stactools`, not both',
        path: [],
      });
    }
  });

export const dpsSourceSchema = z
  .strictObject({
    catalog: z
      .string()
      .min(1)
      .describe("The DPS job's catalog.json: a path in the repo, https://... or s3://bucket/key."),
    met: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The job's *met.json (default: the first *met.json under the job prefix, as the DPS generator looks for it).",
      ),
    keep_item_collection: z
      .boolean()
      .default(false)
      .describe(
        "Keep an item's own `collection` (the user is allowed to, per the " +
          'USER_STAC_COLLECTION_ID_REGISTRY) instead of the derived id.',
      ),
    upload_to: z
      .string()
      .regex(/^s3:\/\/[^/]+\/.+/, 'upload_to is an s3://bucket/prefix URL')
      .optional()
      .describe(
        "Instead of publishing the items, upload the job's outputs here (the DPS bucket) and let " +
          'the DPS generator produce them; then wait and verify.',
      ),
  })
  .describe(
    "DPS outputs into the user STAC: items of a DPS job's catalog.json with the collection id the " +
      'DPS generator derives.',
  );

export const assetRequestSchema = z.strictObject({
  item_id: z.string().min(1).optional().describe('Item id; when absent, derived deterministically from the inputs.'),
  asset_paths: z
    .array(z.string().min(1))
    .min(1)
    .describe(
      'Asset files (paths, https:// or s3://): geometry, bbox, projection and raster facts are read from them.',
    ),
  metadata_paths: z
    .array(z.string().min(1))
    .default([])
    .describe('JSON files merged into the item: `properties` and `stac_extensions` (URLs or short names like `eo`).'),
  datetime: z.string().min(1).optional().describe('Item datetime when the metadata does not give one.'),
});

const ASSETS_FORMS = 'an assets source takes either `provider`, `collection` and `requests`, or `payloads`';

export const assetsSourceSchema = z
  .strictObject({
    provider: z.string().min(1).optional().describe('Who provides the data (recorded in the request).'),
    collection: z.string().min(1).optional().describe('URL or path of the collection.json the items belong to.'),
    requests: z.array(assetRequestSchema).min(1).optional(),
    payloads: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe(
        'Glob(s) of STAC Generator payload files, taken verbatim: `{ "source", "provider", "collection", ' +
          '"itemId"?, "assetPaths", "metadataPaths" }`; relative paths in them are relative to the payload file.',
      ),
    tool: z.string().min(1).default('rio-stac').describe('The package run through uvx to read asset metadata.'),
    tool_extensions: z
      .enum(['all', 'named'])
      .optional()
      .describe(
        'Which of projection, raster and eo the tool fills: `all`, or `named`: those the metadata files name ' +
          '(all when they name no extension, the STAC Generator rule). Default: `all`; `named` for payloads.',
      ),
    env: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Environment variables of the job (names or globs, e.g. `AWS_*`) the tool also gets, for s3:// assets ' +
          '(GDAL /vsis3/: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_S3_ENDPOINT, ' +
          '...); each must be allowed by the Action input `credential-env`.',
      ),
  })
  .superRefine((a, ctx) => {
    const inline = (['provider', 'collection', 'requests'] as const).filter((k) => a[k] !== undefined);
    if (a.payloads !== undefined && inline.length > 0)
      ctx.addIssue({ code: 'custom', message: `${ASSETS_FORMS}, not both`, path: [inline[0] as string] });
    if (a.payloads === undefined)
      for (const k of ['provider', 'collection', 'requests'] as const)
        if (a[k] === undefined)
          ctx.addIssue({ code: 'custom', message: `${ASSETS_FORMS}; \`${k}\` is missing`, path: [k] });
  })
  .describe('Items built from asset and metadata files (the STAC Generator request shape, or its payload files).');

export const SOURCE_KINDS = ['stactools', 'files', 'catalog', 'dps', 'assets'] as const;

export const sourceSchema = z
  .strictObject({
    id: idString('source id').describe('Name of this source, used in plans, reports and the run ledger.'),
    collection: idString('collection')
      .optional()
      .describe(
        'Collection id for the items. Required for stactools sources (the ItemRequest ' +
          "collection_id); for files/catalog sources it overrides the items' own `collection`.",
      ),
    stactools: stactoolsItemsSchema.optional(),
    files: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe(
        'Glob(s) of pre-made STAC item files, relative to the manifest: *.json / *.geojson (one ' +
          'item or a FeatureCollection) or *.ndjson / *.jsonl (one item per line).',
      ),
    catalog: z
      .string()
      .min(1)
      .optional()
      .describe('A DPS-style catalog.json; all items reachable through its child/item links are published.'),
    dps: dpsSourceSchema.optional(),
    assets: assetsSourceSchema.optional(),
    migrate: z
      .boolean()
      .default(false)
      .describe(
        'Upgrade STAC older than 1.0.0 (0.x, 1.0.0-beta/rc) with @radiantearth/stac-migrate before ' +
          'validation; the plan lists what changed. Without it such a document is an error.',
      ),
    allow_empty: z
      .boolean()
      .default(false)
      .describe(
        'A source that yields no items is an error (a rows file that became empty, an empty ' +
          'catalog); true: it is expected and allowed.',
      ),
  })
  .superRefine((s, ctx) => {
    const kinds = SOURCE_KINDS.filter((k) => s[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          kinds.length === 0
            ? 'a source needs one of `stactools`, `files`, `catalog`, `dps` or `assets`'
            : `a source takes one of \`stactools\`, \`files\`, \`catalog\`, \`dps\` or \`assets\`, ` +
              `not ${kinds.join(' and ')}`,
        path: [],
      });
    }
    if (s.dps !== undefined && s.collection !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message:
          "a dps source derives its collection id from the job's met.json (as the DPS generator " +
          "does); remove `collection` (use `dps.keep_item_collection` to keep the items' own)",
        path: ['collection'],
      });
    }
    if (s.assets !== undefined && s.collection !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'an assets source takes its collection from `assets.collection`; remove `collection`',
        path: ['collection'],
      });
    }
    if (s.stactools !== undefined && s.collection === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'a stactools source needs `collection` (sent as the ItemRequest collection_id)',
        path: ['collection'],
      });
    }
    if (s.stactools?.generate === 'remote' && isLocalPackagePath(s.stactools.package)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'remote generation cannot use a local package path; publish the package to PyPI or use git+https://...@tag',
        path: ['stactools', 'package'],
      });
    }
  });

const arn = (service: string) =>
  z
    .string()
    .regex(
      new RegExp(`^arn:aws[a-z-]*:${service}:`),
      `expected an ${service.toUpperCase()} ARN (arn:aws:${service}:region:account:name)`,
    );
const queueUrl = z.string().url('expected an SQS queue URL (https://sqs.region.amazonaws.com/account/name)');

export const directoryTargetSchema = z
  .strictObject({
    type: z.literal('directory'),
    path: z.string().min(1).describe('Output directory, relative to the manifest.'),
    format: z
      .enum(['catalog', 'ndjson', 'both'])
      .default('both')
      .describe('A static STAC catalog, NDJSON per collection, or both.'),
  })
  .describe('Write validated collections and items to a local directory (no cloud account needed).');

export const maapTargetSchema = z
  .strictObject({
    type: z.literal('maap'),
    region: z.string().min(1).optional().describe('AWS region, e.g. us-west-2.'),
    stack: z
      .string()
      .min(1)
      .optional()
      .describe('CloudFormation stack name to resolve the ARNs and URLs from its exports, e.g. MAAP-STAC-prod-pgSTAC.'),
    loader_topic_arn: arn('sns').optional(),
    loader_queue_url: queueUrl.optional(),
    loader_dlq_url: queueUrl.optional(),
    generator_topic_arn: arn('sns').optional(),
    generator_queue_url: queueUrl.optional(),
    generator_dlq_url: queueUrl.optional(),
    stac_api: z.string().url().optional().describe('STAC API root used to verify what landed.'),
    endpoint: z
      .string()
      .url()
      .optional()
      .describe('Override AWS endpoint (e.g. a local twin on http://127.0.0.1:5000).'),
    max_messages_per_second: z.number().positive().optional(),
    publish_timeout_seconds: z
      .number()
      .positive()
      .default(30)
      .describe(
        'How long a PublishBatch call may take; one without an answer by then is in doubt: checked in the ' +
          'catalog, sent again at most once.',
      ),
    wait_minutes: z
      .number()
      .nonnegative()
      .default(30)
      .describe(
        'How long `run` waits for everything to land (the loader batches for up to 5 minutes); 0: do not wait.',
      ),
    poll_seconds: z
      .number()
      .positive()
      .default(15)
      .describe('First pause between checks while waiting (grows when nothing changes).'),
    owns_collections: z
      .boolean()
      .default(false)
      .describe('The manifest owns its collections: catalog items not in the manifest are reported as orphans.'),
    stac_api_auth_env: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
      .optional()
      .describe('Environment variable holding an Authorization header value for the STAC API (e.g. `Bearer …`).'),
  })
  .describe('A MAAP / eoapi-cdk pipeline: StacLoader and StactoolsItemGenerator topics.');

const envName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the name of an environment variable, e.g. STAC_INGESTOR_TOKEN');

export const ingestorTargetSchema = z
  .strictObject({
    type: z.literal('ingestor'),
    url: z.string().url().describe('Root of the legacy STAC Ingestor API (…/{stage}/ or its custom domain).'),
    token_env: envName
      .default('STAC_INGESTOR_TOKEN')
      .describe('Environment variable holding a bearer token (the Action maps its `ingestor-token` input to it).'),
    cognito: z
      .strictObject({
        domain: z
          .string()
          .url()
          .describe('Cognito domain, e.g. https://auth.example.com; the token comes from POST {domain}/oauth2/token.'),
        client_id: z.string().min(1),
        client_secret_env: envName.default('COGNITO_CLIENT_SECRET'),
        scope: z.string().min(1).optional(),
      })
      .optional()
      .describe('Get the bearer token with the client-credentials exchange MAAP uses, instead of token_env.'),
    stac_api: z.string().url().optional(),
    poll_seconds: z.number().positive().default(5),
    timeout_minutes: z.number().positive().default(30),
  })
  .describe(
    'The legacy synchronous STAC Ingestor API: POST /collections, POST /ingestions, poll GET /ingestions/{id}.',
  );

export const pgstacTargetSchema = z
  .strictObject({
    type: z.literal('pgstac'),
    dsn_env: envName
      .default('PGSTAC_DSN')
      .describe('Environment variable holding the postgresql:// DSN (never put a password in the manifest).'),
    batch_size: z.number().int().positive().max(10000).default(2500),
    stac_api: z.string().url().optional(),
  })
  .describe(
    "Direct pgstac (a local or self-hosted eoAPI): upsert through pgstac's SQL functions, one transaction per batch.",
  );

export const targetSchema = z.discriminatedUnion('type', [
  directoryTargetSchema,
  maapTargetSchema,
  ingestorTargetSchema,
  pgstacTargetSchema,
]);

export const validationSettingsSchema = z
  .strictObject({
    max_warnings: z.number().int().nonnegative().optional().describe('Fail when there are more warnings than this.'),
    schema_mirrors: z
      .array(z.string().min(1))
      .default([])
      .describe('Directories mirroring schema URLs as host/path, looked up first.'),
    schema_cache: z.string().min(1).optional().describe('On-disk cache for schemas fetched from the network.'),
    network: z.boolean().default(true).describe('Whether schemas may be fetched from the network.'),
  })
  .describe('How STAC JSON is validated.');

export const manifestSchema = z
  .strictObject({
    version: z.literal(1, { error: 'version must be 1 (the only manifest version so far)' }),
    collections: z.array(collectionSchema).default([]),
    sources: z.array(sourceSchema).default([]),
    targets: z.record(idString('target name'), targetSchema).default({}),
    default_target: z.string().optional().describe('Target used when none is named on the command line.'),
    validation: validationSettingsSchema.optional(),
  })
  .superRefine((m, ctx) => {
    const seen = new Map<string, number>();
    m.collections.forEach((c, i) => {
      const prev = seen.get(c.id);
      if (prev !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: `collection id '${c.id}' is already used by collections[${prev}]`,
          path: ['collections', i, 'id'],
        });
      else seen.set(c.id, i);
    });
    const sources = new Map<string, number>();
    m.sources.forEach((s, i) => {
      const prev = sources.get(s.id);
      if (prev !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: `source id '${s.id}' is already used by sources[${prev}]`,
          path: ['sources', i, 'id'],
        });
      else sources.set(s.id, i);
    });
    if (m.default_target !== undefined && !(m.default_target in m.targets) && m.default_target !== 'local') {
      ctx.addIssue({
        code: 'custom',
        message:
          `default_target '${m.default_target}' is not one of the targets ` +
          `(${Object.keys(m.targets).join(', ') || 'none defined'})`,
        path: ['default_target'],
      });
    }
  })
  .describe('stac-ingest ingestion manifest');

export type Manifest = z.output<typeof manifestSchema>;
export type CollectionEntry = z.output<typeof collectionSchema>;
export type SourceEntry = z.output<typeof sourceSchema>;
export type StactoolsItems = z.output<typeof stactoolsItemsSchema>;
export type StactoolsCollection = z.output<typeof stactoolsCollectionSchema>;
export type Target = z.output<typeof targetSchema>;
export type DirectoryTarget = z.output<typeof directoryTargetSchema>;
export type MaapTarget = z.output<typeof maapTargetSchema>;
export type IngestorTarget = z.output<typeof ingestorTargetSchema>;
export type PgstacTarget = z.output<typeof pgstacTargetSchema>;
export type DpsSource = z.output<typeof dpsSourceSchema>;
export type AssetsSourceEntry = z.output<typeof assetsSourceSchema>;
export type AssetRequest = z.output<typeof assetRequestSchema>;
/** The request shape an assets source builds items from: its `requests`, or its payload files mapped onto them. */
export interface AssetsSource {
  provider: string;
  collection: string;
  requests: AssetRequest[];
  tool: string;
  tool_extensions?: 'all' | 'named';
  env?: readonly string[];
  /** The payload file of each request, when they came from payload files. */
  payloadFiles?: string[];
}
