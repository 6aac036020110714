import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { describeError } from '../../errors.js';
import type { Logger } from '../../logging.js';
import { createHash } from 'node:crypto';
import { PRECOMPILED_NAME } from './bundled.js';
import { AJV_VERSION, ajvFingerprint, evaluateValidatorCode } from './validator-runtime.js';

/**
 * What a precompiled set holds: for each schema URL, the file of its validator's code (which holds
 * every schema it reaches, so one loads alone) and the content hash of every schema it reaches.
 */
export interface PrecompiledMeta {
  fingerprint: string;
  schemas: Record<string, { file: string; deps: Record<string, string> }>;
}

type Resolve = (url: string) => Promise<object>;

/**
 * Fast validators compiled at build time (for the bundled schemas). One is used only when every
 * schema it was compiled from resolves, here and now, to the same content (a mirror may hold other
 * copies), and only for the same ajv version and options; otherwise the caller compiles.
 */
export class PrecompiledValidators {
  private meta: Promise<PrecompiledMeta | undefined> | undefined;
  private readonly loaded = new Map<string, Promise<ValidateFunction | undefined>>();
  private readonly checked = new Map<string, Promise<boolean>>();

  constructor(
    readonly dir: string,
    private readonly logger: Logger,
  ) {}

  async get(url: string, resolve: Resolve): Promise<ValidateFunction | undefined> {
    const meta = await (this.meta ??= this.readMeta());
    const entry = meta?.schemas[url];
    if (entry === undefined) return undefined;
    for (const [dep, hash] of Object.entries(entry.deps)) {
      let same = this.checked.get(dep);
      if (same === undefined) {
        same = resolve(dep).then(
          (schema) => schemaHash(schema) === hash,
          () => false,
        );
        this.checked.set(dep, same);
      }
      if (!(await same)) return undefined;
    }
    return this.trusted(url);
  }

  /**
   * The validator of `url` without checking its schemas (a worker thread, told by the main thread,
   * which checked them). Undefined when there is none or its code does not load.
   */
  trusted(url: string): Promise<ValidateFunction | undefined> {
    let fn = this.loaded.get(url);
    if (fn === undefined) {
      fn = this.load(url);
      this.loaded.set(url, fn);
    }
    return fn;
  }

  private async load(url: string): Promise<ValidateFunction | undefined> {
    const entry = (await (this.meta ??= this.readMeta()))?.schemas[url];
    if (entry === undefined) return undefined;
    try {
      return evaluateValidatorCode(await readFile(path.join(this.dir, entry.file), 'utf8'))[url];
    } catch (err) {
      this.logger.debug(`precompiled validator of ${url} unusable: ${describeError(err)}`);
      return undefined;
    }
  }

  private async readMeta(): Promise<PrecompiledMeta | undefined> {
    try {
      const meta = JSON.parse(
        await readFile(path.join(this.dir, `${PRECOMPILED_NAME}.json`), 'utf8'),
      ) as PrecompiledMeta;
      if (meta.fingerprint === ajvFingerprint('fast', AJV_VERSION)) return meta;
      this.logger.debug(`precompiled validators in ${this.dir} were made with ${meta.fingerprint}: not used`);
    } catch (err) {
      this.logger.debug(`no precompiled validators in ${this.dir}: ${describeError(err)}`);
    }
    return undefined;
  }
}

/** A short content hash of a resolved schema. */
export function schemaHash(schema: object): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 16);
}
