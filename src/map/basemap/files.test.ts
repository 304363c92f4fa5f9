import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { BasemapFiles } from './files';
import { BASEMAP_FILE_SOURCES, EMPTY } from './sources';

/** Just what `BasemapFiles` calls of a map: events, and sources that record their data. */
function fakeMap() {
  const handlers = new Map<string, ((e: unknown) => void)[]>();
  const data = new Map<string, unknown>();
  const map = {
    on(type: string, f: (e: unknown) => void) {
      handlers.set(type, [...(handlers.get(type) ?? []), f]);
    },
    getSource: (id: string) => ({ setData: (d: unknown) => data.set(id, d) }),
  };
  const emit = (type: string, e: unknown) => {
    for (const f of handlers.get(type) ?? []) f(e);
  };
  return { map: map as unknown as MapLibreMap, emit, data };
}

describe('BasemapFiles', () => {
  it('reports a failed label file, empties its source, and clears it when Retry loads it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reports: (readonly string[])[] = [];
    const files = new BasemapFiles((failed) => reports.push(failed));
    const other = vi.fn();
    const { map, emit, data } = fakeMap();
    files.bind(map, other);

    emit('error', { sourceId: 'basemap-places', error: new Error('404') });
    expect(reports).toEqual([['places']]);
    expect(data.get('basemap-places')).toBe(EMPTY);
    // The empty stand-in loading is not the file coming back.
    emit('sourcedata', { sourceDataType: 'metadata', sourceId: 'basemap-places' });
    expect(reports).toHaveLength(1);

    files.retryLabels(map);
    expect(data.get('basemap-places')).toBe(BASEMAP_FILE_SOURCES['basemap-places']);
    expect(data.has('basemap-country-labels')).toBe(false); // only what failed
    emit('sourcedata', { sourceDataType: 'metadata', sourceId: 'basemap-places' });
    expect(reports).toEqual([['places'], []]);
    expect(other).not.toHaveBeenCalled();
  });

  it('passes on the errors that are not a label file’s', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const files = new BasemapFiles(() => {});
    const other = vi.fn();
    const { map, emit } = fakeMap();
    files.bind(map, other);
    const error = new Error('worker');
    emit('error', { error });
    emit('error', { sourceId: 'france', error });
    expect(other).toHaveBeenCalledTimes(2);
    expect(other).toHaveBeenCalledWith(error);
  });

  it('reports a file once, and once again when it is back', () => {
    const reports: (readonly string[])[] = [];
    const files = new BasemapFiles((failed) => reports.push(failed));
    files.failedFile('basemap');
    files.failedFile('basemap');
    files.loaded('places'); // never failed: nothing to say
    files.loaded('basemap');
    expect(reports).toEqual([['basemap'], []]);
  });
});
