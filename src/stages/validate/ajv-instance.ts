import { Ajv, type AnySchemaObject, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import type { Logger } from '../../logging.js';
import { MODE_OPTIONS, type Mode } from './validator-runtime.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object's type.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export type Draft = 'draft-07' | '2019-09' | '2020-12';

export function draftOf(schema: AnySchemaObject): Draft | { unsupported: string } {
  const declared = schema.$schema;
  if (declared === undefined) return 'draft-07';
  if (declared.includes('2020-12')) return '2020-12';
  if (declared.includes('2019-09')) return '2019-09';
  if (/draft-0[67]/.test(declared)) return 'draft-07';
  return { unsupported: declared };
}

/**
 * Identifies a schema by the URL it was fetched from (some published schemas declare a
 * different `$id`, e.g. STAC 1.1.0 common.json says `commonjson`), and lets a schema of another
 * draft be used from this instance's schemas by dropping its `$schema`.
 */
export function prepareSchema(schema: object, url: string, draft: Draft): AnySchemaObject {
  const copy: AnySchemaObject = { ...(schema as AnySchemaObject), $id: url };
  if (copy.$schema !== undefined && draftOf(copy) !== draft) delete copy.$schema;
  return copy;
}

export interface AjvSetup {
  draft: Draft;
  mode: Mode;
  loadSchema: (uri: string) => Promise<AnySchemaObject>;
  logger: Logger;
  /** Keep the generated code, to hand it to worker threads or write it at build time. */
  source?: boolean;
}

/** An ajv instance for one draft and mode, with the formats STAC needs (the 2019/2020 classes load on demand). */
export async function createAjv(setup: AjvSetup): Promise<Ajv> {
  const options: Options = {
    strict: false,
    validateSchema: false,
    ...MODE_OPTIONS[setup.mode],
    loadSchema: setup.loadSchema,
    logger: {
      log: (m: unknown) => setup.logger.debug(String(m)),
      warn: (m: unknown) => setup.logger.debug(`ajv: ${String(m)}`),
      error: (m: unknown) => setup.logger.debug(`ajv: ${String(m)}`),
    },
    ...(setup.source ? { code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } } : {}),
  };
  let ajv: Ajv;
  if (setup.draft === '2020-12') ajv = new (await import('ajv/dist/2020.js')).Ajv2020(options);
  else if (setup.draft === '2019-09') ajv = new (await import('ajv/dist/2019.js')).Ajv2019(options);
  else ajv = new Ajv(options);
  addFormats(ajv);
  // STAC uses these for hrefs; any string is accepted, as by stac-validator
  ajv.addFormat('iri', true);
  ajv.addFormat('iri-reference', true);
  return ajv;
}
