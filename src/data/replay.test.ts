import { describe, expect, it } from 'vitest';
import { dayNumber } from './calendar';
import {
  DEFAULT_SPEED,
  markDays,
  PLAY_SPEEDS,
  playRange,
  playStart,
  playStep,
  recentHandovers,
} from './replay';
import { realDataset } from './testing/real-dataset';

const NOV_2021 = dayNumber(2021, 11, 1);
const DEC_2022 = dayNumber(2022, 12, 31);
const slider = { min: dayNumber(2012, 1, 1), max: dayNumber(2026, 11, 24) };

describe('the replay’s speeds and range', () => {
  it('plays November 2021 to December 2022 in about 13 s at the default speed, not 4', () => {
    const seconds = (DEC_2022 - NOV_2021) / DEFAULT_SPEED;
    expect(seconds).toBeGreaterThan(10);
    expect(seconds).toBeLessThan(20);
    expect(PLAY_SPEEDS).toContain(DEFAULT_SPEED);
    // The fastest runs the whole record in well under a minute.
    expect((slider.max - slider.min) / Math.max(...PLAY_SPEEDS)).toBeLessThan(30);
  });

  it('puts the chosen from and to inside the slider, in order', () => {
    expect(playRange(slider, { from: DEC_2022, to: NOV_2021, loop: true })).toEqual({
      from: NOV_2021,
      to: DEC_2022,
      loop: true,
    });
    expect(playRange(slider, { from: null, to: null, loop: false })).toEqual({
      from: slider.min,
      to: slider.max,
      loop: false,
    });
    expect(playRange(slider, { from: 0, to: 99_999, loop: false }).from).toBe(slider.min);
  });

  it('starts from the slider’s day inside the range, else from the range’s start', () => {
    const range = { from: NOV_2021, to: DEC_2022, loop: false };
    expect(playStart(NOV_2021 + 10, range)).toBe(NOV_2021 + 10);
    expect(playStart(DEC_2022, range)).toBe(NOV_2021);
    expect(playStart(slider.min, range)).toBe(NOV_2021);
  });
});

describe('a frame of playback', () => {
  const range = { from: 100, to: 200, loop: false };

  it('moves whole days and carries the rest', () => {
    expect(playStep(100, 0, 50, 30, range)).toEqual({ day: 101, carry: 0.5, done: false });
    expect(playStep(101, 0.5, 50, 30, range)).toEqual({ day: 103, carry: 0, done: false });
    expect(playStep(100, 0, -5, 30, range)).toEqual({ day: 100, carry: 0, done: false });
  });

  it('stops on the range’s end, or loops back to its start', () => {
    expect(playStep(195, 0, 1000, 30, range)).toEqual({ day: 200, carry: 0, done: true });
    const loop = { ...range, loop: true };
    expect(playStep(195, 0, 1000, 30, loop)).toEqual({ day: 200, carry: 0, done: false });
    expect(playStep(200, 0, 16, 30, loop)).toEqual({ day: 100, carry: 0, done: false });
  });
});

describe('hand-overs marked during the replay', () => {
  const dataset = realDataset();
  const handover = dayNumber(2022, 1, 6); // Timbuktu, France to Russia

  it('Timbuktu’s is marked at the place from its day, fading, then gone', () => {
    const window = markDays(DEFAULT_SPEED);
    const at = (day: number) => recentHandovers(dataset, day, window).map((m) => m.id);
    expect(at(handover - 1)).not.toContain('ho-timbuktu');
    const [mark] = recentHandovers(dataset, handover, window).filter((m) => m.id === 'ho-timbuktu');
    expect(mark).toMatchObject({
      day: handover,
      age: 0,
      fromActor: 'france',
      toActor: 'russia',
    });
    expect(mark?.lonLat[0]).toBeCloseTo(-3.0075, 3);
    const later = recentHandovers(dataset, handover + 10, window).find(
      (m) => m.id === 'ho-timbuktu',
    );
    expect(later?.age).toBeCloseTo(10 / window, 5);
    expect(at(handover + window)).not.toContain('ho-timbuktu');
  });

  it('a mark lasts about two seconds of playback, never under three weeks', () => {
    expect(markDays(30)).toBe(60);
    expect(markDays(365)).toBe(730);
    expect(markDays(7)).toBe(21);
  });
});
