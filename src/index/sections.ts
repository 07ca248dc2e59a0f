// The snapshot file's layout: a V8-serialised skeleton, then every typed array of the value as a raw section,
// aligned. Read back, each typed array is a view into the one buffer read from disk. V8's own serialisation would
// copy any array it finds unaligned (the 40 MB of postings, most of the columns) into fresh memory, and on this
// kind of machine touching fresh memory is the cost of a start-up (about 4 ms per MB).
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

/** What stands in the skeleton where a typed array was. */
interface SectionRef {
  section: number;
  view: ViewName;
  length: number;
}

const SECTION_KEY = '\u0000section';

function viewName(value: ArrayBufferView): ViewName | null {
  for (const name of Object.keys(VIEWS) as ViewName[]) if (value.constructor === VIEWS[name]) return name;
  return null;
}

function padding(length: number): number {
  return (ALIGN - (length % ALIGN)) % ALIGN;
}

/** The value with its typed arrays set apart as sections (plain objects and arrays are walked; nothing else is). */
export function writeSections(value: unknown): Buffer {
  const sections: ArrayBufferView[] = [];
  const skeleton = (node: unknown): unknown => {
    if (ArrayBuffer.isView(node)) {
      const view = viewName(node);
      if (!view) return node;
      sections.push(node);
      return { [SECTION_KEY]: { section: sections.length - 1, view, length: (node as Uint8Array).length } satisfies SectionRef };
    }
    if (Array.isArray(node)) return node.map(skeleton);
    if (node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, skeleton(child)]));
    }
    return node;
  };
  const header = serialize(skeleton(value));
  const prefix = Buffer.alloc(MAGIC.length + 8);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, MAGIC.length);
  prefix.writeUInt32LE(sections.length, MAGIC.length + 4);
  const parts: Buffer[] = [prefix, header, Buffer.alloc(padding(prefix.length + header.length))];
  for (const section of sections) {
    const bytes = Buffer.from(section.buffer, section.byteOffset, section.byteLength);
    parts.push(bytes, Buffer.alloc(padding(bytes.length)));
  }
  return Buffer.concat(parts);
}

/** The value written by `writeSections`, its typed arrays as views into `bytes`; throws on a file of another shape. */
export function readSections(read: Buffer): unknown {
  // (A small file's buffer may be a slice of Node's shared pool, at any offset: views need it aligned.)
  const bytes = read.byteOffset % ALIGN === 0 ? read : Buffer.from(new Uint8Array(read).buffer);
  if (bytes.length < MAGIC.length + 8 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a sectioned snapshot');
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const count = bytes.readUInt32LE(MAGIC.length + 4);
  const headerStart = MAGIC.length + 8;
  if (headerStart + headerLength > bytes.length) throw new Error('snapshot header runs past the end of the file');
  const skeleton = deserialize(bytes.subarray(headerStart, headerStart + headerLength));
  // Sections follow the header in the order they were numbered; their lengths come from the references.
  const refs: SectionRef[] = [];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object' && !ArrayBuffer.isView(node)) {
      const ref = (node as Record<string, unknown>)[SECTION_KEY] as SectionRef | undefined;
      if (ref) refs[ref.section] = ref;
      else Object.values(node).forEach(collect);
    }
  };
  collect(skeleton);
  if (refs.length !== count) throw new Error('snapshot sections do not match its header');
  const views: ArrayBufferView[] = [];
  let at = headerStart + headerLength;
  at += padding(at);
  for (const ref of refs) {
    if (!ref || !(ref.view in VIEWS)) throw new Error('snapshot section of an unknown kind');
    const View = VIEWS[ref.view];
    const byteLength = ref.length * View.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.length) throw new Error('snapshot section runs past the end of the file');
    views.push(new View(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, ref.length));
    at += byteLength + padding(byteLength);
  }
  const restore = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(restore);
    if (node && typeof node === 'object' && !ArrayBuffer.isView(node)) {
      const ref = (node as Record<string, unknown>)[SECTION_KEY] as SectionRef | undefined;
      if (ref) return views[ref.section];
      for (const [key, child] of Object.entries(node)) (node as Record<string, unknown>)[key] = restore(child);
    }
    return node;
  };
  return restore(skeleton);
}
