import type { ObjectStore } from './s3.js';

export interface LazyObjectStore extends ObjectStore {
  /** Closes the client if one was made. */
  destroy(): void;
}

type ClosableStore = ObjectStore & { destroy(): void };

/**
 * An ObjectStore whose S3 client is only made on first use (most runs never touch S3); `make` is async so that the
 * AWS SDK is only loaded (a dynamic import) then. A failed `make` is tried again on the next use.
 */
export function lazyObjectStore(make: () => Promise<ClosableStore>): LazyObjectStore {
  let store: Promise<ClosableStore> | undefined;
  const get = (): Promise<ClosableStore> =>
    (store ??= make().catch((err: unknown) => {
      store = undefined;
      throw err;
    }));
  return {
    get: async (bucket, key, limits) => (await get()).get(bucket, key, limits),
    async *list(bucket, prefix) {
      yield* (await get()).list(bucket, prefix);
    },
    put: async (bucket, key, body, contentType) => (await get()).put(bucket, key, body, contentType),
    destroy() {
      const made = store;
      store = undefined;
      void made?.then(
        (s) => s.destroy(),
        () => undefined,
      );
    },
  };
}
