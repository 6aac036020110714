import { Ajv, type AnySchemaObject, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import type { Logger } from '../../logging.js';
import type { Draft } from './drafts.js';
import { MODE_OPTIONS, type Mode } from './validator-runtime.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object's type.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

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
