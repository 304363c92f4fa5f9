import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../data/dates';
import { LAYER_IDS } from '../../data/schema';
import { realDataset, TEST_TODAY } from '../../data/testing/real-dataset';
import { boundsOf, paddingFor, storySites } from './story-sites';

const ALL = { layers: LAYER_IDS, hidden: [] };

describe('the opening view’s sites', () => {
  const dataset = realDataset();

  it('are the Sahel’s, from Dakar and Bamako to N’Djamena, not Libya’s or the CAR’s', () => {
    const ids = storySites(dataset.layers, TEST_TODAY, ALL).map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['fr-dakar', 'ru-mali-bamako', 'fr-timbuktu', 'fr-ndjamena']),
    );
    expect(ids).not.toContain('ru-libya-jufra');
    expect(ids).not.toContain('ru-car-bangui');
    const [[west, south], [east, north]] = boundsOf(
      storySites(dataset.layers, TEST_TODAY, ALL),
    ) ?? [
      [0, 0],
      [0, 0],
    ];
    expect(west).toBeLessThan(-17); // Dakar
    expect(east).toBeGreaterThan(20); // Abéché
    expect(south).toBeGreaterThan(10);
    expect(north).toBeLessThan(23);
  });

  it('follow the day and the layers shown', () => {
    const before = storySites(dataset.layers, dayNumber(2012, 6, 1), ALL).map((s) => s.id);
    expect(before).not.toContain('ru-mali-bamako');
    expect(
      storySites(dataset.layers, TEST_TODAY, { layers: ['russia'], hidden: [] }).every((s) =>
        s.id.startsWith('ru-'),
      ),
    ).toBe(true);
    expect(boundsOf([])).toBeNull();
  });

  it('leave out the kinds the reader hid (a link with hide=base frames no base)', () => {
    const ids = storySites(dataset.layers, TEST_TODAY, { layers: LAYER_IDS, hidden: ['base'] }).map(
      (s) => s.id,
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(dataset.byId.get(id)?.kind).not.toBe('base');
    expect(
      storySites(dataset.layers, TEST_TODAY, ALL).some(
        (s) => dataset.byId.get(s.id)?.kind === 'base',
      ),
    ).toBe(true);
  });
});

describe('the padding around the overlays', () => {
  const size = { width: 900, height: 640 };

  it('clears a tall panel on the left from the left, the controls from the right', () => {
    const panel = { left: 10, top: 10, right: 250, bottom: 330 };
    const controls = { left: 836, top: 10, right: 890, bottom: 160 };
    expect(paddingFor(size, [panel, controls], 20)).toEqual({
      top: 20,
      right: 84,
      bottom: 20,
      left: 270,
    });
  });

  it('clears a wide notice at the top from the top', () => {
    const notice = { left: 10, top: 10, right: 600, bottom: 60 };
    expect(paddingFor(size, [notice], 0).top).toBe(60);
  });

  it('ignores what is outside the map or empty', () => {
    const hidden = { left: 0, top: 0, right: 0, bottom: 0 };
    const off = { left: 1000, top: 10, right: 1100, bottom: 60 };
    expect(paddingFor(size, [hidden, off], 5)).toEqual({ top: 5, right: 5, bottom: 5, left: 5 });
  });
});
