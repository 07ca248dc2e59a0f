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

/** Where a typed array was in the value (its keys from the top), what kind it was and how long. */
interface SectionRef {
  path: Array<string | number>;
  view: ViewName;
  length: number;
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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
  const refs: SectionRef[] = [];
  const skeleton = (node: unknown, path: Array<string | number>): unknown => {
    if (ArrayBuffer.isView(node)) {
      const view = viewName(node);
      if (!view) return node;
      sections.push(node);
      refs.push({ path, view, length: (node as Uint8Array).length });
      return null;
    }
    if (Array.isArray(node)) return node.map((child, index) => skeleton(child, [...path, index]));
    if (node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, skeleton(child, [...path, key])]));
    }
    return node;
  };
  // The section table first: reading it back needs no walk of the whole value (10,000 articles' records).
  const header = serialize({ sections: refs, value: skeleton(value, []) });
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
  const { sections: refs, value } = deserialize(bytes.subarray(headerStart, headerStart + headerLength)) as { sections: SectionRef[]; value: unknown };
  if (!Array.isArray(refs) || refs.length !== count) throw new Error('snapshot sections do not match its header');
  let at = headerStart + headerLength;
  at += padding(at);
  let root = value;
  for (const ref of refs) {
    if (!ref || !(ref.view in VIEWS) || !Array.isArray(ref.path)) throw new Error('snapshot section of an unknown kind');
    // (A hand-edited file must not reach an object's prototype through a path.)
    if (ref.path.some((key) => typeof key === 'string' && UNSAFE_KEYS.has(key))) throw new Error('snapshot section has no place in its value');
    const View = VIEWS[ref.view];
    const byteLength = ref.length * View.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.length) throw new Error('snapshot section runs past the end of the file');
    const view = new View(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, ref.length);
    at += byteLength + padding(byteLength);
    if (ref.path.length === 0) {
      root = view;
      continue;
    }
    let parent: unknown = root;
    for (const key of ref.path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    if (!parent || typeof parent !== 'object') throw new Error('snapshot section has no place in its value');
    (parent as Record<string | number, unknown>)[ref.path.at(-1) as string | number] = view;
  }
  return root;
}
