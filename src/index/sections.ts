// The snapshot file's layout: a V8-serialised skeleton, then every typed array of the value as a raw section,
// aligned. Read back, each typed array is a view into the one buffer read from disk (a deferred one is read from the
// file when asked). V8's own serialisation would copy any array it finds unaligned (the 40 MB of postings, most of
// the columns) into fresh memory, and on this kind of machine touching fresh memory is the cost of a start-up (about
// 4 ms per MB).
import { readSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';

const MAGIC = 'WSNAPv1\n';
/** Sections start at multiples of this: a Float64Array's alignment, so every view can be made in place. */
const ALIGN = 8;

const VIEWS = {
  Uint8Array,
  Uint32Array,
  Int32Array,
  Float64Array,
} as const;
type ViewName = keyof typeof VIEWS;

/**
 * Where a typed array was in the value (its keys from the top), what kind it was and how long. A deferred section
 * (bytes read a few at a time, such as the statements' contexts) sits after all others and is left on disk when
 * the file is opened: 48 MB not read at start-up.
 */
interface SectionRef {
  path: Array<string | number>;
  view: ViewName;
  length: number;
  deferred?: true;
}

/**
 * A deferred section: bytes read from the snapshot file when asked for. The file stays open while anything holds
 * its sections (a newer snapshot renamed over it does not change what this one reads).
 */
export class DeferredBytes {
  constructor(
    private readonly file: OpenFile,
    private readonly offset: number,
    readonly byteLength: number,
  ) {}

  /** Bytes `start` to `end` of the section. */
  read(start: number, end: number): Buffer {
    if (start < 0 || end > this.byteLength || end < start) throw new RangeError(`bytes ${start}-${end} are outside a section of ${this.byteLength}`);
    const bytes = Buffer.allocUnsafe(end - start);
    let done = 0;
    while (done < bytes.length) {
      const got = readSync(this.file.fd, bytes, done, bytes.length - done, this.offset + start + done);
      if (got === 0) throw new Error('snapshot file ended before its section did');
      done += got;
    }
    return bytes;
  }
}

/** An open snapshot file, closed once nothing refers to it any more. */
interface OpenFile {
  fd: number;
}
const closeWhenUnreachable = new FinalizationRegistry<FileHandle>((handle) => {
  handle.close().catch(() => undefined);
});

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function viewName(value: ArrayBufferView): ViewName | null {
  // (A Buffer is Node's Uint8Array, and is read back as one.)
  if (Buffer.isBuffer(value)) return 'Uint8Array';
  for (const name of Object.keys(VIEWS) as ViewName[]) if (value.constructor === VIEWS[name]) return name;
  return null;
}

function padding(length: number): number {
  return (ALIGN - (length % ALIGN)) % ALIGN;
}

/** The value with its typed arrays set apart as sections (plain objects and arrays are walked; nothing else is). */
export function writeSections(value: unknown, deferred: (path: ReadonlyArray<string | number>) => boolean = () => false): Buffer {
  return Buffer.concat(sectionParts(value, deferred));
}

/**
 * The same bytes as `writeSections`, in parts that share memory with the value's arrays: written one after another,
 * a 170 MB snapshot needs no second copy of itself in memory.
 */
export function sectionParts(value: unknown, deferred: (path: ReadonlyArray<string | number>) => boolean = () => false): Buffer[] {
  const sections: ArrayBufferView[] = [];
  const refs: SectionRef[] = [];
  const skeleton = (node: unknown, path: Array<string | number>): unknown => {
    if (ArrayBuffer.isView(node)) {
      const view = viewName(node);
      if (!view) return node;
      sections.push(node);
      refs.push({ path, view, length: (node as Uint8Array).length, ...(deferred(path) ? { deferred: true as const } : {}) });
      return null;
    }
    if (Array.isArray(node)) return node.map((child, index) => skeleton(child, [...path, index]));
    if (node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, skeleton(child, [...path, key])]));
    }
    return node;
  };
  const skeletonValue = skeleton(value, []);
  // Deferred sections last, so that opening reads everything before them in one go.
  const order = refs.map((_, index) => index).sort((a, b) => Number(refs[a]?.deferred ?? false) - Number(refs[b]?.deferred ?? false));
  // The section table first: reading it back needs no walk of the whole value (10,000 articles' records).
  const header = serialize({ sections: order.map((index) => refs[index]), value: skeletonValue });
  const prefix = Buffer.alloc(MAGIC.length + 8);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, MAGIC.length);
  prefix.writeUInt32LE(sections.length, MAGIC.length + 4);
  const parts: Buffer[] = [prefix, header, Buffer.alloc(padding(prefix.length + header.length))];
  for (const index of order) {
    const section = sections[index] as ArrayBufferView;
    const bytes = Buffer.from(section.buffer, section.byteOffset, section.byteLength);
    parts.push(bytes, Buffer.alloc(padding(bytes.length)));
  }
  return parts;
}

interface Layout {
  refs: SectionRef[];
  value: unknown;
  /** Where each section starts in the file, in the order of `refs`. */
  offsets: number[];
  /** Where the first section starts: the header's end, aligned. */
  sectionsStart: number;
  /** Where the first deferred section starts (the file's end when there is none). */
  eagerEnd: number;
}

const PREFIX_LENGTH = MAGIC.length + 8;

/** The header's length, from the file's first bytes. */
function headerLengthOf(prefix: Buffer, fileLength: number): { headerLength: number; count: number } {
  if (prefix.length < PREFIX_LENGTH || prefix.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a sectioned snapshot');
  const headerLength = prefix.readUInt32LE(MAGIC.length);
  if (PREFIX_LENGTH + headerLength > fileLength) throw new Error('snapshot header runs past the end of the file');
  return { headerLength, count: prefix.readUInt32LE(MAGIC.length + 4) };
}

function layoutOf(header: Buffer, headerLength: number, count: number, fileLength: number): Layout {
  const { sections: refs, value } = deserialize(header) as { sections: SectionRef[]; value: unknown };
  if (!Array.isArray(refs) || refs.length !== count) throw new Error('snapshot sections do not match its header');
  const sectionsStart = PREFIX_LENGTH + headerLength + padding(PREFIX_LENGTH + headerLength);
  let at = sectionsStart;
  const offsets: number[] = [];
  let eagerEnd = -1;
  for (const ref of refs) {
    if (!ref || !(ref.view in VIEWS) || !Array.isArray(ref.path)) throw new Error('snapshot section of an unknown kind');
    // (A hand-edited file must not reach an object's prototype through a path.)
    if (ref.path.some((key) => typeof key === 'string' && UNSAFE_KEYS.has(key))) throw new Error('snapshot section has no place in its value');
    if (ref.deferred && eagerEnd < 0) eagerEnd = at;
    if (!ref.deferred && eagerEnd >= 0) throw new Error('snapshot section out of order');
    const byteLength = ref.length * VIEWS[ref.view].BYTES_PER_ELEMENT;
    if (at + byteLength > fileLength) throw new Error('snapshot section runs past the end of the file');
    offsets.push(at);
    at += byteLength + padding(byteLength);
  }
  return { refs, value, offsets, sectionsStart, eagerEnd: eagerEnd < 0 ? Math.min(at, fileLength) : eagerEnd };
}

/** Puts each section (made by `sectionAt`) back at its path in the value. */
function placeSections(layout: Layout, sectionAt: (ref: SectionRef, offset: number) => unknown): unknown {
  let root = layout.value;
  layout.refs.forEach((ref, index) => {
    const section = sectionAt(ref, layout.offsets[index] as number);
    if (ref.path.length === 0) {
      root = section;
      return;
    }
    let parent: unknown = root;
    for (const key of ref.path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    if (!parent || typeof parent !== 'object') throw new Error('snapshot section has no place in its value');
    (parent as Record<string | number, unknown>)[ref.path.at(-1) as string | number] = section;
  });
  return root;
}

/**
 * The value written by `writeSections`, from the whole file's bytes: every section, deferred ones too, is a view
 * into them. Throws on a file of another shape.
 */
export function readSections(read: Buffer): unknown {
  // (A small file's buffer may be a slice of Node's shared pool, at any offset: views need it aligned.)
  const bytes = read.byteOffset % ALIGN === 0 ? read : Buffer.from(new Uint8Array(read).buffer);
  const { headerLength, count } = headerLengthOf(bytes.subarray(0, PREFIX_LENGTH), bytes.length);
  const layout = layoutOf(bytes.subarray(PREFIX_LENGTH, PREFIX_LENGTH + headerLength), headerLength, count, bytes.length);
  return placeSections(layout, (ref, offset) => new VIEWS[ref.view](bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, ref.length));
}

/**
 * Reading into fresh memory costs mostly the faulting-in of its pages (on the bench machine about 4 ms a megabyte,
 * ten times the copy), which the kernel does on the reading thread: chunks read at once, on libuv's threads, share
 * it out over the cores (120 MB: 490 → 290 ms on 2 cores).
 */
const READ_CHUNK = 8 << 20;

async function readInChunks(handle: FileHandle, into: Buffer, position: number): Promise<void> {
  const chunks: Array<Promise<void>> = [];
  for (let start = 0; start < into.length; start += READ_CHUNK) {
    const end = Math.min(into.length, start + READ_CHUNK);
    chunks.push(
      (async () => {
        for (let done = start; done < end; ) {
          const { bytesRead } = await handle.read(into, done, end - done, position + done);
          if (bytesRead === 0) throw new Error('snapshot file ended early');
          done += bytesRead;
        }
      })(),
    );
  }
  await Promise.all(chunks);
}

/**
 * The value written by `writeSections`, read from its file: everything up to the deferred sections in one read,
 * those left on disk as `DeferredBytes` (a deferred section must be a Uint8Array). Throws on a file of another shape.
 */
export async function readSectionsFromFile(path: string): Promise<unknown> {
  const handle = await open(path, 'r');
  let layout: Layout;
  let eager: Buffer;
  try {
    const { size } = await handle.stat();
    const prefix = Buffer.alloc(PREFIX_LENGTH);
    await handle.read(prefix, 0, PREFIX_LENGTH, 0);
    const { headerLength, count } = headerLengthOf(prefix, size);
    const header = Buffer.alloc(headerLength);
    await handle.read(header, 0, headerLength, PREFIX_LENGTH);
    layout = layoutOf(header, headerLength, count, size);
    // One buffer of the sections read now (its own memory, and they start aligned), without the header read above.
    eager = Buffer.allocUnsafeSlow(Math.max(0, layout.eagerEnd - layout.sectionsStart));
    await readInChunks(handle, eager, layout.sectionsStart);
  } catch (error) {
    await handle.close();
    throw error;
  }
  // Deferred sections read through this same open file (a snapshot renamed over it since does not change what they
  // read), which is closed when nothing refers to them any more.
  const file: OpenFile | null = layout.refs.some((ref) => ref.deferred) ? { fd: handle.fd } : null;
  if (file) closeWhenUnreachable.register(file, handle);
  else await handle.close();
  return placeSections(layout, (ref, offset) => {
    if (!ref.deferred) return new VIEWS[ref.view](eager.buffer as ArrayBuffer, eager.byteOffset + offset - layout.sectionsStart, ref.length);
    if (ref.view !== 'Uint8Array' || !file) throw new Error('snapshot: only bytes can be deferred');
    return new DeferredBytes(file, offset, ref.length);
  });
}
