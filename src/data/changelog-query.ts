/**
 * The changelog in the browser: fetched once, when a reader opens the releases or a record's
 * details, or a link names an older version (never with the map: a first visit does not pay
 * for it), and validated by the same schema as the data check.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Changelog, changelogSchema } from './changelog';
import { CHANGELOG_URL } from './files';

export async function fetchChangelog(signal?: AbortSignal): Promise<Changelog> {
  const response = await fetch(CHANGELOG_URL, { signal });
  if (!response.ok) throw new Error(`changelog: HTTP ${response.status}`);
  return changelogSchema.parse(await response.json());
}

export const changelogQuery = queryOptions({
  queryKey: ['data', 'changelog'] as const,
  queryFn: ({ signal }) => fetchChangelog(signal),
  // It changes only with a release (its file name changes then).
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
});

/** `enabled: false` until it is needed. */
export function useChangelog(enabled = true) {
  return useQuery({ ...changelogQuery, enabled });
}
