import { describe, expect, it } from 'vitest';
import { applyAction } from '../engine';
import { inPageTransport } from '../network/transport';
import { createWorld } from '../world';
import { capacity, CROWD_SIZES, storedBytes } from './capacity';

describe('what many sessions cost', () => {
  it('measures the JSON the store keeps, in UTF-8 bytes', async () => {
    let w = createWorld();
    w = await applyAction(
      w,
      { type: 'request', visitorId: 'v1', method: 'GET', path: '/' },
      inPageTransport,
    );
    const plain = w.server.guestBook[0]!;
    expect(storedBytes(plain)).toBe(Buffer.byteLength(JSON.stringify(plain.payload)));
    w = await applyAction(
      w,
      { type: 'request', visitorId: 'v1', method: 'POST', path: '/cart', form: { item: '사과' } },
      inPageTransport,
    );
    const withCart = w.server.guestBook[0]!;
    // "cart":["사과"] adds 14 bytes: two Hangul syllables take 3 bytes each.
    expect(storedBytes(withCart) - storedBytes(plain)).toBe(',"cart":[""]'.length + 6);
  });

  it('replication keeps every session on every server; a central store keeps it once', () => {
    expect(capacity(200, 1_000_000, 3)).toEqual({
      once: 200_000_000,
      perServer: 200_000_000,
      replicated: 600_000_000,
    });
  });

  it('the slider goes from one visitor to a million', () => {
    expect(CROWD_SIZES[0]).toBe(1);
    expect(CROWD_SIZES.at(-1)).toBe(1_000_000);
    expect([...CROWD_SIZES].sort((a, b) => a - b)).toEqual(CROWD_SIZES);
  });
});
