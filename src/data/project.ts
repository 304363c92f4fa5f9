/**
 * The project's facts that the app, the exports, the data package and the citation share, set
 * once here: the licences, the attribution, and where corrections go. Change
 * `CORRECTIONS_EMAIL` before deploying under another name (README, "Corrections").
 */

/** Where readers send corrections (the details' "Suggest a correction" mail). */
export const CORRECTIONS_EMAIL = 'corrections@map.example.org';

export const PROJECT_TITLE = 'Sahel Security Map';

/** The record (the data files): Creative Commons Attribution 4.0. */
export const DATA_LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
/** Its short name, as credits write it. */
export const DATA_LICENCE_SHORT = 'CC BY 4.0';

/** The code: MIT (`LICENSE`). */
export const CODE_LICENCE = { name: 'MIT', path: 'LICENSE' } as const;

/** The attribution a reuse must give (CC BY 4.0 asks for the creator, the licence and a link),
 * in English for files; the app shows its translation. */
export function attribution(version: string): string {
  return `Sahel Security Map contributors, data version ${version}, CC BY 4.0 (${DATA_LICENCE.path})`;
}

/** The Wayback Machine's list of archived copies of a page. A plain link: nothing is asked of
 * the archive until the reader follows it. The fragment is dropped (the archive keys pages
 * without it, and a `#` would end the archive's own address). */
export function archivedCopies(url: string): string {
  let page = url;
  try {
    const u = new URL(url);
    u.hash = '';
    page = u.href;
  } catch {
    // A malformed link is rejected by the schema before it is shown; keep it as written.
  }
  return `https://web.archive.org/web/*/${page}`;
}
