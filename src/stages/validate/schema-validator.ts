import type { Ajv, AnySchemaObject, ValidateFunction } from 'ajv';
import type { Finding, Origin, StacObject } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import { describeError } from '../../errors.js';
import type { Logger } from '../../logging.js';
import type { ErrorObject } from 'ajv';
import { condenseErrors, describeAjvError } from './ajv-errors.js';
import { SchemaUnavailableError, type SchemaResolver } from './schema-resolver.js';
import { isPre1Stac } from '../../sources/migrate.js';
import { draftOf, prepareSchema, type Draft } from './drafts.js';
import type { Mode } from './validator-runtime.js';
import { PrecompiledValidators } from './precompiled.js';
import { bundledValidatorsDir } from './bundled.js';
import { shapeKey, type FastShape, type FastPart } from './shape.js';

/** Validates STAC documents against their core schema and every schema in `stac_extensions`. */
export interface SchemaValidator {
  validate(doc: StacObject, origin: Origin): Promise<Finding[]>;
  /**
   * The fast path, synchronous: true when the document's schemas are compiled and it passes them
   * all (it then has no schema findings); false when `validate` must say more.
   */
  passes(doc: StacObject): boolean;
  /**
   * How another thread gets the fast check of this document's shape: its key and, per schema, the
   * precompiled validator to use or the code of the one compiled here; undefined when there is none.
   */
  fastShape(doc: StacObject): Promise<FastShape | undefined>;
}

export interface SchemaValidatorOptions {
  resolver: SchemaResolver;
  logger: Logger;
  /**
   * Validators compiled ahead of time, used when their schemas resolve unchanged. Default: the
   * build's (dist/validators, for the bundled schemas); `null`: compile everything here.
   */
  precompiled?: PrecompiledValidators | null;
}

const CORE_PATHS: Record<string, string> = {
  Feature: 'item-spec/json-schema/item.json',
  Collection: 'collection-spec/json-schema/collection.json',
  Catalog: 'catalog-spec/json-schema/catalog.json',
};

/** Past this many errors against one schema, a document gets one "N more" finding instead. */
export const MAX_FINDINGS_PER_SCHEMA = 25;

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/**
 * The STAC core schema URL for a document, or a reason why there is none. A document without a
 * known `type` gets no core schema here; the loader rules report the type itself.
 */
export function coreSchemaUrl(doc: StacObject): { url: string } | { problem: string; rule?: string } | undefined {
  const type = doc['type'];
  if (typeof type !== 'string' || CORE_PATHS[type] === undefined) return undefined;
  const version = doc['stac_version'];
  if (typeof version !== 'string' || !SEMVER.test(version)) {
    return {
      problem:
        `stac_version ` +
        `${version === undefined ? 'is missing' : `${JSON.stringify(version)} is not a version like "1.1.0"`}, ` +
        `so the core schema cannot be chosen`,
    };
  }
  if (isPre1Stac(version)) {
    return {
      rule: 'stac:version',
      problem:
        `STAC ${version} predates 1.0.0, which the loader and the current schemas expect: set \`migrate: true\` ` +
        'on its source in the manifest (upgrades it with @radiantearth/stac-migrate before validation; ' +
        'the plan lists what changed), or upgrade the file',
    };
  }
  return { url: `https://schemas.stacspec.org/v${version}/${CORE_PATHS[type]}` };
}

/** What one shape of document (type, stac_version, stac_extensions) is checked against. */
interface SchemaSet {
  problem?: string;
  /** The rule the problem is reported under (default `schema:core`). */
  problemRule?: string;
  checks: { url: string; rule: string }[];
  /** The fast validators, once compiled; `null` when one could not be (the full path then reports why). */
  fast?: ValidateFunction[] | null;
  ready?: Promise<void>;
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function schemaSetOf(doc: StacObject): SchemaSet {
  const set: SchemaSet = { checks: [] };
  const core = coreSchemaUrl(doc);
  if (core !== undefined && 'problem' in core) {
    set.problem = core.problem;
    if (core.rule !== undefined) set.problemRule = core.rule;
  } else if (core !== undefined) set.checks.push({ url: core.url, rule: 'schema:core' });
  const extensions = doc['stac_extensions'];
  if (Array.isArray(extensions)) {
    // entries that are not URLs are reported by the loader rules (`loader:extension-url`)
    for (const ext of new Set(extensions.filter((e): e is string => typeof e === 'string' && isHttpUrl(e))))
      set.checks.push({ url: ext, rule: `schema:${ext}` });
  }
  return set;
}

const MAX_SHAPES = 1000;

/** Where the document names a schema: `/stac_extensions/<i>`, or the document itself (its core schema). */
function extensionPointer(doc: StacObject, url: string): string {
  const exts = doc['stac_extensions'];
  const i = Array.isArray(exts) ? exts.indexOf(url) : -1;
  return i === -1 ? '' : `/stac_extensions/${i}`;
}

function defaultPrecompiled(logger: Logger): PrecompiledValidators | null {
  const dir = bundledValidatorsDir();
  return dir === undefined ? null : new PrecompiledValidators(dir, logger);
}

/** Compiles each schema once per mode (fast, full), using the precompiled validators where they fit. */
class ValidatorCompiler {
  // each schema is looked up once, whichever validators (fast, full, precompiled) need it
  private readonly looked = new Map<string, Promise<object>>();
  private readonly instances = new Map<string, Promise<Ajv>>();
  private readonly compiled = new Map<string, Promise<ValidateFunction>>();
  private readonly fromPrecompiled = new Set<string>();
  private readonly fastInstance = new Map<string, Ajv>();
  private readonly codes = new Map<string, string>();
  // ajv's compileAsync is not safe to run concurrently on one instance (shared $refs get added twice)
  private compileQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly resolver: SchemaResolver,
    private readonly precompiled: PrecompiledValidators | null,
    private readonly logger: Logger,
  ) {}

  resolve(url: string): Promise<object> {
    let found = this.looked.get(url);
    if (found === undefined) this.looked.set(url, (found = this.resolver.resolve(url)));
    return found;
  }

  private instance(draft: Draft, mode: Mode): Promise<Ajv> {
    const key = `${draft} ${mode}`;
    let ajv = this.instances.get(key);
    if (ajv === undefined) {
      const loadSchema = async (uri: string): Promise<AnySchemaObject> =>
        prepareSchema(await this.resolve(uri), uri, draft);
      // the fast validators keep their code, for worker threads; ajv loads only when a schema is compiled here
      const setup = { draft, mode, loadSchema, logger: this.logger, source: mode === 'fast' };
      ajv = import('./ajv-instance.js').then(({ createAjv }) => createAjv(setup));
      this.instances.set(key, ajv);
    }
    return ajv;
  }

  private async compile(url: string, mode: Mode): Promise<ValidateFunction> {
    if (mode === 'fast') {
      const ready = await this.precompiled?.get(url, (u) => this.resolve(u));
      if (ready !== undefined) {
        this.fromPrecompiled.add(url);
        return ready;
      }
    }
    const raw = (await this.resolve(url)) as AnySchemaObject;
    const draft = draftOf(raw);
    if (typeof draft !== 'string')
      throw new Error(
        `schema ${url} uses ${draft.unsupported}, which is not supported (draft-07, 2019-09 and 2020-12 are)`,
      );
    const ajv = await this.instance(draft, mode);
    if (mode === 'fast') this.fastInstance.set(url, ajv);
    const existing = ajv.getSchema(url);
    if (existing !== undefined) return existing;
    return await ajv.compileAsync(prepareSchema(raw, url, draft));
  }

  validatorFor(url: string, mode: Mode): Promise<ValidateFunction> {
    const key = `${mode} ${url}`;
    let pending = this.compiled.get(key);
    if (pending === undefined) {
      pending = this.compileQueue.then(() => this.compile(url, mode));
      this.compileQueue = pending.catch(() => undefined);
      this.compiled.set(key, pending);
    }
    return pending;
  }

  /** How a worker thread gets the fast validator of `url` (compiled before). */
  async part(url: string): Promise<FastPart> {
    if (this.fromPrecompiled.has(url) && this.precompiled) return { url, precompiledDir: this.precompiled.dir };
    let code = this.codes.get(url);
    if (code === undefined) {
      const { validatorCode } = await import('./compiled-code.js');
      this.codes.set(url, (code = validatorCode(this.fastInstance.get(url) as Ajv, [url])));
    }
    return { url, code };
  }
}

/** The findings of one document against one schema (full validator). */
async function checkAgainst(
  compiler: ValidatorCompiler,
  doc: StacObject,
  origin: Origin,
  url: string,
  rule: string,
): Promise<Finding[]> {
  let validate: ValidateFunction;
  try {
    validate = await compiler.validatorFor(url, 'full');
  } catch (err) {
    return [
      {
        severity: 'error',
        rule: 'schema:unavailable',
        message:
          err instanceof SchemaUnavailableError
            ? `${describeError(err)}${err.url === url ? '' : ` (needed by ${url})`}`
            : `cannot validate against ${url}: ${describeError(err)}`,
        location: originToLocation(origin, extensionPointer(doc, url)),
      },
    ];
  }
  if (validate(doc)) return [];
  const errors = mergeStringChecks(condenseErrors(validate.errors ?? []));
  const findings: Finding[] = errors.slice(0, MAX_FINDINGS_PER_SCHEMA).map((e) => ({
    severity: 'error' as const,
    rule,
    message: explain(e),
    location: originToLocation(origin, e.instancePath),
  }));
  if (errors.length > MAX_FINDINGS_PER_SCHEMA) {
    findings.push({
      severity: 'error',
      rule,
      message: `${errors.length - MAX_FINDINGS_PER_SCHEMA} more errors against ${url} not shown`,
      location: originToLocation(origin, ''),
    });
  }
  return findings;
}

const fastPass = (set: SchemaSet, doc: StacObject): boolean =>
  set.problem === undefined && Array.isArray(set.fast) && set.fast.every((f) => f(doc) === true);

/** The finding for a document whose core schema cannot be chosen (none when it can). */
function problemFindings(set: SchemaSet, origin: Origin): Finding[] {
  if (set.problem === undefined) return [];
  return [
    {
      severity: 'error',
      rule: set.problemRule ?? 'schema:core',
      message: set.problem,
      location: originToLocation(origin, '/stac_version'),
    },
  ];
}

export function createSchemaValidator(options: SchemaValidatorOptions): SchemaValidator {
  const { logger } = options;
  const precompiled = options.precompiled === undefined ? defaultPrecompiled(logger) : options.precompiled;
  const compiler = new ValidatorCompiler(options.resolver, precompiled, logger);
  const shapes = new Map<string, SchemaSet>();

  function setFor(doc: StacObject): SchemaSet {
    const key = shapeKey(doc);
    if (key === undefined) return schemaSetOf(doc);
    let set = shapes.get(key);
    if (set === undefined) {
      set = schemaSetOf(doc);
      if (shapes.size < MAX_SHAPES) shapes.set(key, set);
    }
    return set;
  }

  function prepareFast(set: SchemaSet): Promise<void> {
    set.ready ??= Promise.all(set.checks.map((c) => compiler.validatorFor(c.url, 'fast'))).then(
      (fns) => void (set.fast = fns),
      (err: unknown) => {
        logger.debug(`fast validation off for ${set.checks.map((c) => c.url).join(', ')}: ${describeError(err)}`);
        set.fast = null;
      },
    );
    return set.ready;
  }

  return {
    async fastShape(doc) {
      const key = shapeKey(doc);
      if (key === undefined) return undefined;
      const set = setFor(doc);
      await prepareFast(set);
      if (!Array.isArray(set.fast) || set.problem !== undefined) return undefined;
      return { key, parts: await Promise.all(set.checks.map((c) => compiler.part(c.url))) };
    },
    passes(doc) {
      const set = setFor(doc);
      if (set.fast === undefined) void prepareFast(set);
      return fastPass(set, doc);
    },
    async validate(doc, origin) {
      const set = setFor(doc);
      await prepareFast(set);
      if (fastPass(set, doc)) return [];
      const found = await Promise.all(set.checks.map((c) => checkAgainst(compiler, doc, origin, c.url, c.rule)));
      return [...problemFindings(set, origin), ...found.flat()];
    },
  };
}

/** A `pattern` and a `format` failure on the same string (STAC datetimes) read as one problem. */
function mergeStringChecks(errors: ErrorObject[]): ErrorObject[] {
  const formats = new Map(errors.filter((e) => e.keyword === 'format').map((e) => [e.instancePath, e]));
  const patterns = new Set(errors.filter((e) => e.keyword === 'pattern').map((e) => e.instancePath));
  const out: ErrorObject[] = [];
  for (const e of errors) {
    const format = formats.get(e.instancePath);
    if (e.keyword === 'pattern' && format !== undefined) {
      out.push({
        ...e,
        message: `must be a valid ${String(format.params['format'])} matching ${String(e.params['pattern'])}`,
      });
      continue;
    }
    if (e.keyword === 'format' && patterns.has(e.instancePath)) continue;
    out.push(e);
  }
  return out;
}

/** Messages for the STAC rules whose raw JSON Schema wording says nothing useful. */
function explain(e: ErrorObject): string {
  if (e.instancePath === '/collection' && e.keyword === 'not') {
    return (
      `\`collection\` is set (${JSON.stringify(e.data)}) but no link has rel "collection"; add ` +
      `a link {"rel": "collection", "href": ...} to the collection`
    );
  }
  if (e.keyword === 'pattern' && e.message?.startsWith('must be a valid') === true) {
    return `${e.message} (got ${JSON.stringify(e.data)})`;
  }
  return describeAjvError(e);
}
