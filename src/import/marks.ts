/** The importer's performance marks, named once: the app sets them, the benchmark reads them. */
export const IMPORT_MARKS = {
  /** The reader chose a file. */
  start: 'sahel:import-start',
  /** The worker sent back the parsed table. */
  parsed: 'sahel:import-parsed',
  /** The layer's first frame with the events was drawn. */
  drawn: 'sahel:import-drawn',
} as const;
