export const id = 686;
export const ids = [686];
export const modules = {

/***/ 94686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createMaapTarget: () => (/* binding */ createMaapTarget)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/clients/aws.ts
var aws = __webpack_require__(95705);
// EXTERNAL MODULE: ./src/clients/sns-publish-batch.ts
var sns_publish_batch = __webpack_require__(38477);
// EXTERNAL MODULE: ./src/clients/stac-api.ts
var stac_api = __webpack_require__(6320);
// EXTERNAL MODULE: ./src/targets/discover.ts
var discover = __webpack_require__(41007);
// EXTERNAL MODULE: ./src/targets/stac-api-catalog.ts
var stac_api_catalog = __webpack_require__(8792);
// EXTERNAL MODULE: ./src/model/keys.ts
var keys = __webpack_require__(50517);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./src/model/item-request.ts

/**
 * Parses an ItemRequest message. Strict (only the model's keys); the defaults are pydantic's
 * (`create_item_options: {}`, `collection_id: null`). Also rejects what the Lambda would fail on
 * at run time: an empty package_name, and extras holding a comma (`pkg[a,b]`: the package name is joined
 * into the comma-separated `--with` list, which splits them). A plain comma is allowed: it is how extra
 * requirements ride along (`stactools-foo==1.0,affine<3`).
 */
/** `pkg[a,b]`: extras with a comma, which the generator's comma-joined `--with` list would split. */
const EXTRAS_WITH_COMMA = /\[[^\]]*,[^\]]*\]/;
const itemRequestSchema = schemas/* strictObject */.rej({
    package_name: schemas/* string */.YjP()
        .min(1, 'package_name must not be empty (the generator raises "Missing required parameter: package_name")')
        .refine((s) => !EXTRAS_WITH_COMMA.test(s), {
        message: "package_name must not contain ',' inside extras like pkg[a,b] " +
            '(the generator joins it into a comma-separated `uvx --with` list, which splits them)',
    }),
    group_name: schemas/* string */.YjP().min(1, 'group_name must name the `stac <group>` sub-command group'),
    create_item_args: schemas/* array */.YOg(schemas/* string */.YjP({ error: 'create_item_args elements must be strings (pydantic rejects numbers)' })),
    create_item_options: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP({ error: 'create_item_options values must be strings' }))
        .default({}),
    collection_id: schemas/* string */.YjP().nullable().default(null),
});
/** The JSON message body: exactly the model's keys, in the model's order. */
function toItemRequestMessage(req) {
    const ordered = {
        package_name: req.package_name,
        group_name: req.group_name,
        create_item_args: [...req.create_item_args],
        create_item_options: { ...req.create_item_options },
        collection_id: req.collection_id,
    };
    return JSON.stringify(ordered);
}

// EXTERNAL MODULE: ./src/json.ts
var json = __webpack_require__(8301);
;// CONCATENATED MODULE: ./src/targets/maap/entry.ts



/** A STAC Item or Collection as a loader message: the JSON text of the document, numbers as written. */
function documentEntry(doc, origin) {
    const key = (0,keys/* keyOfDocument */.KO)(doc);
    if (key === undefined) {
        throw new TypeError('cannot publish a document without a string id, a type of Feature/Collection, and (for items) a collection: ' +
            origin.file);
    }
    return { message: (0,json/* stringifyJson */.sd)(doc), key, origin };
}
/** An ItemRequest for the StactoolsItemGenerator topic (the message is exactly its five fields). */
function itemRequestEntry(request, sourceId, row, origin) {
    return { message: toItemRequestMessage(request), key: (0,keys/* requestKey */.lq)(sourceId, row), origin };
}

// EXTERNAL MODULE: ./src/targets/maap/ledger.ts + 2 modules
var maap_ledger = __webpack_require__(90189);
// EXTERNAL MODULE: ./src/targets/maap/publisher.ts + 2 modules
var publisher = __webpack_require__(20891);
;// CONCATENATED MODULE: ./src/targets/maap/topics.ts



/** Empty test without consuming a generator: only arrays can be checked up front. */
const knownEmpty = (s) => s === undefined || (Array.isArray(s) && s.length === 0);
/**
 * Publishes loader messages to the StacLoader topic and ItemRequests to the StactoolsItemGenerator
 * topic. Every MessageId goes to the run ledger, a write-ahead journal `<ledgerDir>/ledger-<runId>.jsonl`
 * that holds each call's intent before it is sent and its answer before more is sent. Which messages go together
 * (collections before their items) is the publish stage's business (src/stages/publish.ts).
 */
async function publishToTopics(input, deps, options = {}) {
    const ledger = input.ledger ?? new maap_ledger/* RunLedger */.z0((0,maap_ledger/* newRunId */.F$)(new Date((deps.now ?? Date.now)())));
    const loc = input.targetLocation === undefined ? {} : { location: input.targetLocation };
    if (input.loaderTopicArn === undefined && !knownEmpty(input.loader)) {
        throw new errors/* ConfigurationError */.j1('there are collections or items to publish but no StacLoader topic', {
            ...loc,
            hint: 'set `loader_topic_arn` or `stack` in the target',
        });
    }
    if (input.generatorTopicArn === undefined && !knownEmpty(input.generator)) {
        throw new errors/* ConfigurationError */.j1('there are remote stactools sources but no StactoolsItemGenerator topic', {
            ...loc,
            hint: 'set `generator_topic_arn` or a `stack` that has a stactools item generator (MAAP: the pgSTAC stack), ' +
                'or use `generate: local`',
        });
    }
    const result = {
        runId: ledger.runId,
        ledger,
        published: 0,
        failed: 0,
        rejected: 0,
        unknown: 0,
        ok: false,
    };
    const common = {
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        ...(options.maxMessagesPerSecond !== undefined ? { maxMessagesPerSecond: options.maxMessagesPerSecond } : {}),
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
        ...(input.targetLocation !== undefined ? { topicLocation: input.targetLocation } : {}),
    };
    const send = async (entries, topicArn) => {
        const r = await (0,publisher/* publishDocuments */.sq)(entries, { ...deps, ledger }, { ...common, topicArn });
        result.published += r.published;
        result.failed += r.failed;
        result.rejected += r.rejected;
        result.unknown += r.unknown;
        return r;
    };
    // write-ahead: nothing is sent unless the ledger file can be written
    if (input.ledgerDir !== null)
        result.ledgerPath = await ledger.journalTo(input.ledgerDir ?? maap_ledger/* LEDGER_DIR */.EN);
    try {
        if (input.loader !== undefined && input.loaderTopicArn !== undefined)
            result.loader = await send(input.loader, input.loaderTopicArn);
        if (input.generator !== undefined && input.generatorTopicArn !== undefined)
            result.generator = await send(input.generator, input.generatorTopicArn);
        result.ok = result.failed + result.rejected === 0;
        const lost = result.failed + result.rejected;
        const doubt = result.unknown > 0 ? `; ${result.unknown} in doubt` : '';
        const notes = `${lost > 0 ? `; ${lost} did not make it` : ''}${doubt}`;
        deps.logger.info(`published ${result.published} message(s)${notes} (run ${ledger.runId})`);
        return result;
    }
    finally {
        try {
            await ledger.close();
        }
        catch (err) {
            deps.logger.warning(`could not close the run ledger: ${err.message}`);
        }
    }
}
/**
 * Creates the run's ledger file before anything is published; a failure is a warning here (and
 * publishing, which needs the file, fails with its reason), and gives no path.
 */
async function createLedgerFile(ledger, dir, deps) {
    try {
        const path = await ledger.journalTo(dir);
        await ledger.close();
        return path;
    }
    catch (err) {
        deps.logger.warning(`could not write the run ledger: ${err.message}`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/targets/maap/pipeline.ts
var pipeline = __webpack_require__(7208);
;// CONCATENATED MODULE: ./src/targets/maap/index.ts
/**
 * The MAAP / eoapi-cdk target: documents go to the StacLoader topic and ItemRequests to the
 * StactoolsItemGenerator topic (every MessageId in the run ledger); its live catalog is the STAC
 * API (`stac_api`); what it tells of published messages is in its dead-letter queues. What is
 * compared, published, awaited and verified is decided by the run (src/run/deliver.ts).
 */











/** The STAC API client of the target, with its auth header (a secret) from the environment. */
function stacApiOf(target, deps, signal) {
    if (deps.stacApi)
        return deps.stacApi;
    if (target.stac_api === undefined)
        return undefined;
    const headers = {};
    if (target.stac_api_auth_env !== undefined) {
        const value = (deps.env ?? process.env)[target.stac_api_auth_env];
        if (!value)
            throw new errors/* ConfigurationError */.j1(`the STAC API auth variable $${target.stac_api_auth_env} is empty`, {
                hint: 'set it (e.g. from a secret) or remove stac_api_auth_env',
            });
        deps.logger.setSecret(value);
        headers['Authorization'] = value;
    }
    return (0,stac_api.createStacApiClient)({
        baseUrl: target.stac_api,
        logger: deps.logger,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(signal ? { signal } : {}),
        headers,
    });
}
/** What became of each entry, from the ledger records of its topic. */
function writtenFrom(ledger, entries, topicArn) {
    return entries.map((e) => {
        const rec = topicArn === undefined ? undefined : ledger.get(e.key, topicArn);
        // in doubt (a call without an answer, not seen in the catalog): on its way as far as anyone knows
        if (rec?.status === 'unknown')
            return { key: e.key, state: 'published' };
        if (rec?.status !== 'published') {
            const why = rec?.error ? `${rec.error.code ?? ''} ${rec.error.message ?? ''}`.trim() : '';
            return { key: e.key, state: 'failed', reason: why || 'not published' };
        }
        return { key: e.key, state: 'published', ...(rec.messageId ? { ref: rec.messageId } : {}) };
    });
}
/**
 * The run's PublishBatch calls over all its writes (collections, item waves, ItemRequests): how many, how many
 * got no answer and what became of their entries, and the calls in flight (the adaptive limit's range).
 */
function publishDetails(results) {
    const sum = (f) => results.reduce((n, r) => n + f(r), 0);
    const c = results.map((r) => r.concurrency);
    return {
        calls: sum((r) => r.calls),
        throttledOrServerErrors: sum((r) => r.throttledOrServerErrors),
        unansweredCalls: sum((r) => r.unanswered),
        foundInCatalog: sum((r) => r.reconciled),
        inDoubt: sum((r) => r.unknown),
        inFlight: {
            adaptive: c.every((x) => x.adaptive),
            configured: Math.max(...c.map((x) => x.configured)),
            min: Math.min(...c.map((x) => x.lowest)),
            max: Math.max(...c.map((x) => x.highest)),
            final: c.at(-1)?.final,
            decreases: c.reduce((n, x) => n + x.decreases, 0),
            peak: Math.max(...c.map((x) => x.peakInFlight)),
        },
    };
}
/** The MAAP pipeline through the Target port; clients are made on first use unless injected. */
class MaapPipelineTarget {
    target;
    deps;
    type = 'maap';
    generatesRemotely = true;
    skipsUnchanged = true;
    datetimeTextRanges = true;
    ownsCollections;
    wait;
    aws;
    ownAws;
    stac;
    ledgerDir;
    endpoints;
    ledger;
    ledgerPath;
    sender;
    publishes = [];
    constructor(target, baseDir, deps, options) {
        this.target = target;
        this.deps = deps;
        this.aws = deps.aws;
        this.ownAws = deps.aws === undefined;
        this.ledgerDir = options.ledgerDir ?? external_node_path_default().join(baseDir, '.stac-ingest');
        this.ownsCollections = target.owns_collections;
        this.wait = {
            timeoutMs: target.wait_minutes * 60_000,
            pollIntervalMs: target.poll_seconds * 1000,
            landing: 'catalog',
        };
    }
    clients() {
        if (!this.aws) {
            const opts = {};
            if (this.target.region !== undefined)
                opts.region = this.target.region;
            if (this.target.endpoint !== undefined)
                opts.endpoint = this.target.endpoint;
            this.aws = (0,aws/* createAwsClients */.Gv)(opts);
        }
        return this.aws;
    }
    opened() {
        if (!this.ledger || !this.endpoints)
            throw new Error('the maap target was not opened for publishing');
        return { ledger: this.ledger, endpoints: this.endpoints };
    }
    async open(work, ctx) {
        if (work.mode !== 'publish')
            return [];
        const { cfn } = this.clients();
        this.endpoints = await ctx.stage('resolve target', () => (0,discover/* resolveTargetEndpoints */.cz)(this.target, { cfn }));
        // the run's ledger exists from the start, also when nothing turns out to need publishing
        this.ledger = new maap_ledger/* RunLedger */.z0(work.runId);
        this.ledgerPath = await createLedgerFile(this.ledger, this.ledgerDir, ctx);
        return [];
    }
    catalogs(mode, ctx) {
        const client = (this.stac ??= { api: stacApiOf(this.target, this.deps, ctx.signal) }).api;
        if (client)
            return [(0,stac_api_catalog/* stacApiCatalog */.t)(client)];
        if (mode !== 'publish')
            throw new errors/* ConfigurationError */.j1(`target needs \`stac_api\` to ${mode} against the live catalog`);
        ctx.logger.warning('the target has no stac_api: what is published cannot be verified (add stac_api to prove the data landed)');
        return [];
    }
    async write(batch, ctx) {
        const { ledger, endpoints } = this.opened();
        const { sns } = this.clients();
        const timeoutMs = this.target.publish_timeout_seconds * 1000;
        const sender = (this.sender ??= (0,sns_publish_batch/* directPublishBatchSender */.AX)(sns, { timeoutMs }));
        const loader = [...batch.collections, ...batch.items].map((o) => documentEntry(o.doc, o.origin));
        const generator = batch.requests.map((q) => itemRequestEntry(q.request, q.sourceId, q.row, q.origin));
        const { loaderTopicArn, generatorTopicArn } = endpoints;
        const rate = this.target.max_messages_per_second;
        const published = await publishToTopics({
            ledger,
            ...(loaderTopicArn ? { loaderTopicArn } : {}),
            ...(generatorTopicArn ? { generatorTopicArn } : {}),
            ...(loader.length > 0 ? { loader } : {}),
            ...(generator.length > 0 ? { generator } : {}),
            ledgerDir: this.ledgerDir,
        }, {
            sns,
            sender,
            logger: ctx.logger,
            sleep: ctx.sleep,
            now: ctx.now,
            ...(ctx.landed ? { landed: ctx.landed } : {}),
            ...(ctx.signal ? { signal: ctx.signal } : {}),
        }, rate !== undefined ? { maxMessagesPerSecond: rate } : {});
        if (published.ledgerPath)
            this.ledgerPath = published.ledgerPath;
        for (const r of [published.loader, published.generator])
            if (r)
                this.publishes.push(r);
        return [...writtenFrom(ledger, loader, loaderTopicArn), ...writtenFrom(ledger, generator, generatorTopicArn)];
    }
    watch(awaited, ctx) {
        const { ledger, endpoints: e } = this.opened();
        const queue = (queueUrl, dlqUrl) => ({
            ...(queueUrl ? { queueUrl } : {}),
            ...(dlqUrl ? { dlqUrl } : {}),
        });
        const queues = {
            loader: queue(e.loaderQueueUrl, e.loaderDlqUrl),
            generator: queue(e.generatorQueueUrl, e.generatorDlqUrl),
        };
        const deps = { sqs: this.clients().sqs, sleep: ctx.sleep };
        return (0,pipeline/* createPipelineWatch */.A)({ ledger, awaited, queues }, deps, { waitMinutes: this.target.wait_minutes });
    }
    describe() {
        return `the MAAP pipeline (${this.target.stack ? `stack ${this.target.stack}` : 'configured topics'})`;
    }
    details() {
        const details = {};
        if (this.ledgerPath)
            details['ledger'] = this.ledgerPath;
        if (this.endpoints)
            details['endpoints'] = this.endpoints;
        if (this.publishes.length > 0)
            details['publish'] = publishDetails(this.publishes);
        return details;
    }
    async close() {
        this.sender?.destroy();
        if (this.ownAws && this.aws)
            this.aws.destroy();
    }
}
function createMaapTarget(target, baseDir, deps, options = {}) {
    return new MaapPipelineTarget(target, baseDir, deps, options);
}


/***/ })

};
