import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../data/dates';
import { type MapLayer, mapFileOf, readMapFile } from '../../data/map-file';
import { realDataset } from '../../data/testing/real-dataset';
import { DEFAULT_VIEW } from '../../state/view-store';
import type { MapInputs } from '../style/view-style';
import { hitAt, ICON_HALF, onMap } from './hit';
import { projectionFor } from './mercator';
import { dataMarks, type Mark } from './scene';

const dataset = realDataset();
const fromFile = readMapFile(JSON.parse(JSON.stringify(mapFileOf(dataset.layers))));
const SIZE = { width: 1280, height: 800 };
const DAY = dayNumber(2021, 11, 11);

function marksAt(patch: Partial<MapInputs> = {}, layers: readonly MapLayer[] = fromFile): Mark[] {
  const inputs: MapInputs = { ...DEFAULT_VIEW, date: DAY, rings: [], ...patch };
  const projection = projectionFor(inputs.camera, SIZE);
  return dataMarks({
    layers,
    inputs,
    zoom: inputs.camera.zoom,
    project: (at) => projection([at[0], at[1]]) as [number, number],
  });
}

const where = (marks: Mark[], id: string) =>
  marks.filter((m) => m.props.id === id).map((m) => m.layer);

describe('the light map’s marks at a day', () => {
  it('draw each site in the layer of its status, as MapLibre’s layers do', () => {
    const marks = marksAt();
    expect(where(marks, 'fr-gao')).toContain('france-sites');
    // Kidal: vacated during October 2021, ended from 1 November.
    expect(where(marks, 'fr-kidal')).toContain('france-sites-ended');
    expect(where(marks, 'fr-kidal')).not.toContain('france-sites');
    // Timbuktu was handed over on 14 December 2021: still active.
    expect(where(marks, 'fr-timbuktu')).toContain('france-sites');
    // The move from Kidal to Gao (12 October 2021): a dashed line and its arrow.
    const move = marks.filter((m) => m.props.id === 'mv-kidal-gao');
    expect(move.map((m) => m.type).sort()).toEqual(['icon', 'line']);
  });

  it('follow the slider: before Serval no French base is drawn', () => {
    const before = marksAt({ date: dayNumber(2012, 6, 1) });
    expect(where(before, 'fr-gao')).toEqual([]);
    expect(where(marksAt({ date: dayNumber(2023, 1, 1) }), 'fr-gao')).toContain(
      'france-sites-ended',
    );
  });

  it('leave out the layers turned off and the kinds hidden', () => {
    const marks = marksAt({ layers: ['france', 'events'], hidden: ['base'] });
    expect(marks.some((m) => m.layer.startsWith('russia'))).toBe(false);
    expect(marks.some((m) => m.layer.startsWith('moves'))).toBe(false);
    expect(marks.some((m) => m.props.kind === 'base' && m.layer.startsWith('france'))).toBe(false);
    expect(marks.some((m) => m.layer.startsWith('france'))).toBe(true);
  });

  it('ring the selected record, above the data', () => {
    const marks = marksAt({ selected: 'fr-gao' });
    // The ring, then the record's own icon again on it, above every other layer.
    const [ring, icon] = marks.slice(-2);
    expect(ring?.layer).toBe('france-selected');
    expect(ring?.props.id).toBe('fr-gao');
    expect(icon?.layer).toBe('france-sites-selected');
    expect(icon?.props.id).toBe('fr-gao');
  });

  it('name the sites from zoom 6, in the reader’s language', () => {
    expect(marksAt().some((m) => m.type === 'text')).toBe(false);
    const camera = { zoom: 6.5, lat: 16.3, lon: -1 };
    const fr = marksAt({ camera, lang: 'fr' }).filter((m) => m.type === 'text');
    expect(fr.map((m) => (m.type === 'text' ? m.text : ''))).toContain('Tombouctou');
  });

  it('are the same from the map file and from the data files', () => {
    const strip = (marks: Mark[]) => marks.map(({ props, ...m }) => ({ ...m, id: props.id }));
    expect(strip(marksAt({}, fromFile))).toEqual(strip(marksAt({}, dataset.layers)));
  });
});

describe('a click on the light map', () => {
  // Faya-Largeau (Chad): a French base with no other site near it.
  const marks = marksAt({ camera: { zoom: 5, lat: 17.9, lon: 19.1 } });
  const faya = marks.find((m) => m.props.id === 'fr-faya' && m.type === 'icon');
  const at = faya && faya.type === 'icon' ? faya.at : [0, 0];

  it('opens the site whose icon is under it, and nothing beside it', () => {
    expect(hitAt(marks, at[0], at[1])).toBe('fr-faya');
    expect(hitAt(marks, at[0] + ICON_HALF - 1, at[1])).toBe('fr-faya');
    expect(hitAt(marks, at[0], at[1] + ICON_HALF + 3)).toBeNull();
    // A finger reaches a little further.
    expect(hitAt(marks, at[0], at[1] + ICON_HALF + 3, 6)).toBe('fr-faya');
  });

  it('opens the topmost of two icons, and never a circle, a line or a ring', () => {
    const icon = (id: string, layer: string): Mark => ({
      type: 'icon',
      layer,
      props: { id },
      opacity: 1,
      at: [100, 100],
      icon: 'x',
      rotate: 0,
    });
    const ring: Mark = {
      type: 'circle',
      layer: 'france-selected',
      props: { id: 'ring' },
      opacity: 1,
      at: [100, 100],
      radius: 14,
      color: 'red',
      strokeWidth: 3,
      strokeColor: 'red',
      strokeOpacity: 1,
    };
    expect(
      hitAt([icon('below', 'france-sites'), icon('above', 'russia-sites'), ring], 100, 100),
    ).toBe('above');
    expect(hitAt([icon('arrow', 'moves-arrows'), ring], 100, 100)).toBeNull();
  });

  it('counts a mark as on the map when any of it shows', () => {
    const m = faya as Mark;
    expect(onMap(m, SIZE.width, SIZE.height)).toBe(true);
    expect(onMap({ ...m, at: [-ICON_HALF - 1, 10] } as Mark, SIZE.width, SIZE.height)).toBe(false);
    expect(onMap({ ...m, at: [-ICON_HALF + 1, 10] } as Mark, SIZE.width, SIZE.height)).toBe(true);
  });
});
