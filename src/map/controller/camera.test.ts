import { describe, expect, it } from 'vitest';
import { LINK_PRECISION, LINK_TOLERANCE, MOVE_TOLERANCE, sameCamera } from './camera';

const base = { zoom: 4, lat: 15, lon: 2 };

describe('sameCamera', () => {
  it('is the same camera below each tolerance, and another one just past it', () => {
    for (const tolerance of [MOVE_TOLERANCE, LINK_TOLERANCE, LINK_PRECISION]) {
      const nearly = { zoom: 4 + tolerance.zoom / 2, lat: 15 + tolerance.degrees / 2, lon: 2 };
      expect(sameCamera(base, nearly, tolerance)).toBe(true);
      expect(sameCamera(base, { ...base, zoom: 4 + tolerance.zoom * 1.01 }, tolerance)).toBe(false);
      expect(sameCamera(base, { ...base, lat: 15 - tolerance.degrees * 1.01 }, tolerance)).toBe(
        false,
      );
      expect(sameCamera(base, { ...base, lon: 2 + tolerance.degrees * 1.01 }, tolerance)).toBe(
        false,
      );
    }
  });

  it('a camera read back from a link (rounded to 0.01 zoom, 0.001°) is the shown one', () => {
    const shown = { zoom: 3.6049, lat: 14.4996, lon: -1.0004 };
    const link = { zoom: 3.6, lat: 14.5, lon: -1 };
    expect(sameCamera(shown, link, LINK_TOLERANCE)).toBe(true);
  });
});
