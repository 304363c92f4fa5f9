/** A small valid dataset for the data check's tests; each test breaks one thing in a copy. */
import { DATA_FILES } from '../schema';

/** A source that backs some facts of its record, with what it states. */
export function source(url: string, publisher: string, supports: string[], date?: string) {
  return {
    url,
    publisher,
    ...(date ? { date } : {}),
    supports,
    'states:fr': 'Ce que dit la source.',
    'states:en': 'What the source says.',
  };
}

/** A small valid dataset; each test breaks one thing in a copy of it. */
export function site(id: string, actor: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [-0.0056, 16.2472] },
    properties: {
      id,
      actor,
      kind: 'base',
      'name:fr': 'Gao',
      'name:en': 'Gao',
      'place:fr': 'Gao',
      'place:en': 'Gao',
      'description:fr': 'Une base.',
      'description:en': 'A base.',
      countries: ['ML'],
      start_date: '2013-01-26',
      end_date: '2022-08-15',
      confidence: 'high',
      approximate: false,
      sources: [
        source('https://example.org/a', 'Example', ['start_date', 'end_date']),
        source('https://example.org/d', 'Other (AFP)', ['start_date', 'end_date', 'location']),
      ],
      ...extra,
    },
  };
}

/** Events carry no place fields. */
export function event(id: string) {
  const e = site(id, 'france', { kind: 'announcement', end_date: undefined });
  delete (e.properties as Record<string, unknown>)['place:fr'];
  delete (e.properties as Record<string, unknown>)['place:en'];
  return e;
}

export function valid() {
  return {
    france: [site('fr-gao', 'france')],
    russia: [
      site('ru-mali-gao', 'russia', {
        start_date: '2022-08-15',
        end_date: undefined,
        last_confirmed: '2023-05',
        confidence: 'medium',
        sources: [
          source('https://example.org/c', 'Example', ['start_date', 'last_confirmed'], '2023-05'),
        ],
      }),
    ],
    events: [event('ev-one')],
    moves: [
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [-0.0056, 16.2472],
            [-0.0056, 16.2472],
          ],
        },
        properties: {
          id: 'ho-gao',
          kind: 'handover',
          actor: 'russia',
          from: 'fr-gao',
          to: 'ru-mali-gao',
          date: '2022-08-15',
          'description:fr': 'Passation.',
          'description:en': 'Hand-over.',
          confidence: 'medium',
          sources: [source('https://example.org/b', 'Example', ['date'])],
        },
      },
    ],
  };
}

export type Data = ReturnType<typeof valid>;

export function texts(data: Data, override: Partial<Record<string, string>> = {}) {
  const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  // Every other actor's file, empty: the check wants each file the actors list names.
  const others = Object.values(DATA_FILES).map((f) => [f.file, fc([])]);
  return new Map(
    Object.entries({
      ...Object.fromEntries(others),
      'france.geojson': fc(data.france),
      'russia.geojson': fc(data.russia),
      'events.geojson': fc(data.events),
      'moves.geojson': fc(data.moves),
      ...override,
    }).filter((e): e is [string, string] => e[1] !== undefined),
  );
}
