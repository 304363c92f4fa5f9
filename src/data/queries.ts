/**
 * Fetching the data through TanStack Query: one query per layer file, so a file that fails
 * shows its own error and Retry while the other layers keep working.
 */
import { queryOptions } from '@tanstack/react-query';
import { DATA_URLS } from './files';
import { buildLayer, type LayerData } from './model';
import { DATA_FILES, type LayerId } from './schema';

export const dataKeys = {
  all: ['data'] as const,
  layer: (id: LayerId) => ['data', 'layer', id] as const,
};

export class DataLoadError extends Error {
  constructor(
    readonly layer: LayerId,
    readonly detail: string,
  ) {
    super(`${DATA_FILES[layer].file}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

export async function fetchLayer(id: LayerId, signal?: AbortSignal): Promise<LayerData> {
  const response = await fetch(DATA_URLS[id], { signal });
  if (!response.ok) throw new DataLoadError(id, `HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataLoadError(id, 'not valid JSON');
  }
  const parsed = DATA_FILES[id].schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataLoadError(id, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return buildLayer(id, parsed.data);
}

export const layerQuery = (id: LayerId) =>
  queryOptions({
    queryKey: dataKeys.layer(id),
    queryFn: ({ signal }) => fetchLayer(id, signal),
    // Data changes only with a release (the file name changes then): never refetch by itself.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
