export const id = 648;
export const ids = [648];
export const modules = {

/***/ 1648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  redriveRun: () => (/* binding */ redriveRun)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/manifest/load.ts + 4 modules
var load = __webpack_require__(6638);
// EXTERNAL MODULE: ./src/clients/aws.ts
var clients_aws = __webpack_require__(5705);
// EXTERNAL MODULE: ./src/clients/stac-api.ts
var stac_api = __webpack_require__(6320);
// EXTERNAL MODULE: ./src/targets/discover.ts
var discover = __webpack_require__(1007);
// EXTERNAL MODULE: ./src/targets/stac-api-catalog.ts
var stac_api_catalog = __webpack_require__(8792);
// EXTERNAL MODULE: ./src/targets/maap/ledger.ts
var maap_ledger = __webpack_require__(903);
// EXTERNAL MODULE: ./src/targets/maap/pipeline.ts
var pipeline = __webpack_require__(7208);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sqs/dist-cjs/index.js
var dist_cjs = __webpack_require__(8868);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
// EXTERNAL MODULE: ./src/targets/maap/dead-letters.ts
var dead_letters = __webpack_require__(516);
// EXTERNAL MODULE: ./src/targets/maap/publisher.ts + 2 modules
var publisher = __webpack_require__(891);
;// CONCATENATED MODULE: ./src/stages/redrive-dead-letters.ts




/**
 * Sends this run's dead-lettered messages (only those: matched through the ledger's SNS
 * MessageIds, or by id for items the generator made) back to their source topic, deletes
 * their DLQ copies once SNS accepted them, and updates the ledger with the new MessageIds.
 * Afterwards, wait again.
 */
async function redriveDeadLettered(input, deps, options = {}) {
    const sleep = deps.sleep ?? retry/* realSleep */.uk;
    const now = deps.now ?? retry/* realClock */.dQ;
    const result = { redriven: [], failed: [], ignored: 0, deleteFailures: 0 };
    const expectedByIdOnly = new Set([...(input.generatedKeys ?? [])].filter((k) => input.ledger.get(k) === undefined));
    const notBefore = Date.parse(input.ledger.createdAt) - 60_000;
    for (const queue of ['generator', 'loader']) {
        const q = input.queues[queue];
        if (q === undefined)
            continue;
        // hold what we read until it is re-published and deleted
        const messages = await (0,dead_letters/* peekDeadLetterQueue */.Jn)(deps.sqs, q.dlqUrl, {
            sleep,
            release: false,
            visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 120,
            ...(options.waitTimeSeconds !== undefined ? { waitTimeSeconds: options.waitTimeSeconds } : {}),
        });
        // one re-publish per SNS message, however many DLQ copies it has
        const others = [];
        const bySnsId = new Map();
        for (const msg of messages) {
            const match = (0,dead_letters/* matchDeadLetter */.QF)(msg, queue, { ledger: input.ledger, expectedByIdOnly, notBefore });
            if (match === undefined || msg.envelope === undefined) {
                result.ignored++;
                others.push(msg);
                continue;
            }
            const id = msg.envelope.MessageId;
            const entry = bySnsId.get(id);
            if (entry !== undefined)
                entry.copies.push(msg);
            else {
                const record = match.matchedBy === 'message-id' ? input.ledger.byMessageId(id) : undefined;
                bySnsId.set(id, {
                    key: match.key,
                    message: msg.envelope.Message,
                    copies: [msg],
                    origin: match.origin ?? record?.origin ?? { file: q.dlqUrl },
                    ...(record ? { record } : {}),
                });
            }
        }
        // the same entry may sit in the DLQ under several MessageIds (an earlier redrive failed again): publish it once
        const byKey = new Map();
        for (const [snsId, e] of bySnsId) {
            const prev = byKey.get(e.key);
            if (prev !== undefined) {
                prev.oldIds.push(snsId);
                prev.copies.push(...e.copies);
            }
            else
                byKey.set(e.key, {
                    key: e.key,
                    message: e.message,
                    origin: e.origin,
                    oldIds: [snsId],
                    copies: [...e.copies],
                    redrives: e.record?.redrives ?? 0,
                });
        }
        // other publishers' messages go back at once
        await (0,dead_letters/* releaseMessages */.kw)(deps.sqs, q.dlqUrl, others);
        if (byKey.size === 0) {
            deps.logger.info(`${queue} DLQ: none of this run's messages found (${messages.length} other message(s) left alone)`);
            continue;
        }
        deps.logger.info(`${queue} DLQ: ${byKey.size} of this run's message(s) to re-publish to ${q.topicArn}; ${messages.length - [...byKey.values()].reduce((n, e) => n + e.copies.length, 0)} other message(s) left alone`);
        if (options.dryRun === true) {
            for (const e of byKey.values())
                result.redriven.push({ key: e.key, queue, topicArn: q.topicArn, oldMessageId: e.oldIds[0] ?? '', deleted: 0 });
            await (0,dead_letters/* releaseMessages */.kw)(deps.sqs, q.dlqUrl, [...byKey.values()].flatMap((e) => e.copies));
            continue;
        }
        const newIds = new Map();
        const errors = new Map();
        const sink = {
            record: (r) => {
                const e = byKey.get(r.key);
                const rec = { ...r, redrives: (e?.redrives ?? 0) + 1 };
                if (e !== undefined)
                    rec.previousMessageIds = e.oldIds;
                input.ledger.record(rec);
                if (r.status === 'published' && r.messageId !== undefined)
                    newIds.set(r.key, r.messageId);
                else
                    errors.set(r.key, r.error ? `${r.error.code}: ${r.error.message}` : 'failed');
            },
        };
        const entries = [...byKey.values()].map((e) => ({
            key: e.key,
            message: e.message,
            origin: e.origin,
        }));
        await (0,publisher/* publishDocuments */.sq)(entries, { sns: deps.sns, logger: deps.logger, ledger: sink, sleep, now }, {
            topicArn: q.topicArn,
            ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
            ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
        });
        for (const e of byKey.values()) {
            const newId = newIds.get(e.key);
            if (newId === undefined) {
                result.failed.push({ key: e.key, queue, error: errors.get(e.key) ?? 'not re-published' });
                await (0,dead_letters/* releaseMessages */.kw)(deps.sqs, q.dlqUrl, e.copies);
                continue;
            }
            const deleted = await deleteCopies(deps.sqs, q.dlqUrl, e.copies, sleep);
            result.deleteFailures += e.copies.length - deleted;
            result.redriven.push({
                key: e.key,
                queue,
                topicArn: q.topicArn,
                oldMessageId: e.oldIds[0] ?? '',
                newMessageId: newId,
                deleted,
            });
        }
    }
    if (result.deleteFailures > 0)
        deps.logger.warning(`${result.deleteFailures} dead-letter copies could not be deleted after re-publishing; they will be seen again`);
    return result;
}
async function deleteCopies(sqs, url, copies, sleep) {
    let deleted = 0;
    for (let i = 0; i < copies.length; i += 10) {
        const chunk = copies.slice(i, i + 10);
        try {
            const out = await (0,retry/* withRetry */.bD)(() => sqs.send(new dist_cjs/* DeleteMessageBatchCommand */.QB({
                QueueUrl: url,
                Entries: chunk.map((c, j) => ({ Id: String(j), ReceiptHandle: c.receiptHandle })),
            })), { maxAttempts: 4, sleep });
            deleted += out.Successful?.length ?? 0;
        }
        catch {
            /* counted as failures by the caller */
        }
    }
    return deleted;
}

// EXTERNAL MODULE: ./src/stages/wait.ts
var stages_wait = __webpack_require__(9154);
// EXTERNAL MODULE: ./src/stages/verify.ts
var verify = __webpack_require__(9790);
// EXTERNAL MODULE: ./src/model/expected.ts
var model_expected = __webpack_require__(1329);
// EXTERNAL MODULE: ./src/run/ingest.ts + 59 modules
var ingest = __webpack_require__(284);
// EXTERNAL MODULE: ./src/run/collections.ts
var collections = __webpack_require__(5016);
;// CONCATENATED MODULE: ./src/run/redrive.ts
















async function newestLedger(dir) {
    const names = (await (0,promises_.readdir)(dir).catch(() => [])).filter((n) => /^ledger-.+\.json$/.test(n)).sort();
    const last = names.at(-1);
    if (!last)
        throw new errors/* ConfigurationError */.j1(`no run ledger in ${dir}`, {
            hint: 'redrive works on the ledger a `run` wrote; pass --ledger FILE to name one',
        });
    return external_node_path_default().join(dir, last);
}
/**
 * Sends this run's dead-lettered messages (only those, found through the run ledger) back to
 * their topic, then waits until they are in the STAC API (or dead-lettered again).
 */
async function redriveRun(options, deps) {
    const now = deps.now ?? Date.now;
    const t0 = now();
    const { logger } = deps;
    const result = {
        ok: false,
        command: 'redrive',
        manifest: options.manifestPath,
        collections: [],
        problems: [],
        stages: [],
        startedAt: new Date(t0).toISOString(),
        durationMs: 0,
    };
    let aws = deps.aws;
    const ownAws = aws === undefined;
    try {
        const loaded = await (0,load/* loadManifest */.eY)(options.manifestPath);
        const { name, target } = (0,ingest.selectTarget)(loaded.manifest, options.target, undefined);
        if (target.type !== 'maap')
            throw new errors/* ConfigurationError */.j1(`redrive works on a MAAP target; '${name}' is ${target.type}`);
        result.target = {
            name,
            type: target.type,
            description: `redrive dead-lettered messages (${target.stack ?? target.loader_topic_arn ?? ''})`,
        };
        const file = options.ledgerFile ?? (await newestLedger(external_node_path_default().join(loaded.dir, '.stac-ingest')));
        const ledger = await maap_ledger/* RunLedger */.z0.read(file);
        logger.info(`ledger ${file} (run ${ledger.runId})`);
        aws ??= (0,clients_aws/* createAwsClients */.Gv)({
            ...(target.region ? { region: target.region } : {}),
            ...(target.endpoint ? { endpoint: target.endpoint } : {}),
        });
        const clients = aws;
        const endpoints = await (0,discover/* resolveTargetEndpoints */.cz)(target, { cfn: clients.cfn });
        const queues = {};
        if (endpoints.loaderDlqUrl && endpoints.loaderTopicArn)
            queues.loader = { dlqUrl: endpoints.loaderDlqUrl, topicArn: endpoints.loaderTopicArn };
        if (endpoints.generatorDlqUrl && endpoints.generatorTopicArn)
            queues.generator = { dlqUrl: endpoints.generatorDlqUrl, topicArn: endpoints.generatorTopicArn };
        const redriven = await logger.group('redrive', () => redriveDeadLettered({ ledger, queues }, { sns: clients.sns, sqs: clients.sqs, logger, ...(deps.sleep ? { sleep: deps.sleep } : {}), now }, { dryRun: options.dryRun ?? false }));
        await ledger.write(external_node_path_default().dirname(file));
        logger.info(`re-published ${redriven.redriven.length} message(s); ${redriven.failed.length} failed; ${redriven.ignored} other publishers' message(s) left alone`);
        const objects = [];
        const expected = [];
        for (const r of redriven.redriven) {
            const rec = ledger.get(r.key, r.topicArn);
            const m = /^item:([^/]*)\/(.+)$/.exec(r.key);
            objects.push({
                key: r.key,
                kind: m ? 'item' : r.key.startsWith('request:') ? 'request' : 'collection',
                collection: m?.[1] ?? null,
                id: m?.[2] ?? null,
                origin: rec?.origin ?? { file: '' },
                state: 'published',
                ...(r.newMessageId ? { ref: r.newMessageId } : {}),
            });
            if (m)
                expected.push((0,model_expected/* expectedItem */.mN)(m[1], m[2], rec?.origin));
        }
        for (const f of redriven.failed)
            objects.push({
                key: f.key,
                kind: 'item',
                collection: null,
                id: null,
                origin: { file: '' },
                state: 'failed',
                reason: f.error,
            });
        const stac = deps.stacApi ?? (target.stac_api ? (0,stac_api/* createStacApiClient */.xY)({ baseUrl: target.stac_api, logger }) : undefined);
        if (stac && expected.length && !options.dryRun) {
            const verifier = (0,verify/* createVerifier */.$A)(expected, { catalog: (0,stac_api_catalog/* stacApiCatalog */.t)(stac), logger, now });
            const awaited = expected.map((e) => ({ key: e.key, ...(e.origin ? { origin: e.origin } : {}) }));
            const loader = {
                ...(endpoints.loaderQueueUrl ? { queueUrl: endpoints.loaderQueueUrl } : {}),
                ...(endpoints.loaderDlqUrl ? { dlqUrl: endpoints.loaderDlqUrl } : {}),
            };
            const sleep = deps.sleep ? { sleep: deps.sleep } : {};
            const watch = (0,pipeline/* createPipelineWatch */.A)({ ledger, awaited, queues: { loader } }, { sqs: clients.sqs, ...sleep });
            const wait = await logger.group('wait', () => (0,stages_wait/* waitStage */.g)({ awaited, watch, landed: (keys) => verifier.checkLanded(keys) }, { logger, ...sleep, now }, { timeoutMs: target.wait_minutes * 60_000, pollIntervalMs: target.poll_seconds * 1000 }));
            const landed = new Set(wait.landed);
            const settled = new Map(wait.settled.map((d) => [d.key, d]));
            for (const o of objects) {
                const s = settled.get(o.key);
                if (landed.has(o.key))
                    o.state = 'verified';
                else if (s)
                    Object.assign(o, { state: s.state, ...(s.reason ? { reason: s.reason } : {}) });
                else if (o.kind === 'item' && o.state === 'published')
                    o.state = 'missing';
            }
        }
        const bad = objects.filter((o) => o.state === 'failed' || o.state === 'missing' || o.state === 'dead-lettered');
        for (const o of bad)
            result.problems.push({
                severity: 'error',
                stage: 'redrive',
                message: `${o.key} is ${o.state}${o.reason ? `: ${o.reason}` : ''}`,
            });
        result.delivery = {
            ok: bad.length === 0,
            summary: `redrove ${redriven.redriven.length} message(s)`,
            objects,
            details: { ledger: file },
        };
        result.collections = (0,collections/* summarizeCollections */.X)(undefined, [], undefined, result.delivery);
        result.ok = bad.length === 0;
    }
    catch (err) {
        const message = (0,errors/* describeError */.Uc)(err);
        result.problems.push({
            severity: 'error',
            stage: 'redrive',
            message,
            ...(err instanceof errors/* ConfigurationError */.j1 && err.location ? { location: err.location } : {}),
        });
    }
    finally {
        if (ownAws && aws)
            aws.destroy();
        result.durationMs = now() - t0;
    }
    return result;
}


/***/ })

};
