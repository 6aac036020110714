import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';

/**
 * A source read each time it is used (counted, validated, then written or published) must read the same documents
 * every time: what is checked must be what is sent.
 */

/** The error for a source that changed between two of its reads: `what` happened to `file`. */
export function changedBetweenReads(file: string, entry: string, what: string): ConfigurationError {
  return new ConfigurationError(
    `${file} ${what} while stac-ingest was reading the source (it reads it up to three times: to count, to ` +
      'validate, to write or publish): the documents checked would not be those sent',
    {
      location: { file, entry },
      hint: 'run again once nothing writes to the source; what a run published is in its ledger',
    },
  );
}

const DIGEST_BYTES = 16;

/**
 * What a source read lazily (a catalog walked over files, http(s) or S3) remembers of its first complete read: a
 * 16-byte digest of each document in the order read (16 MB for a million documents), not the documents. Each later
 * read compares every document with the one read at the same place before it is used.
 */
export class DocumentPasses {
  private digests = Buffer.alloc(DIGEST_BYTES * 1024);
  private count = 0;
  private complete = false;

  /** `entry`: the source, as messages name it; `root`: what its documents are read from. */
  constructor(
    private readonly entry: string,
    private readonly root: string,
  ) {}

  /** One read of the source: the first records, the later ones compare. */
  begin(): { see(bytes: Buffer, file: string): void; end(): void } {
    let at = 0;
    if (!this.complete) this.count = 0;
    return {
      see: (bytes, file) => {
        const digest = createHash('sha256').update(bytes).digest().subarray(0, DIGEST_BYTES);
        if (!this.complete) return this.record(digest);
        const known = at < this.count ? this.digests.subarray(at * DIGEST_BYTES, (at + 1) * DIGEST_BYTES) : undefined;
        at++;
        if (known === undefined) throw changedBetweenReads(file, this.entry, 'appeared after the first read');
        if (!known.equals(digest)) throw changedBetweenReads(file, this.entry, 'changed');
      },
      end: () => {
        if (!this.complete) this.complete = true;
        else if (at < this.count)
          throw changedBetweenReads(this.root, this.entry, `links ${this.count - at} document(s) fewer`);
      },
    };
  }

  private record(digest: Buffer): void {
    if ((this.count + 1) * DIGEST_BYTES > this.digests.length) {
      const grown = Buffer.alloc(this.digests.length * 2);
      this.digests.copy(grown);
      this.digests = grown;
    }
    digest.copy(this.digests, this.count * DIGEST_BYTES);
    this.count++;
  }
}
