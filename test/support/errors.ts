import { ConfigurationError } from '../../src/errors.js';

/** Awaits work that must reject with a ConfigurationError, and returns that error. */
export async function failure(work: Promise<unknown>): Promise<ConfigurationError> {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof ConfigurationError)) throw new Error(`expected a ConfigurationError, got ${String(err)}`);
  return err;
}
