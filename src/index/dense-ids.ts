// MiniSearch's short id → statement id table, as an array: short ids are small dense numbers, and a Map of 300,000
// entries is a quarter of a second to fill at start-up and a hash table to keep. MiniSearch reads and updates it
// only through the Map methods, which this implements.
export class DenseIds implements Map<number, string> {
  private readonly ids: (string | undefined)[];
  private count: number;

  /** `ids[shortId]` is that statement's id, or undefined where no statement has that short id. */
  constructor(ids: (string | undefined)[] = []) {
    this.ids = ids;
    this.count = ids.reduce((count, id) => (id === undefined ? count : count + 1), 0);
  }

  get size(): number {
    return this.count;
  }

  get [Symbol.toStringTag](): string {
    return 'DenseIds';
  }

  get(shortId: number): string | undefined {
    return this.ids[shortId];
  }

  has(shortId: number): boolean {
    return this.ids[shortId] !== undefined;
  }

  set(shortId: number, id: string): this {
    if (!Number.isInteger(shortId) || shortId < 0) throw new RangeError(`short id ${shortId} is not a small whole number`);
    if (this.ids[shortId] === undefined) this.count++;
    this.ids[shortId] = id;
    return this;
  }

  delete(shortId: number): boolean {
    if (this.ids[shortId] === undefined) return false;
    this.ids[shortId] = undefined;
    this.count--;
    return true;
  }

  clear(): void {
    this.ids.length = 0;
    this.count = 0;
  }

  *entries(): MapIterator<[number, string]> {
    for (let shortId = 0; shortId < this.ids.length; shortId++) {
      const id = this.ids[shortId];
      if (id !== undefined) yield [shortId, id];
    }
  }

  *keys(): MapIterator<number> {
    for (const [shortId] of this.entries()) yield shortId;
  }

  *values(): MapIterator<string> {
    for (const [, id] of this.entries()) yield id;
  }

  [Symbol.iterator](): MapIterator<[number, string]> {
    return this.entries();
  }

  forEach(callback: (id: string, shortId: number, map: Map<number, string>) => void, thisArg?: unknown): void {
    for (const [shortId, id] of this.entries()) callback.call(thisArg, id, shortId, this);
  }
}
