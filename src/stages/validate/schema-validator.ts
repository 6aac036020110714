import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Finding, Origin, StacObject } from '../../model/stac.js';
import { originToLocation } from '../../model/stac.js';
import { describeError } from '../../errors.js';
import type { Logger } from '../../logging.js';
import type { ErrorObject } from 'ajv';
import { condenseErrors, describeAjvError } from './ajv-errors.js';
import { SchemaUnavailableError, type SchemaResolver } from './schema-resolver.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object's type.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** Validates STAC documents against their core schema and every schema in `stac_extensions`. */
export interface SchemaValidator {
  validate(doc: StacObject, origin: Origin): Promise<Finding[]>;
}

export interface SchemaValidatorOptions {
  resolver: SchemaResolver;
  logger: Logger;
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
export function coreSchemaUrl(doc: StacObject): { url: string } | { problem: string } | undefined {
  const type = doc['type'];
  if (typeof type !== 'string' || CORE_PATHS[type] === undefined) return undefined;
  const version = doc['stac_version'];
  if (typeof version !== 'string' || !SEMVER.test(version)) {
    return {
      problem: `stac_version ${version === undefined ? 'is missing' : `${JSON.stringify(version)} is not a version like "1.1.0"`}, so the core schema cannot be chosen`,
    };
  }
  return { url: `https://schemas.stacspec.org/v${version}/${CORE_PATHS[type]}` };
}

type Draft = 'draft-07' | '2019-09' | '2020-12';

function draftOf(schema: AnySchemaObject): Draft | { unsupported: string } {
  const declared = schema.$schema;
  if (declared === undefined) return 'draft-07';
  if (declared.includes('2020-12')) return '2020-12';
  if (declared.includes('2019-09')) return '2019-09';
  if (/draft-0[67]/.test(declared)) return 'draft-07';
  return { unsupported: declared };
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export function createSchemaValidator(options: SchemaValidatorOptions): SchemaValidator {
  const { resolver, logger } = options;
  const instances = new Map<Draft, Ajv>();
  const compiled = new Map<string, Promise<ValidateFunction>>();
  // ajv's compileAsync is not safe to run concurrently on one instance (shared $refs get added twice)
  let compileQueue: Promise<unknown> = Promise.resolve();

  function instance(draft: Draft): Ajv {
    let ajv = instances.get(draft);
    if (ajv !== undefined) return ajv;
    const loadSchema = async (uri: string): Promise<AnySchemaObject> =>
      prepare(await resolver.resolve(uri), uri, draft);
    const ajvOptions = {
      strict: false,
      allErrors: true,
      verbose: true,
      validateSchema: false,
      loadSchema,
      logger: {
        log: (m: unknown) => logger.debug(String(m)),
        warn: (m: unknown) => logger.debug(`ajv: ${String(m)}`),
        error: (m: unknown) => logger.debug(`ajv: ${String(m)}`),
      },
    };
    ajv =
      draft === '2020-12'
        ? new Ajv2020(ajvOptions)
        : draft === '2019-09'
          ? new Ajv2019(ajvOptions)
          : new Ajv(ajvOptions);
    addFormats(ajv);
    // STAC uses these for hrefs; any string is accepted, as by stac-validator
    ajv.addFormat('iri', true);
    ajv.addFormat('iri-reference', true);
    instances.set(draft, ajv);
    return ajv;
  }

  /**
   * Identifies a schema by the URL it was fetched from (some published schemas declare a
   * different `$id`, e.g. STAC 1.1.0 common.json says `commonjson`), and lets a schema of another
   * draft be used from this instance's schemas by dropping its `$schema`.
   */
  function prepare(schema: object, url: string, draft: Draft): AnySchemaObject {
    const copy: AnySchemaObject = { ...(schema as AnySchemaObject), $id: url };
    if (copy.$schema !== undefined && draftOf(copy) !== draft) delete copy.$schema;
    return copy;
  }

  async function compile(url: string): Promise<ValidateFunction> {
    const raw = (await resolver.resolve(url)) as AnySchemaObject;
    const draft = draftOf(raw);
    if (typeof draft !== 'string')
      throw new Error(
        `schema ${url} uses ${draft.unsupported}, which is not supported (draft-07, 2019-09 and 2020-12 are)`,
      );
    const ajv = instance(draft);
    const existing = ajv.getSchema(url);
    if (existing !== undefined) return existing;
    return await ajv.compileAsync(prepare(raw, url, draft));
  }

  function validatorFor(url: string): Promise<ValidateFunction> {
    let pending = compiled.get(url);
    if (pending === undefined) {
      pending = compileQueue.then(() => compile(url));
      compileQueue = pending.catch(() => undefined);
      compiled.set(url, pending);
    }
    return pending;
  }

  async function check(doc: StacObject, origin: Origin, url: string, rule: string): Promise<Finding[]> {
    let validate: ValidateFunction;
    try {
      validate = await validatorFor(url);
    } catch (err) {
      return [
        {
          severity: 'error',
          rule: 'schema:unavailable',
          message:
            err instanceof SchemaUnavailableError
              ? `${describeError(err)}${err.url === url ? '' : ` (needed by ${url})`}`
              : `cannot validate against ${url}: ${describeError(err)}`,
          location: originToLocation(origin, ''),
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

  return {
    async validate(doc, origin) {
      const jobs: Promise<Finding[]>[] = [];
      const core = coreSchemaUrl(doc);
      if (core !== undefined && 'problem' in core) {
        jobs.push(
          Promise.resolve([
            {
              severity: 'error',
              rule: 'schema:core',
              message: core.problem,
              location: originToLocation(origin, '/stac_version'),
            },
          ]),
        );
      } else if (core !== undefined) {
        jobs.push(check(doc, origin, core.url, 'schema:core'));
      }
      const extensions = doc['stac_extensions'];
      if (Array.isArray(extensions)) {
        // entries that are not URLs are reported by the loader rules (`loader:extension-url`)
        for (const ext of new Set(extensions.filter((e): e is string => typeof e === 'string' && isHttpUrl(e)))) {
          jobs.push(check(doc, origin, ext, `schema:${ext}`));
        }
      }
      return (await Promise.all(jobs)).flat();
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
    return `\`collection\` is set (${JSON.stringify(e.data)}) but no link has rel "collection"; add a link {"rel": "collection", "href": ...} to the collection`;
  }
  if (e.keyword === 'pattern' && e.message?.startsWith('must be a valid') === true) {
    return `${e.message} (got ${JSON.stringify(e.data)})`;
  }
  return describeAjvError(e);
}
