export const id = 671;
export const ids = [671,953];
export const modules = {

/***/ 9953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CommandNotFoundError: () => (/* binding */ CommandNotFoundError),
/* harmony export */   createProcessRunner: () => (/* binding */ createProcessRunner)
/* harmony export */ });
/* harmony import */ var execa__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6993);
/* harmony import */ var _security_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3497);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(833);




/** Raised when the program itself cannot be started (not found, not executable). */
class CommandNotFoundError extends Error {
    command;
    name = 'CommandNotFoundError';
    constructor(command, options = {}) {
        super(`cannot run '${command}': not found on PATH`, options.cause === undefined ? undefined : { cause: options.cause });
        this.command = command;
    }
}
function tailAppend(buf, chunk, max) {
    const next = buf + chunk;
    return next.length > max ? next.slice(next.length - max) : next;
}
function createProcessRunner(runnerOptions = {}) {
    const allowed = (more = []) => (0,_security_env_js__WEBPACK_IMPORTED_MODULE_2__/* .subprocessEnvironment */ .lx)(process.env, [...(runnerOptions.passEnv ?? []), ...more]);
    return {
        start(command, args, options) {
            if (runnerOptions.signal?.aborted)
                throw cancelledBy(runnerOptions.signal);
            const base = options.env ?? allowed();
            return startLineProcess(command, args, {
                ...options,
                env: options.environment ? options.environment(base) : base,
            });
        },
        run: (command, args, options = {}) => {
            const signal = anySignal(runnerOptions.signal, options.signal);
            const base = options.env ?? allowed(options.passEnv);
            return runProcess(command, args, {
                ...options,
                env: options.environment ? options.environment(base) : base,
                ...(signal ? { signal } : {}),
            });
        },
    };
}
function anySignal(...signals) {
    const given = signals.filter((s) => s !== undefined);
    return given.length > 1 ? AbortSignal.any(given) : given[0];
}
function cancelledBy(signal) {
    return signal.reason instanceof Error ? signal.reason : new _cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .cc(String(signal.reason ?? 'aborted'));
}
/** Own process groups where there are groups: a kill then also ends what the child started. */
const GROUPS = process.platform !== 'win32';
/**
 * Starts `command args` with execa (no shell, its own process group) and registers the group with `leftovers`
 * until the child exits; then whatever the child left running in the group is killed, so a package that starts a
 * background process cannot leave it behind (and cannot hold our pipes open). execa's own clean-up on exit does
 * not apply to detached children: the `leftovers` exit hook does that.
 */
function spawnGrouped(command, args, options, extra = {}) {
    const execOptions = {
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
        env: options.env,
        extendEnv: false,
        stdin: options.stdin,
        stdout: 'pipe',
        stderr: 'pipe',
        buffer: false,
        reject: false,
        detached: GROUPS,
        killSignal: 'SIGKILL',
        ...extra,
    };
    const child = (0,execa__WEBPACK_IMPORTED_MODULE_3__/* .execa */ .Ho)(command, args, execOptions);
    const release = GROUPS && child.pid !== undefined ? _cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .leftovers */ .To.group(child.pid) : () => child.kill('SIGKILL');
    child.on('exit', release);
    return { child, release };
}
async function runProcess(command, args, options) {
    if (options.signal?.aborted)
        throw cancelledBy(options.signal);
    const max = options.maxOutput ?? 1_000_000;
    const started = Date.now();
    const { child, release } = spawnGrouped(command, args, { cwd: options.cwd, env: options.env, stdin: 'ignore' }, {
        ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
        ...(options.signal !== undefined ? { cancelSignal: options.signal } : {}),
    });
    let stdout = '';
    let stderr = '';
    // the tails are kept (execa's maxBuffer would kill a chatty package instead)
    child.stdout?.setEncoding('utf8').on('data', (d) => (stdout = tailAppend(stdout, d, max)));
    child.stderr?.setEncoding('utf8').on('data', (d) => (stderr = tailAppend(stderr, d, max)));
    const r = await child;
    release();
    const spawnError = r.failed && r.exitCode === undefined && r.signal === undefined && !r.timedOut;
    if (spawnError && r.code === 'ENOENT')
        throw new CommandNotFoundError(command, { cause: r.cause });
    if (spawnError)
        throw r.cause instanceof Error ? r.cause : new Error(r.message);
    return {
        command,
        args,
        exitCode: r.exitCode ?? null,
        signal: r.signal ?? null,
        stdout,
        stderr,
        timedOut: r.timedOut,
        durationMs: Date.now() - started,
    };
}
/**
 * Starts `command args` (no shell) as a line-protocol child in its own process group, so a kill also ends what
 * it started. The caller must `kill()` or `closeInput()` it: it keeps the event loop alive while it runs.
 */
function startLineProcess(command, args, options) {
    const { child, release } = spawnGrouped(command, args, { cwd: options.cwd, env: options.env, stdin: 'pipe' });
    const max = options.maxStderr ?? 16_384;
    let stderr = '';
    let alive = true;
    const { stdin, stdout } = child;
    child.stderr?.setEncoding('utf8').on('data', (d) => (stderr = tailAppend(stderr, d, max)));
    stdin.on('error', () => undefined); // EPIPE after the child died: its exit reports it
    (0,node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface)({ input: stdout, crlfDelay: Infinity }).on('line', options.onLine);
    const exited = child.then((r) => {
        alive = false;
        release();
        const exit = { exitCode: r.exitCode ?? null, signal: r.signal ?? null };
        const spawnError = r.failed && r.exitCode === undefined && r.signal === undefined;
        return spawnError ? { ...exit, error: r.cause instanceof Error ? r.cause : new Error(r.message) } : exit;
    });
    return {
        pid: child.pid,
        send: (line) => {
            if (alive && stdin.writable)
                stdin.write(line + '\n');
        },
        closeInput: () => stdin.end(),
        /** Also after it exited: what it started may still run in its group. */
        kill: release,
        stderrTail: () => stderr,
        exited,
    };
}


/***/ }),

/***/ 6470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ isLocalPackagePath),
/* harmony export */   rc: () => (/* binding */ manifestSchema)
/* harmony export */ });
/* unused harmony exports packageSpecSchema, stactoolsItemsSchema, stactoolsCollectionSchema, collectionSchema, dpsSourceSchema, assetRequestSchema, assetsSourceSchema, SOURCE_KINDS, sourceSchema, directoryTargetSchema, maapTargetSchema, ingestorTargetSchema, pgstacTargetSchema, targetSchema, validationSettingsSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2311);

/**
 * The ingestion manifest (`stac-ingest.yaml`), version 1.
 * This zod schema is the single source of truth: the TypeScript types are inferred from it
 * and `schema/manifest.schema.json` is generated from it (`npm run schema`).
 */
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const idString = (what) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1, `${what} must not be empty`)
    .regex(ID_RE, `${what} may hold letters, digits, '.', '_', ':' and '-', starting with a letter or digit`);
/**
 * A uv requirement spec: a PyPI name (`stactools-foo`), a pinned version (`stactools-foo==0.1.2`),
 * a git URL (`git+https://github.com/org/repo@v1.0`) or, for local generation only, a path
 * (`./packages/stactools-demo`) relative to the manifest.
 */
const packageSpecSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1, 'package must name a stactools package (PyPI name, name==version, git+https://...@tag, or ./path)')
    .refine((s) => !s.includes(','), {
    message: "package must not contain ',' (the generator joins packages with commas for `uvx --with`; " +
        'extras like pkg[a,b] cannot be expressed); put extra requirements in `with`',
});
function isLocalPackagePath(spec) {
    return spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/') || spec.startsWith('file:');
}
const optionsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'option names are given without leading dashes, e.g. `asset-href`'), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP({
    error: 'option values must be strings (the generator only accepts `--key value` string pairs); ' +
        'quote numbers and booleans',
}))
    .default({})
    .describe('`--key value` options passed to create-item after the positional arguments, in this order. Values are templates.');
const expectSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    count: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .nonnegative()
        .optional()
        .describe('How many items the remote generation is expected to produce.'),
    ids: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).optional().describe('The exact item ids expected.'),
    id_template: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Template of the item id per row, e.g. `{scene_id}`.'),
})
    .describe('What remote generation is expected to produce (item ids are not known in advance).');
const engineSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['worker', 'uvx'])
    .optional()
    .describe('How local generation runs the package. `worker` (default): long-lived Python workers run the ' +
    'same `stac <group> create-item` click command in-process, in an environment with the same ' +
    'requirements. `uvx`: one `uvx --with ... --from stactools stac ...` process per item, ' +
    'exactly as the StactoolsItemGenerator Lambda (slow: seconds per item). The `--engine` flag / ' +
    '`engine` input overrides it.');
const stactoolsItemsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    package: packageSpecSchema.describe('The stactools package: PyPI name, name==version, git+https://...@tag, or ./path (local only).'),
    with: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(packageSpecSchema)
        .default([])
        .describe('Extra requirements installed beside the package (e.g. `affine<3`); sent after a comma in ' +
        'package_name, which the generator passes to `uvx --with`.'),
    group: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'group is the stactools CLI sub-command group, e.g. `gladglclu2020`')
        .describe('The `stac <group>` sub-command group of the package.'),
    args: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP({ error: 'create-item arguments must be strings; quote numbers' }))
        .default([])
        .describe('Positional create-item arguments. Templates: `{column}` takes a column of the row, ' +
        '`{_row}` the row number, `{{` a literal brace.'),
    options: optionsSchema,
    rows: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('A CSV (with header) or JSONL file in the repo, one item per row; its columns fill the ' +
        'templates in args and options.'),
    generate: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['local', 'remote'])
        .default('local')
        .describe('`local`: run create-item here (see `engine`). `remote`: send ItemRequests to the ' +
        'StactoolsItemGenerator topic.'),
    timeout_seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .positive()
        .max(3600)
        .default(120)
        .describe('Per-item timeout of local generation (the Lambda allows 120 s).'),
    engine: engineSchema,
    expect: expectSchema.optional(),
})
    .describe('Items created by a stactools package, as the StactoolsItemGenerator would.');
const stactoolsCollectionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    package: packageSpecSchema,
    group: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'group is the stactools CLI sub-command group'),
    args: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default([]).describe('Positional create-collection arguments.'),
    options: optionsSchema,
    timeout_seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().max(3600).default(120),
    engine: engineSchema,
})
    .describe('A collection created with `stac <group> create-collection`.');
const collectionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: idString('collection id').describe('The collection id; must match the id in the JSON or the generated collection.'),
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Path of the collection JSON, relative to the manifest.'),
    stactools: stactoolsCollectionSchema.optional(),
    migrate: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(false)
        .describe('Upgrade STAC older than 1.0.0 (0.x, 1.0.0-beta/rc) with @radiantearth/stac-migrate before ' +
        'validation; the plan lists what changed. Without it such a document is an error.'),
})
    .superRefine((c, ctx) => {
    const n = Number(c.file !== undefined) + Number(c.stactools !== undefined);
    if (n !== 1) {
        ctx.addIssue({
            code: 'custom',
            message: n === 0
                ? 'a collection needs `file` (a JSON file) or `stactools` (create-collection)'
                : 'give either `file` or `stactools`, not both',
            path: [],
        });
    }
});
const dpsSourceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    catalog: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .describe("The DPS job's catalog.json: a path in the repo, https://... or s3://bucket/key."),
    met: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe("The job's *met.json (default: the first *met.json under the job prefix, as the DPS generator looks for it)."),
    keep_item_collection: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(false)
        .describe("Keep an item's own `collection` (the user is allowed to, per the " +
        'USER_STAC_COLLECTION_ID_REGISTRY) instead of the derived id.'),
    upload_to: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^s3:\/\/[^/]+\/.+/, 'upload_to is an s3://bucket/prefix URL')
        .optional()
        .describe("Instead of publishing the items, upload the job's outputs here (the DPS bucket) and let " +
        'the DPS generator produce them; then wait and verify.'),
})
    .describe("DPS outputs into the user STAC: items of a DPS job's catalog.json with the collection id the " +
    'DPS generator derives.');
const assetRequestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    item_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Item id; when absent, derived deterministically from the inputs.'),
    asset_paths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .min(1)
        .describe('Asset files (paths, https:// or s3://): geometry, bbox, projection and raster facts are read from them.'),
    metadata_paths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .default([])
        .describe('JSON files merged into the item: `properties` and `stac_extensions` (URLs or short names like `eo`).'),
    datetime: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Item datetime when the metadata does not give one.'),
});
const ASSETS_FORMS = 'an assets source takes either `provider`, `collection` and `requests`, or `payloads`';
const assetsSourceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    provider: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Who provides the data (recorded in the request).'),
    collection: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('URL or path of the collection.json the items belong to.'),
    requests: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(assetRequestSchema).min(1).optional(),
    payloads: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1)])
        .optional()
        .describe('Glob(s) of STAC Generator payload files, taken verbatim: `{ "source", "provider", "collection", ' +
        '"itemId"?, "assetPaths", "metadataPaths" }`; relative paths in them are relative to the payload file.'),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).default('rio-stac').describe('The package run through uvx to read asset metadata.'),
    tool_extensions: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['all', 'named'])
        .optional()
        .describe('Which of projection, raster and eo the tool fills: `all`, or `named`: those the metadata files name ' +
        '(all when they name no extension, the STAC Generator rule). Default: `all`; `named` for payloads.'),
    env: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .default([])
        .describe('Environment variables of the job (names or globs, e.g. `AWS_*`) the tool also gets, for s3:// assets ' +
        '(GDAL /vsis3/: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_S3_ENDPOINT, ' +
        '...); each must be allowed by the Action input `credential-env`.'),
})
    .superRefine((a, ctx) => {
    const inline = ['provider', 'collection', 'requests'].filter((k) => a[k] !== undefined);
    if (a.payloads !== undefined && inline.length > 0)
        ctx.addIssue({ code: 'custom', message: `${ASSETS_FORMS}, not both`, path: [inline[0]] });
    if (a.payloads === undefined)
        for (const k of ['provider', 'collection', 'requests'])
            if (a[k] === undefined)
                ctx.addIssue({ code: 'custom', message: `${ASSETS_FORMS}; \`${k}\` is missing`, path: [k] });
})
    .describe('Items built from asset and metadata files (the STAC Generator request shape, or its payload files).');
const SOURCE_KINDS = ['stactools', 'files', 'catalog', 'dps', 'assets'];
const sourceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: idString('source id').describe('Name of this source, used in plans, reports and the run ledger.'),
    collection: idString('collection')
        .optional()
        .describe('Collection id for the items. Required for stactools sources (the ItemRequest ' +
        "collection_id); for files/catalog sources it overrides the items' own `collection`."),
    stactools: stactoolsItemsSchema.optional(),
    files: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1)])
        .optional()
        .describe('Glob(s) of pre-made STAC item files, relative to the manifest: *.json / *.geojson (one ' +
        'item or a FeatureCollection) or *.ndjson / *.jsonl (one item per line).'),
    catalog: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('A DPS-style catalog.json; all items reachable through its child/item links are published.'),
    dps: dpsSourceSchema.optional(),
    assets: assetsSourceSchema.optional(),
    migrate: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(false)
        .describe('Upgrade STAC older than 1.0.0 (0.x, 1.0.0-beta/rc) with @radiantearth/stac-migrate before ' +
        'validation; the plan lists what changed. Without it such a document is an error.'),
    allow_empty: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(false)
        .describe('A source that yields no items is an error (a rows file that became empty, an empty ' +
        'catalog); true: it is expected and allowed.'),
})
    .superRefine((s, ctx) => {
    const kinds = SOURCE_KINDS.filter((k) => s[k] !== undefined);
    if (kinds.length !== 1) {
        ctx.addIssue({
            code: 'custom',
            message: kinds.length === 0
                ? 'a source needs one of `stactools`, `files`, `catalog`, `dps` or `assets`'
                : `a source takes one of \`stactools\`, \`files\`, \`catalog\`, \`dps\` or \`assets\`, ` +
                    `not ${kinds.join(' and ')}`,
            path: [],
        });
    }
    if (s.dps !== undefined && s.collection !== undefined) {
        ctx.addIssue({
            code: 'custom',
            message: "a dps source derives its collection id from the job's met.json (as the DPS generator " +
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
            message: 'remote generation cannot use a local package path; publish the package to PyPI or use git+https://...@tag',
            path: ['stactools', 'package'],
        });
    }
});
const arn = (service) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(new RegExp(`^arn:aws[a-z-]*:${service}:`), `expected an ${service.toUpperCase()} ARN (arn:aws:${service}:region:account:name)`);
const queueUrl = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().url('expected an SQS queue URL (https://sqs.region.amazonaws.com/account/name)');
const directoryTargetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('directory'),
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Output directory, relative to the manifest.'),
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['catalog', 'ndjson', 'both'])
        .default('both')
        .describe('A static STAC catalog, NDJSON per collection, or both.'),
})
    .describe('Write validated collections and items to a local directory (no cloud account needed).');
const maapTargetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('maap'),
    region: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('AWS region, e.g. us-west-2.'),
    stack: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('CloudFormation stack name to resolve the ARNs and URLs from its exports, e.g. MAAP-STAC-prod-pgSTAC.'),
    loader_topic_arn: arn('sns').optional(),
    loader_queue_url: queueUrl.optional(),
    loader_dlq_url: queueUrl.optional(),
    generator_topic_arn: arn('sns').optional(),
    generator_queue_url: queueUrl.optional(),
    generator_dlq_url: queueUrl.optional(),
    stac_api: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().url().optional().describe('STAC API root used to verify what landed.'),
    endpoint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .url()
        .optional()
        .describe('Override AWS endpoint (e.g. a local twin on http://127.0.0.1:5000).'),
    max_messages_per_second: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().optional(),
    publish_timeout_seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .positive()
        .default(30)
        .describe('How long a PublishBatch call may take; one without an answer by then is in doubt: checked in the ' +
        'catalog, sent again at most once.'),
    wait_minutes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .nonnegative()
        .default(30)
        .describe('How long `run` waits for everything to land (the loader batches for up to 5 minutes); 0: do not wait.'),
    poll_seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .positive()
        .default(15)
        .describe('First pause between checks while waiting (grows when nothing changes).'),
    owns_collections: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(false)
        .describe('The manifest owns its collections: catalog items not in the manifest are reported as orphans.'),
    stac_api_auth_env: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
        .optional()
        .describe('Environment variable holding an Authorization header value for the STAC API (e.g. `Bearer …`).'),
})
    .describe('A MAAP / eoapi-cdk pipeline: StacLoader and StactoolsItemGenerator topics.');
const envName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the name of an environment variable, e.g. STAC_INGESTOR_TOKEN');
const ingestorTargetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('ingestor'),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().url().describe('Root of the legacy STAC Ingestor API (…/{stage}/ or its custom domain).'),
    token_env: envName
        .default('STAC_INGESTOR_TOKEN')
        .describe('Environment variable holding a bearer token (the Action maps its `ingestor-token` input to it).'),
    cognito: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        domain: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
            .url()
            .describe('Cognito domain, e.g. https://auth.example.com; the token comes from POST {domain}/oauth2/token.'),
        client_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        client_secret_env: envName.default('COGNITO_CLIENT_SECRET'),
        scope: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional(),
    })
        .optional()
        .describe('Get the bearer token with the client-credentials exchange MAAP uses, instead of token_env.'),
    stac_api: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().url().optional(),
    poll_seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().default(5),
    timeout_minutes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().default(30),
})
    .describe('The legacy synchronous STAC Ingestor API: POST /collections, POST /ingestions, poll GET /ingestions/{id}.');
const pgstacTargetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('pgstac'),
    dsn_env: envName
        .default('PGSTAC_DSN')
        .describe('Environment variable holding the postgresql:// DSN (never put a password in the manifest).'),
    batch_size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().max(10000).default(2500),
    stac_api: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().url().optional(),
})
    .describe("Direct pgstac (a local or self-hosted eoAPI): upsert through pgstac's SQL functions, one transaction per batch.");
const targetSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [
    directoryTargetSchema,
    maapTargetSchema,
    ingestorTargetSchema,
    pgstacTargetSchema,
]);
const validationSettingsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    max_warnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional().describe('Fail when there are more warnings than this.'),
    schema_mirrors: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .default([])
        .describe('Directories mirroring schema URLs as host/path, looked up first.'),
    schema_cache: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('On-disk cache for schemas fetched from the network.'),
    network: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).describe('Whether schemas may be fetched from the network.'),
})
    .describe('How STAC JSON is validated.');
const manifestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1, { error: 'version must be 1 (the only manifest version so far)' }),
    collections: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(collectionSchema).default([]),
    sources: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(sourceSchema).default([]),
    targets: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(idString('target name'), targetSchema).default({}),
    default_target: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Target used when none is named on the command line.'),
    validation: validationSettingsSchema.optional(),
})
    .superRefine((m, ctx) => {
    const seen = new Map();
    m.collections.forEach((c, i) => {
        const prev = seen.get(c.id);
        if (prev !== undefined)
            ctx.addIssue({
                code: 'custom',
                message: `collection id '${c.id}' is already used by collections[${prev}]`,
                path: ['collections', i, 'id'],
            });
        else
            seen.set(c.id, i);
    });
    const sources = new Map();
    m.sources.forEach((s, i) => {
        const prev = sources.get(s.id);
        if (prev !== undefined)
            ctx.addIssue({
                code: 'custom',
                message: `source id '${s.id}' is already used by sources[${prev}]`,
                path: ['sources', i, 'id'],
            });
        else
            sources.set(s.id, i);
    });
    if (m.default_target !== undefined && !(m.default_target in m.targets) && m.default_target !== 'local') {
        ctx.addIssue({
            code: 'custom',
            message: `default_target '${m.default_target}' is not one of the targets ` +
                `(${Object.keys(m.targets).join(', ') || 'none defined'})`,
            path: ['default_target'],
        });
    }
})
    .describe('stac-ingest ingestion manifest');


/***/ }),

/***/ 671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  engineName: () => (/* binding */ engineName),
  uvxEngine: () => (/* binding */ uvxEngine),
  workerEngine: () => (/* binding */ workerEngine)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(833);
// EXTERNAL MODULE: ./src/stages/generate/run-create.ts
var run_create = __webpack_require__(4055);
// EXTERNAL MODULE: ./src/stages/generate/uvx-command.ts
var uvx_command = __webpack_require__(4722);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/clients/process.ts
var clients_process = __webpack_require__(9953);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/manifest/schema.ts
var schema = __webpack_require__(6470);
;// CONCATENATED MODULE: ./src/stages/generate/environment.ts










/** Marks an environment whose install finished. */
const READY_FILE = '.stac-ingest-ready';
const UV_TIMEOUT_MS = 15 * 60_000;
/** `$XDG_CACHE_HOME/stac-ingest/envs`, else `~/.cache/stac-ingest/envs`. */
function defaultEnvironmentCache(env = process.env) {
    return external_node_path_default().join(env['XDG_CACHE_HOME'] || external_node_path_default().join((0,external_node_os_.homedir)(), '.cache'), 'stac-ingest', 'envs');
}
/**
 * The requirement set of the generator's command, `--from stactools` plus `--with
 * "requests,numpy<2.3.0,<package_name>"`
 * (package_name carries the manifest's `with:` after commas), with local paths made absolute against `cwd`.
 */
function environmentRequirements(packageName, cwd) {
    const parts = packageName
        .split(',')
        .map((p) => ((0,schema/* isLocalPackagePath */.JN)(p) && !p.startsWith('file:') ? external_node_path_default().resolve(cwd, p) : p));
    return ['stactools', ...uvx_command/* GENERATOR_EXTRA_REQUIREMENTS */.qw, ...parts];
}
function missingUv(location, cause) {
    return new errors/* ConfigurationError */.j1('uv not found on PATH: in a workflow add `- uses: astral-sh/setup-uv@v6`; locally `pip install uv`', {
        ...(location !== undefined ? { location } : {}),
        hint: 'the worker engine builds the stactools environment with uv (`engine: uvx` runs the ' +
            "generator's uvx command instead)",
        cause,
    });
}
class UvFailure extends Error {
    stderr;
    constructor(message, stderr) {
        super(message);
        this.stderr = stderr;
    }
}
async function uv(o, args, cwd) {
    let r;
    try {
        r = await o.runner.run('uv', args, {
            cwd,
            ...(o.env ? { env: o.env } : {}),
            timeoutMs: UV_TIMEOUT_MS,
            ...(o.signal ? { signal: o.signal } : {}),
        });
    }
    catch (err) {
        if (err instanceof clients_process.CommandNotFoundError)
            throw missingUv(o.location, err);
        throw err;
    }
    if (r.exitCode === 0)
        return r.stdout;
    const why = r.timedOut ? 'timed out' : ((0,run_create/* uvError */.sh)(r.stderr) ?? `exited with code ${r.exitCode ?? r.signal ?? '?'}`);
    throw new UvFailure(`uv ${args.slice(0, 2).join(' ')} failed: ${why}`, (0,run_create/* tail */.RT)(r.stderr, run_create/* STDERR_TAIL_CHARS */.u7));
}
/** `uv pip compile` of the requirement set: the resolution a fresh uvx call would make now. */
async function resolvePins(o, python, requirements) {
    const dir = await cancel/* leftovers */.To.tempDir('stac-ingest-req-');
    try {
        const input = external_node_path_default().join(dir, 'requirements.in');
        await (0,promises_.writeFile)(input, requirements.join('\n') + '\n');
        return await uv(o, ['pip', 'compile', input, '--python', python, '--no-header', '--no-annotate', '--quiet'], o.cwd);
    }
    finally {
        await cancel/* leftovers */.To.removeDir(dir);
    }
}
/** An environment no run has used for this long is removed by the next run that prepares one. */
const ENVIRONMENT_MAX_AGE_MS = 30 * 24 * 3600_000;
/**
 * Removes the environments under `cacheDir` that no run has used for `maxAgeMs` (their ready marker's time, touched
 * on every use). Only folders named like ours and holding our ready marker: anything else is left alone.
 * Best-effort: a folder that cannot be read or removed stays. Returns the folders removed.
 */
async function pruneEnvironments(cacheDir, maxAgeMs = ENVIRONMENT_MAX_AGE_MS, now = Date.now()) {
    const names = await (0,promises_.readdir)(cacheDir).catch(() => []);
    const removed = [];
    for (const name of names) {
        if (!/^[0-9a-f]{24}$/.test(name))
            continue;
        const dir = external_node_path_default().join(cacheDir, name);
        const marker = await (0,promises_.stat)(external_node_path_default().join(dir, READY_FILE)).catch(() => undefined);
        if (marker === undefined || now - marker.mtimeMs < maxAgeMs)
            continue;
        const gone = await (0,promises_.rm)(dir, { recursive: true, force: true }).then(() => true, () => false);
        if (gone)
            removed.push(dir);
    }
    return removed;
}
const exists = (p) => (0,promises_.access)(p).then(() => true, () => false);
/**
 * The environment for one generator package spec: resolves the requirement set with uv (every run, like uvx), and
 * installs the pins into `<cache>/<sha>` unless an earlier run did. A local package is reinstalled once per run.
 * No bytecode at install (the workers write it as they import, once). Throws only a
 * ConfigurationError for a missing uv; uv's failures are outcomes.
 */
async function prepareEnvironment(packageName, o) {
    const started = Date.now();
    try {
        // uvx picks the default interpreter, not a project's pin: ask from the filesystem root
        const python = (await uv(o, ['python', 'find', '--no-project'], external_node_path_default().parse(o.cwd).root)).trim();
        const requirements = environmentRequirements(packageName, o.cwd);
        const pins = await resolvePins(o, python, requirements);
        const key = (0,external_node_crypto_.createHash)('sha256').update(`${python}\n${pins}`).digest('hex');
        const cacheDir = o.cacheDir ?? defaultEnvironmentCache(o.env);
        const dir = external_node_path_default().join(cacheDir, key.slice(0, 24));
        const envPython = process.platform === 'win32' ? external_node_path_default().join(dir, 'Scripts', 'python.exe') : external_node_path_default().join(dir, 'bin', 'python');
        const local = packageName.split(',').some(schema/* isLocalPackagePath */.JN);
        const ready = await exists(external_node_path_default().join(dir, READY_FILE));
        if (!ready || local) {
            await (0,promises_.mkdir)(dir, { recursive: true });
            await uv(o, ['venv', '--allow-existing', '--quiet', '--python', python, dir], dir);
            await (0,promises_.writeFile)(external_node_path_default().join(dir, 'requirements.txt'), pins);
            // uv locks the environment while it installs, so concurrent runs wait for each other
            await uv(o, ['pip', 'install', '--python', envPython, '--quiet', '-r', external_node_path_default().join(dir, 'requirements.txt')], o.cwd);
            await (0,promises_.writeFile)(external_node_path_default().join(dir, READY_FILE), new Date().toISOString() + '\n');
        }
        else {
            const now = new Date();
            await (0,promises_.utimes)(external_node_path_default().join(dir, READY_FILE), now, now);
        }
        await pruneEnvironments(cacheDir);
        return {
            ok: true,
            environment: { key, dir, python: envPython, setupMs: Date.now() - started, installed: !ready || local },
        };
    }
    catch (err) {
        if (err instanceof UvFailure)
            return { ok: false, error: err.message, stderr: err.stderr, setupMs: Date.now() - started };
        throw err;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/stages/generate/worker.ts




const WORKER_SCRIPT = 'stactools_worker.py';
/**
 * Our Python worker script, found by walking up from this module: next to it in src/ (tsx, vitest), in dist/ for
 * the Action (dist/index.js) and the CLI (dist/cli/index.js); scripts/build.mjs copies it there.
 */
function workerScriptPath(from = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    let dir = from;
    for (let i = 0; i < 4; i++) {
        const candidate = external_node_path_default().join(dir, WORKER_SCRIPT);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    throw new Error(`${WORKER_SCRIPT} is missing from the stac-ingest installation (looked upwards from ${from})`);
}
async function fileTail(file, bytes = 16_384) {
    try {
        const handle = await (0,promises_.open)(file, 'r');
        try {
            const { size } = await handle.stat();
            const start = Math.max(0, size - bytes);
            const { buffer, bytesRead } = await handle.read(Buffer.alloc(size - start), 0, size - start, start);
            return buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return '';
    }
}
/**
 * The environment of a worker: the caller's, with the env's bin first on PATH like uvx, unbuffered,
 * bytecode allowed.
 */
function workerEnv(python, base) {
    const env = { ...base, PYTHONUNBUFFERED: '1' };
    delete env['PYTHONDONTWRITEBYTECODE'];
    env['PATH'] = [external_node_path_default().dirname(python), base['PATH']].filter((p) => p).join((external_node_path_default()).delimiter);
    return env;
}
/** One long-lived `python stactools_worker.py` in the package environment; one item at a time. */
class StactoolsWorker {
    items = 0;
    rss = 0;
    ready;
    proc;
    capture;
    pending;
    seq = 0;
    exitInfo;
    constructor(runner, python, script, opts) {
        this.capture = {
            stdout: external_node_path_default().join(opts.scratch, `${opts.name}.stdout`),
            stderr: external_node_path_default().join(opts.scratch, `${opts.name}.stderr`),
        };
        let markReady = () => undefined;
        this.ready = new Promise((resolve) => (markReady = resolve));
        this.proc = runner.start(python, [script], {
            cwd: opts.cwd,
            ...(opts.env ? { env: opts.env } : {}),
            environment: (base) => workerEnv(python, base),
            onLine: (line) => this.onLine(line, markReady),
        });
        void this.proc.exited.then((info) => {
            this.exitInfo = info;
            const why = info.error
                ? info.error.message
                : info.exitCode !== null
                    ? `exited with code ${info.exitCode}`
                    : `was killed by ${info.signal ?? 'a signal'}`;
            markReady({
                ok: false,
                error: `the stactools worker ${why} before it was ready`,
                stderr: this.proc.stderrTail(),
            });
            this.pending?.settle(undefined);
        });
    }
    get pid() {
        return this.proc.pid;
    }
    onLine(line, markReady) {
        let msg;
        try {
            msg = JSON.parse(line);
        }
        catch {
            this.proc.kill(); // not our protocol: something wrote to the reply channel
            return;
        }
        if (msg.ready)
            markReady({ ok: true });
        else if (this.pending && msg.id === this.pending.id) {
            if (typeof msg.rss === 'number')
                this.rss = msg.rss;
            const output = typeof msg.text === 'string' ? msg.text : undefined;
            const notUtf8 = msg.not_utf8 === true;
            const tooLarge = output === undefined && !notUtf8 && typeof msg.size === 'number' ? msg.size : undefined;
            this.pending.settle({
                exit: msg.exit ?? 1,
                stdout: msg.stdout ?? '',
                stderr: msg.stderr ?? '',
                output,
                tooLarge,
                notUtf8,
            });
        }
    }
    /**
     * Runs `stac <argv...>` in the worker, `output` being the output path among them (the worker creates it empty
     * first, returns what it holds and deletes it); kills the worker (and what it started) on timeout or abort.
     */
    run(argv, output, timeoutMs, signal, maxBytes) {
        const id = ++this.seq;
        this.items++;
        return new Promise((resolve) => {
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                this.proc.kill();
            }, timeoutMs);
            const onAbort = () => this.proc.kill();
            signal?.addEventListener('abort', onAbort, { once: true });
            this.pending = {
                id,
                settle: (answer) => {
                    clearTimeout(timer);
                    signal?.removeEventListener('abort', onAbort);
                    this.pending = undefined;
                    if (answer) {
                        resolve({
                            exitCode: answer.exit,
                            signal: null,
                            stdout: answer.stdout,
                            stderr: answer.stderr,
                            output: answer.output,
                            timedOut: false,
                            lost: false,
                            ...(answer.tooLarge !== undefined ? { tooLarge: answer.tooLarge } : {}),
                            ...(answer.notUtf8 ? { notUtf8: true } : {}),
                        });
                        return;
                    }
                    void Promise.all([fileTail(this.capture.stdout), fileTail(this.capture.stderr)]).then(([stdout, stderr]) => resolve({
                        exitCode: this.exitInfo?.exitCode ?? null,
                        signal: this.exitInfo?.signal ?? null,
                        stdout,
                        stderr,
                        output: undefined,
                        timedOut,
                        lost: true,
                    }));
                },
            };
            if (signal?.aborted)
                onAbort();
            else
                this.proc.send(JSON.stringify({
                    id,
                    argv,
                    output,
                    stdout: this.capture.stdout,
                    stderr: this.capture.stderr,
                    ...(maxBytes !== undefined ? { max_bytes: maxBytes } : {}),
                }));
        });
    }
    /** Ends the worker: closes its input, and kills it when it has not exited within `graceMs`. */
    async close(graceMs = 5_000) {
        this.proc.closeInput();
        let timer;
        const grace = new Promise((resolve) => (timer = setTimeout(resolve, graceMs)));
        await Promise.race([this.proc.exited, grace]);
        clearTimeout(timer);
        this.proc.kill();
        await this.proc.exited;
    }
    /** Synchronous kill, for process exit hooks. */
    kill() {
        this.proc.kill();
    }
}

;// CONCATENATED MODULE: ./src/stages/generate/pool.ts

const DEFAULT_MAX_ITEMS_PER_WORKER = 1000;
const DEFAULT_MAX_RSS_BYTES = 1024 * 1024 * 1024;
/**
 * Long-lived stactools workers for one environment. `run` takes an idle worker or starts one (up to `size`), and
 * replaces a worker that died or was killed on an item; a worker that cannot start makes every run fail with why.
 * Every worker is killed when the process exits, whatever the path (the process runner registers their groups).
 */
class WorkerPool {
    options;
    stats = {
        started: 0,
        replaced: 0,
        recycled: 0,
        peakWorkerRss: 0,
        peakPoolRss: 0,
        firstReadyMs: undefined,
    };
    idle = [];
    live = new Set();
    retiring = new Map();
    waiting = [];
    broken;
    created = Date.now();
    constructor(options) {
        this.options = options;
    }
    async run(argv, output, timeoutMs, signal, maxBytes) {
        const worker = await this.acquire();
        if (!(worker instanceof StactoolsWorker))
            return worker;
        const reply = await worker.run(argv, output, timeoutMs, signal, maxBytes);
        if (reply.lost) {
            this.live.delete(worker);
            this.stats.replaced++;
        }
        else {
            this.stats.peakWorkerRss = Math.max(this.stats.peakWorkerRss, worker.rss);
            this.stats.peakPoolRss = Math.max(this.stats.peakPoolRss, [...this.live].reduce((n, w) => n + w.rss, 0));
            const { maxItemsPerWorker, maxRssBytes } = this.options.limits;
            if (worker.items >= maxItemsPerWorker || worker.rss > maxRssBytes)
                this.retire(worker);
            else
                this.idle.push(worker);
        }
        this.waiting.shift()?.();
        return { ok: true, ...reply };
    }
    retire(worker) {
        this.live.delete(worker);
        this.stats.recycled++;
        this.retiring.set(worker, worker.close().finally(() => this.retiring.delete(worker)));
    }
    async acquire() {
        for (;;) {
            if (this.broken)
                return { ok: false, ...this.broken };
            const idle = this.idle.pop();
            if (idle)
                return idle;
            if (this.live.size < this.options.limits.size)
                return this.start();
            await new Promise((resolve) => this.waiting.push(resolve));
        }
    }
    async start() {
        const { runner, python, script, cwd, env, scratch } = this.options;
        const name = `worker-${++this.stats.started}`;
        const worker = new StactoolsWorker(runner, python, script, { cwd, env, scratch, name });
        this.live.add(worker);
        const ready = await worker.ready;
        if (ready.ok) {
            this.stats.firstReadyMs ??= Date.now() - this.created;
            return worker;
        }
        this.live.delete(worker);
        this.broken ??= { error: ready.error, stderr: ready.stderr };
        for (const wake of this.waiting.splice(0))
            wake();
        return { ok: false, ...this.broken };
    }
    /** Closes every worker (they exit at the end of their input; killed after the grace time) and waits for them. */
    async close() {
        const closing = [...this.live].map((w) => w.close());
        this.live.clear();
        this.idle.length = 0;
        await Promise.all([...closing, ...this.retiring.values()]);
    }
}

;// CONCATENATED MODULE: ./src/stages/generate/engine.ts









const ENGINES = ['worker', 'uvx'];
/** Checks an engine name given on the command line or as an Action input (`what` names it in the error). */
function engineName(value, what) {
    if (ENGINES.includes(value))
        return value;
    throw new Error(`${what} takes ${ENGINES.join(' or ')}, got '${value}'`);
}
function uvxEngine(ctx) {
    const used = new Set();
    return {
        name: 'uvx',
        run: (call) => {
            used.add(call.spec.package);
            return (0,run_create/* runCreate */.q3)(ctx.runner, {
                build: (out) => (0,uvx_command/* stacCommand */.T4)(call.spec, out),
                what: `stac ${call.spec.group} ${call.spec.sub}`,
                expectType: call.spec.sub === 'create-item' ? 'Feature' : 'Collection',
                timeoutMs: call.timeoutMs,
                cwd: ctx.cwd,
                env: ctx.env,
                tmpDir: ctx.tmpDir,
                signal: call.signal,
                location: call.location,
                maxOutputBytes: call.maxOutputBytes,
            });
        },
        stats: () => [...used].map((p) => ({ package: p, engine: 'uvx' })),
        close: async () => undefined,
    };
}
/** The persistent engine: one environment and one worker pool per package spec, made on first use. */
function workerEngine(ctx, options = {}) {
    const limits = {
        size: options.limits?.size ?? (0,external_node_os_.availableParallelism)(),
        maxItemsPerWorker: options.limits?.maxItemsPerWorker ?? DEFAULT_MAX_ITEMS_PER_WORKER,
        maxRssBytes: options.limits?.maxRssBytes ?? DEFAULT_MAX_RSS_BYTES,
    };
    const pools = new Map();
    let scratch;
    let outputs = 0;
    const scratchDir = () => (scratch ??= cancel/* leftovers */.To.tempDir('stac-ingest-workers-', ctx.tmpDir));
    const poolFor = (call) => {
        let entry = pools.get(call.spec.package);
        if (!entry) {
            const env = {
                runner: ctx.runner,
                cwd: ctx.cwd,
                env: ctx.env,
                cacheDir: options.cacheDir,
                location: call.location,
            };
            entry = Promise.all([prepareEnvironment(call.spec.package, env), scratchDir()]).then(([prepared, dir]) => {
                if (!prepared.ok)
                    return prepared;
                const { python } = prepared.environment;
                const pool = new WorkerPool({
                    runner: ctx.runner,
                    python,
                    script: workerScriptPath(),
                    cwd: ctx.cwd,
                    env: ctx.env,
                    scratch: dir,
                    limits,
                });
                return { ok: true, pool, setupMs: prepared.environment.setupMs };
            });
            pools.set(call.spec.package, entry);
        }
        return entry;
    };
    const stats = [];
    return {
        name: 'worker',
        run: async (call) => {
            const entry = await poolFor(call);
            // the worker creates, reads and deletes it; a killed worker's is removed with the scratch folder
            return runInPool(entry, call, external_node_path_default().join(await scratchDir(), `output-${++outputs}.json`));
        },
        stats: () => stats,
        close: async () => {
            for (const [pkg, entry] of pools) {
                const e = await entry.catch(() => undefined); // a missing uv: the run already rejected with it
                if (e?.ok)
                    await e.pool.close();
                if (e)
                    stats.push({ package: pkg, engine: 'worker', setupMs: e.setupMs, ...(e.ok ? { pool: e.pool.stats } : {}) });
            }
            pools.clear();
            if (scratch)
                await cancel/* leftovers */.To.removeDir(await scratch);
        },
    };
}
async function runInPool(entry, call, out) {
    const what = `stac ${call.spec.group} ${call.spec.sub}`;
    const command = (0,uvx_command/* formatCommand */.fE)((0,uvx_command/* stacCommand */.T4)(call.spec, out));
    const started = Date.now();
    const fail = (error, r, environmentFailure = false) => ({
        ok: false,
        error,
        stderr: (0,run_create/* tail */.RT)(r.stderr, run_create/* STDERR_TAIL_CHARS */.u7),
        exitCode: r.exitCode ?? null,
        timedOut: r.timedOut ?? false,
        environmentFailure,
        command,
        durationMs: Date.now() - started,
    });
    if (!entry.ok)
        return fail(`uv could not set up the environment for ${what}: ${entry.error}`, entry, true);
    const cap = call.maxOutputBytes ?? run_create/* MAX_OUTPUT_BYTES */.$q;
    const r = await entry.pool.run((0,uvx_command/* stacArgs */.zk)(call.spec, out), out, call.timeoutMs, call.signal, cap);
    if (!r.ok)
        return fail(`the stactools worker for ${what} could not start: ${r.error}`, r, true);
    if (r.timedOut)
        return fail(`${what} timed out after ${(0,run_create/* formatSeconds */.Xo)(call.timeoutMs)} and was killed`, r);
    if (call.signal?.aborted)
        return fail(`${what} was cancelled`, r);
    if (r.exitCode !== 0)
        return fail((0,run_create/* exitMessage */.sF)(what, r.exitCode, r.signal, r.stderr), r);
    if (r.tooLarge !== undefined)
        return fail((0,run_create/* tooLargeMessage */.pb)(what, out, r.tooLarge, cap), r);
    if (r.notUtf8 === true) {
        const read = await (0,run_create/* readCreatedOutput */.cq)(out, what);
        await (0,promises_.rm)(out, { force: true });
        return fail('error' in read ? read.error : `${what}: the worker found its output not UTF-8`, r);
    }
    const checked = (0,run_create/* checkCreatedOutput */.kL)(r.output, out, what, call.spec.sub === 'create-item' ? 'Feature' : 'Collection', r.stdout);
    return checked.ok
        ? { ok: true, doc: checked.doc, command, durationMs: Date.now() - started }
        : fail(checked.error, r);
}


/***/ }),

/***/ 4055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ MAX_OUTPUT_BYTES),
/* harmony export */   RT: () => (/* binding */ tail),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   cq: () => (/* binding */ readCreatedOutput),
/* harmony export */   kL: () => (/* binding */ checkCreatedOutput),
/* harmony export */   pb: () => (/* binding */ tooLargeMessage),
/* harmony export */   q3: () => (/* binding */ runCreate),
/* harmony export */   sF: () => (/* binding */ exitMessage),
/* harmony export */   sh: () => (/* binding */ uvError),
/* harmony export */   u7: () => (/* binding */ STDERR_TAIL_CHARS)
/* harmony export */ });
/* unused harmony exports UVX_MISSING_MESSAGE, uvxMissingError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _clients_process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9953);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(833);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _uvx_command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4722);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8301);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2204);








const UVX_MISSING_MESSAGE = 'uvx not found on PATH: in a workflow add `- uses: astral-sh/setup-uv@v6`; locally `pip install uv`';
/** How much of a failed command's stderr/stdout is kept for the report. */
const STDERR_TAIL_CHARS = 4000;
const STDOUT_TAIL_CHARS = 500;
/**
 * The largest output read: a document is parsed from one string, and V8's strings end just under 512 MiB
 * (2^29 - 24 UTF-16 units), so a larger file cannot be read at all.
 */
const MAX_OUTPUT_BYTES = 500 * 1024 * 1024;
function tooLargeMessage(what, outputPath, bytes, cap) {
    return (`${what} exited 0 but its output ${outputPath} is too large (${bytes} bytes, cap ${cap} bytes: ` +
        'a document is read as one string)');
}
/**
 * uv's own messages (lowercase `error:` / `×`), not the package's: resolving, downloading or
 * building the environment failed.
 */
const UV_ENVIRONMENT_FAILURE = /^error: (?:Failed to|Distribution not found|Request failed)|^\s*× No solution found/m;
function tail(text, max) {
    return text.length > max ? '…' + text.slice(text.length - max) : text;
}
/** uv's own error: the `error:` line and the `cause:` lines under it. */
function uvError(stderr) {
    const lines = stderr.split('\n');
    const start = lines.findIndex((l) => l.startsWith('error:'));
    if (start < 0)
        return undefined;
    const parts = [lines[start].slice('error:'.length).trim()];
    for (const l of lines.slice(start + 1)) {
        const m = /^\s*cause:\s*(.*)$/.exec(l);
        if (!m)
            break;
        parts.push(m[1]);
    }
    return parts.slice(0, 4).join(': ');
}
function lastLine(text) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
    return lines[lines.length - 1] ?? '';
}
function uvxMissingError(location, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(UVX_MISSING_MESSAGE, {
        ...(location !== undefined ? { location } : {}),
        hint: 'local generation runs the same `uvx ... stac <group> create-item` command as the ' +
            'StactoolsItemGenerator; uvx ships with uv',
        cause,
    });
}
/**
 * Runs one `stac <group> create-*` through uvx into a fresh temp file (pre-created, like the
 * generator's NamedTemporaryFile), reads the JSON it wrote and checks its `type`.
 * Throws only for a missing uvx (a ConfigurationError); every other failure is a result.
 */
async function runCreate(runner, p) {
    const dir = await _cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .leftovers */ .To.tempDir('stac-ingest-gen-', p.tmpDir);
    const outputPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'output.json');
    const cmd = p.build(outputPath);
    const shown = (0,_uvx_command_js__WEBPACK_IMPORTED_MODULE_7__/* .formatCommand */ .fE)(cmd);
    const started = Date.now();
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(outputPath, '');
        let result;
        try {
            result = await runner.run(cmd.command, cmd.args, {
                cwd: p.cwd,
                ...(p.env !== undefined ? { env: p.env } : {}),
                timeoutMs: p.timeoutMs,
                maxOutput: 256 * 1024,
                ...(p.signal !== undefined ? { signal: p.signal } : {}),
            });
        }
        catch (err) {
            if (err instanceof _clients_process_js__WEBPACK_IMPORTED_MODULE_2__.CommandNotFoundError)
                throw uvxMissingError(p.location, err);
            throw err;
        }
        const durationMs = Date.now() - started;
        const fail = (error, environmentFailure = false) => ({
            ok: false,
            error,
            stderr: tail(result.stderr, STDERR_TAIL_CHARS),
            exitCode: result.exitCode,
            timedOut: result.timedOut,
            environmentFailure,
            command: shown,
            durationMs,
        });
        if (result.timedOut)
            return fail(`${p.what} timed out after ${formatSeconds(p.timeoutMs)} and was killed`);
        if (p.signal?.aborted)
            return fail(`${p.what} was cancelled`);
        if (result.exitCode !== 0) {
            const environmentFailure = UV_ENVIRONMENT_FAILURE.test(result.stderr);
            const uv = environmentFailure ? uvError(result.stderr) : undefined;
            if (uv !== undefined)
                return fail(`uvx could not set up the environment for ${p.what}: ${uv}`, true);
            return fail(exitMessage(p.what, result.exitCode, result.signal, result.stderr), environmentFailure);
        }
        const cap = p.maxOutputBytes ?? MAX_OUTPUT_BYTES;
        const size = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(outputPath).then((s) => s.size, () => undefined);
        if (size !== undefined && size > cap)
            return fail(tooLargeMessage(p.what, outputPath, size, cap));
        const read = await readCreatedOutput(outputPath, p.what);
        if ('error' in read)
            return fail(read.error);
        const checked = checkCreatedOutput(read.text, outputPath, p.what, p.expectType, result.stdout);
        return checked.ok ? { ok: true, doc: checked.doc, command: shown, durationMs } : fail(checked.error);
    }
    finally {
        await _cancel_js__WEBPACK_IMPORTED_MODULE_3__/* .leftovers */ .To.removeDir(dir);
    }
}
/**
 * The text a create command wrote to `outputPath` (undefined: the file is gone), through the one UTF-8 decoder:
 * output that is not UTF-8 is an error naming the line and byte, never text with U+FFFD in it.
 */
async function readCreatedOutput(outputPath, what) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(outputPath).catch(() => undefined);
    if (bytes === undefined)
        return { text: undefined };
    try {
        return { text: (0,_utf8_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeUtf8 */ ._6)(bytes, { file: outputPath }) };
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1))
            throw err;
        return { error: `${what} exited 0 but its output is not UTF-8 (nothing is replaced): ${err.message}` };
    }
}
/** `<what> exited with code N: <last stderr line>` or `<what> was killed by SIGNAL: ...`. */
function exitMessage(what, exitCode, signal, stderr) {
    const how = exitCode === null ? `was killed by ${signal ?? 'a signal'}` : `exited with code ${exitCode}`;
    const why = lastLine(stderr);
    return `${what} ${how}${why ? `: ${why}` : ''}`;
}
/**
 * The checks after a create command exited 0: it wrote a JSON object of the expected STAC type to `outputPath`,
 * which now holds `text` (undefined: the file is gone). The messages quote the command's stdout (`stdout`) to
 * show what it printed instead.
 */
function checkCreatedOutput(text, outputPath, what, expectType, stdout) {
    const shownStdout = stdout.trim() === '' ? '(empty)' : JSON.stringify(tail(stdout.trim(), STDOUT_TAIL_CHARS));
    const fail = (error) => ({ ok: false, error });
    if (text === undefined)
        return fail(`${what} exited 0 but removed its output file ${outputPath}; stdout: ${shownStdout}`);
    if (text.trim() === '')
        return fail(`${what} exited 0 but wrote nothing to ${outputPath}; stdout: ${shownStdout}`);
    let doc;
    try {
        doc = (0,_json_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJson */ .qF)(text);
    }
    catch (err) {
        const nan = /\b(?:NaN|-?Infinity)\b/.test(text) ? ' (it holds NaN/Infinity, which JSON does not allow)' : '';
        return fail(`${what} exited 0 but wrote invalid JSON to ${outputPath}${nan}: ${err.message}; ` +
            `starts with ${JSON.stringify(text.slice(0, 80))}; stdout: ${shownStdout}`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        return fail(`${what} exited 0 but wrote JSON that is not an object to ${outputPath}`);
    }
    const type = doc['type'];
    if (type !== expectType)
        return fail(`${what} wrote a document of type ${JSON.stringify(type ?? null)}, expected "${expectType}"`);
    return { ok: true, doc: doc };
}
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ stacCommand),
/* harmony export */   fE: () => (/* binding */ formatCommand),
/* harmony export */   qw: () => (/* binding */ GENERATOR_EXTRA_REQUIREMENTS),
/* harmony export */   zk: () => (/* binding */ stacArgs)
/* harmony export */ });
/* unused harmony exports withRequirements, createItemCommand, createCollectionCommand */
/** The requirements the StactoolsItemGenerator puts before the package (since eoapi-cdk v8.3.3). */
const GENERATOR_EXTRA_REQUIREMENTS = ['requests', 'numpy<2.3.0'];
/** `requests,numpy<2.3.0,<package>`: the `--with` value, as the generator joins it. */
function withRequirements(packageSpec) {
    return [...GENERATOR_EXTRA_REQUIREMENTS, packageSpec].join(',');
}
function optionArgs(options) {
    return Object.entries(options).flatMap(([key, value]) => [`--${key}`, value]);
}
/**
 * What follows `stac`: `<group> <sub> <args...> [--<key> <value>...] <output>`. The worker engine
 * runs exactly this.
 */
function stacArgs(spec, outputPath) {
    return [spec.group, spec.sub, ...spec.args, ...optionArgs(spec.options), outputPath];
}
/** `uvx --with "requests,numpy<2.3.0,<package>" --from stactools stac <stacArgs...>`. */
function stacCommand(spec, outputPath) {
    return {
        command: 'uvx',
        args: ['--with', withRequirements(spec.package), '--from', 'stactools', 'stac', ...stacArgs(spec, outputPath)],
    };
}
/**
 * Exactly the generator's command (protocol.md §2.3):
 * `uvx --with "requests,numpy<2.3.0,<package_name>" --from stactools stac <group_name> create-item
 * <args...> [--<key> <value>...] <output>`.
 * A local package path (`./pkg`) is passed as given: uv resolves it against the working directory.
 */
function createItemCommand(req, outputPath) {
    return stacCommand({
        package: req.package_name,
        group: req.group_name,
        sub: 'create-item',
        args: req.create_item_args,
        options: req.create_item_options,
    }, outputPath);
}
/** The same mechanics for `stac <group> create-collection <args...> [--<key> <value>...] <output>`. */
function createCollectionCommand(spec, outputPath) {
    return stacCommand({ ...spec, sub: 'create-collection' }, outputPath);
}
const SAFE_ARG = /^[A-Za-z0-9_./:=@+,-]+$/;
/** A copy-pasteable POSIX-shell rendering, for logs and reports only (never executed). */
function formatCommand(cmd) {
    return [cmd.command, ...cmd.args].map((a) => (SAFE_ARG.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ })

};
