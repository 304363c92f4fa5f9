/**
 * Fetching the data through TanStack Query: one query per layer file, so a file that fails
 * shows its own error and Retry while the other layers keep working.
 */
import { queryOptions } from '@tanstack/react-query';
import { DATA_URLS } from './files';
import { buildLayer, type LayerData } from './model';
import { dataFile, type LayerId } from './schema';
import { DamagedFile, validateLayer } from './validate';

export const dataKeys = {
  all: ['data'] as const,
  layer: (id: LayerId) => ['data', 'layer', id] as const,
};

/** Why a file could not be used: the network (Retry may help) or the file itself (it cannot). */
export type LoadFailure = 'offline' | 'http' | 'damaged';

export class DataLoadError extends Error {
  constructor(
    readonly layer: LayerId,
    readonly detail: string,
    readonly failure: LoadFailure = 'http',
  ) {
    super(`${dataFile(layer).file}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

export async function fetchLayer(id: LayerId, signal?: AbortSignal): Promise<LayerData> {
  let response: Response;
  try {
    response = await fetch(DATA_URLS[id] ?? '', { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError(id, String(error), 'offline');
  }
  if (!response.ok) throw new DataLoadError(id, `HTTP ${response.status}`, 'http');
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataLoadError(id, 'not valid JSON', 'damaged');
  }
  // Record by record: a bad record is left out and named, the valid ones are shown.
  try {
    const { features, rejected } = validateLayer(id, json);
    for (const r of rejected) {
      console.warn(`${dataFile(id).file}: record ${r.id} left out (${r.reason}: ${r.field})`);
    }
    return { ...buildLayer(id, { features }), rejected };
  } catch (error) {
    if (error instanceof DamagedFile) throw new DataLoadError(id, error.message, 'damaged');
    throw error;
  }
}

export const layerQuery = (id: LayerId) =>
  queryOptions({
    queryKey: dataKeys.layer(id),
    queryFn: ({ signal }) => fetchLayer(id, signal),
    // Data changes only with a release (the file name changes then): never refetch by itself.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    // A damaged file stays damaged: only a network failure is worth a second try.
    retry: (count, error) =>
      count < 1 && !(error instanceof DataLoadError && error.failure === 'damaged'),
  });
