import type { ObjectStore } from './s3.js';

export interface LazyObjectStore extends ObjectStore {
  /** Closes the client if one was made. */
  destroy(): void;
}

/** An ObjectStore whose S3 client is only made on first use (most runs never touch S3). */
export function lazyObjectStore(make: () => ObjectStore & { destroy(): void }): LazyObjectStore {
  let store: (ObjectStore & { destroy(): void }) | undefined;
  const get = () => (store ??= make());
  return {
    get: (bucket, key, limits) => get().get(bucket, key, limits),
    list: (bucket, prefix) => get().list(bucket, prefix),
    put: (bucket, key, body, contentType) => get().put(bucket, key, body, contentType),
    destroy() {
      store?.destroy();
      store = undefined;
    },
  };
}
