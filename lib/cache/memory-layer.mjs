// @ts-check
// The per-process layer in front of the shared cache: the most recently used entries, bounded
// by their serialized size, so a hot page is answered without a database round trip.

/**
 * @template T
 * @typedef {{ item: T; bytes: number }} Slot
 */

/** @template T */
export class MemoryLayer {
  /** @type {Map<string, Slot<T>>} insertion order is recency order: the first key is the oldest */
  #slots = new Map();
  #bytes = 0;
  #maxBytes;

  /** @param {number} maxBytes 0 keeps nothing */
  constructor(maxBytes) {
    this.#maxBytes = maxBytes;
  }

  /** @param {string} key */
  get(key) {
    const slot = this.#slots.get(key);
    if (!slot) return undefined;
    // Re-inserting moves the key to the newest end.
    this.#slots.delete(key);
    this.#slots.set(key, slot);
    return slot.item;
  }

  /**
   * @param {string} key
   * @param {T} item
   * @param {number} bytes what the item costs in memory, roughly (its serialized size)
   */
  set(key, item, bytes) {
    this.delete(key);
    const cost = bytes + key.length;
    // An entry larger than the whole layer would only evict everything else.
    if (cost > this.#maxBytes) return;
    this.#slots.set(key, { item, bytes: cost });
    this.#bytes += cost;
    this.#evictBeyondLimit();
  }

  /** A new size limit; what no longer fits goes, least recently used first. */
  set maxBytes(maxBytes) {
    if (maxBytes === this.#maxBytes) return;
    this.#maxBytes = maxBytes;
    this.#evictBeyondLimit();
  }

  #evictBeyondLimit() {
    for (const [oldestKey] of this.#slots) {
      if (this.#bytes <= this.#maxBytes) break;
      this.delete(oldestKey);
    }
  }

  /**
   * Drops every item `doomed` picks.
   * @param {(item: T) => boolean} doomed
   */
  deleteWhere(doomed) {
    for (const [key, slot] of this.#slots) if (doomed(slot.item)) this.delete(key);
  }

  /** @param {string} key */
  delete(key) {
    const slot = this.#slots.get(key);
    if (!slot) return;
    this.#slots.delete(key);
    this.#bytes -= slot.bytes;
  }

  get bytes() {
    return this.#bytes;
  }

  get size() {
    return this.#slots.size;
  }
}
