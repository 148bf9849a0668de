/**
 * For the property tests: the randomness the simulator draws (session IDs, secrets, GC
 * lotteries) from a seeded generator (mulberry32), so the same seed and actions replay to the
 * same world. `randomness.state` is the seed.
 */
export const randomness = { state: 0 };

/** crypto.getRandomValues, seeded. */
export function seededRandomValues<T extends ArrayBufferView | null>(array: T): T {
  if (array) {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let i = 0; i < bytes.length; i++) {
      let t = (randomness.state = (randomness.state + 0x6d2b79f5) | 0);
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      bytes[i] = (t ^ (t >>> 14)) & 0xff;
    }
  }
  return array;
}
