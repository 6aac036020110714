import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import type { AwsClientOptions } from './aws.js';
import { BodyTooLargeError } from './http-get.js';

/** Limits on one object read: its size (streamed and counted, never buffered past it) and an abort signal. */
export interface ReadLimits {
  maxBytes?: number;
  signal?: AbortSignal;
}

/** Reads objects: what the DPS source needs from S3. */
export interface ObjectReader {
  get(bucket: string, key: string, limits?: ReadLimits): Promise<Buffer>;
  /** Every key under `prefix`, recursively, in S3's (lexicographic) order. */
  list(bucket: string, prefix: string): AsyncIterable<string>;
}

/** Reads and writes objects: the DPS upload path also puts. */
export interface ObjectStore extends ObjectReader {
  put(bucket: string, key: string, body: Uint8Array, contentType?: string): Promise<void>;
}

export interface S3ObjectStoreOptions extends AwsClientOptions {
  /** Path-style URLs (`http://host/bucket/key`); default: on when `endpoint` is set (moto, MinIO), off on AWS. */
  forcePathStyle?: boolean;
}

export function createS3Client(options: S3ObjectStoreOptions = {}): S3Client {
  return new S3Client({
    maxAttempts: options.sdkMaxAttempts ?? 3,
    forcePathStyle: options.forcePathStyle ?? options.endpoint !== undefined,
    ...(options.region !== undefined ? { region: options.region } : {}),
    ...(options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
    ...(options.credentials !== undefined ? { credentials: options.credentials } : {}),
  });
}

/** An ObjectStore over an S3 client; `destroy()` closes its sockets (call it in `finally`). */
export function s3ObjectStore(client: S3Client): ObjectStore & { destroy(): void } {
  return {
    async get(bucket, key, limits = {}) {
      const signal = limits.signal ? { abortSignal: limits.signal } : {};
      const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }), signal);
      if (res.Body === undefined) return Buffer.alloc(0);
      return readLimited(res.Body as Readable, res.ContentLength, limits.maxBytes);
    },
    async *list(bucket, prefix) {
      let token: string | undefined;
      do {
        const res = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: prefix,
            ...(token !== undefined ? { ContinuationToken: token } : {}),
          }),
        );
        for (const obj of res.Contents ?? []) if (obj.Key !== undefined) yield obj.Key;
        token = res.IsTruncated ? res.NextContinuationToken : undefined;
      } while (token !== undefined);
    },
    async put(bucket, key, body, contentType) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ...(contentType !== undefined ? { ContentType: contentType } : {}),
        }),
      );
    },
    destroy() {
      client.destroy();
    },
  };
}

/** The whole stream, unless it is (or declares to be) larger than `maxBytes`: then it is destroyed unread. */
async function readLimited(body: Readable, declared: number | undefined, maxBytes = Infinity): Promise<Buffer> {
  if (declared !== undefined && declared > maxBytes) {
    body.destroy();
    throw new BodyTooLargeError(maxBytes);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}
