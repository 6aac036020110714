/**
 * Items generated for a run whose sources stream (issue 12): written to a temp NDJSON file as they come, in job
 * order, and read back from it for validation and for the writer or publisher, instead of held. What is kept per
 * item is where it came from, compactly ({@link OriginTable}).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { leftovers } from '../../cancel.js';
import { parseJson, stringifyJson } from '../../json.js';
import type { StreamedDocs } from '../../model/inputs.js';
import { Names } from '../../model/names.js';
import type { LoadedDoc, Origin, SourceDoc } from '../../model/stac.js';
import { readLines } from '../../sources/lines.js';
import { tallyInto } from '../resolve.js';
import { MAX_OUTPUT_BYTES } from './run-create.js';

const ROW = /^(.*) row ([1-9]\d*)$/;
const FIELDS = 5; // file, source id, entry (without ` row N`), line, row; -1: none

/**
 * Origins kept compactly: per origin five numbers in a typed array, the strings (files, source ids, entries without
 * their ` row N`) once. An origin with more than file, line, entry and source id is kept as given beside them.
 */
export class OriginTable {
  private readonly names = new Names();
  private parts = new Int32Array(FIELDS * 1024);
  private readonly extras = new Map<number, Origin>();
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(o: Origin): void {
    const i = this.size++;
    if (FIELDS * this.size > this.parts.length) {
      const wider = new Int32Array(this.parts.length * 2);
      wider.set(this.parts);
      this.parts = wider;
    }
    const { file, line, entry, sourceId, ...more } = o;
    const row = entry === undefined ? undefined : ROW.exec(entry);
    const fits = Object.keys(more).length === 0 && (line === undefined || (Number.isInteger(line) && line >= 0));
    if (!fits || (row && !Number.isSafeInteger(Number(row[2])))) {
      this.extras.set(i, structuredClone(o));
      return;
    }
    const at = FIELDS * i;
    this.parts[at] = this.names.numberOf(file);
    this.parts[at + 1] = sourceId === undefined ? -1 : this.names.numberOf(sourceId);
    this.parts[at + 2] = entry === undefined ? -1 : this.names.numberOf(row ? row[1]! : entry);
    this.parts[at + 3] = line ?? -1;
    this.parts[at + 4] = row ? Number(row[2]) : -1;
  }

  /** Origin `i` (in the order pushed), as a new object. */
  at(i: number): Origin {
    const extra = this.extras.get(i);
    if (extra !== undefined) return structuredClone(extra);
    const [file, sourceId, entry, line, row] = this.parts.subarray(FIELDS * i, FIELDS * (i + 1));
    const o: Origin = { file: this.names.at(file!) };
    if (line! >= 0) o.line = line!;
    if (entry! >= 0) o.entry = row! >= 0 ? `${this.names.at(entry!)} row ${row!}` : this.names.at(entry!);
    if (sourceId! >= 0) o.sourceId = this.names.at(sourceId!);
    return o;
  }
}

/** Generated items spilled to a temp file as they come; `close()` makes them a source read where it is used. */
export class GeneratedSpill {
  private readonly origins = new OriginTable();
  /** Read where it is used once closed; meanwhile its items per collection, the first and the bounds of each. */
  private readonly stream: StreamedDocs;
  private readonly tally: ReturnType<typeof tallyInto>;

  private constructor(
    private readonly dir: string,
    file: string,
    private readonly out: WriteStream,
  ) {
    const origins = this.origins;
    const units = async function* (): AsyncGenerator<SourceDoc> {
      let i = 0;
      for await (const { text } of readLines(file, file, { maxLineBytes: MAX_OUTPUT_BYTES }))
        if (text !== '') yield { origin: origins.at(i++), text };
    };
    const items = async function* (): AsyncGenerator<LoadedDoc> {
      for await (const u of units()) yield { doc: parseJson(u.text!) as LoadedDoc['doc'], origin: u.origin };
    };
    this.stream = { counts: new Map(), held: [], firsts: [], bounds: [], units, items };
    this.tally = tallyInto(this.stream);
  }

  /** A new spill in a temp folder of its own; `remove()` deletes it, and so does the exit hook if the run does not. */
  static async open(): Promise<GeneratedSpill> {
    const dir = await leftovers.tempDir('stac-ingest-generated-');
    const file = path.join(dir, 'items.ndjson');
    const out = createWriteStream(file);
    await once(out, 'open');
    return new GeneratedSpill(dir, file, out);
  }

  async add(d: LoadedDoc): Promise<void> {
    this.tally.add(d);
    this.origins.push(d.origin);
    // number texts as the package wrote them (`10.0` stays `10.0`), as for items held
    if (!this.out.write(stringifyJson(d.doc) + '\n')) await once(this.out, 'drain');
  }

  /** Everything written: the spilled items as a source whose documents are read again each time they are used. */
  async close(): Promise<StreamedDocs> {
    this.out.end();
    await once(this.out, 'finish');
    this.tally.end();
    return this.stream;
  }

  /** Deletes the spill (the run is over). */
  remove(): void {
    this.out.destroy();
    leftovers.removeDirSync(this.dir);
  }
}
