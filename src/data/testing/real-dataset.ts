/** The real data files as a Dataset, for unit tests of the panels' logic (Node only). */
import { readFileSync } from 'node:fs';
import { buildDataset } from '../dataset';
import { dayNumber } from '../dates';
import { buildLayer } from '../model';
import { dataFile, LAYER_IDS } from '../schema';

/** A fixed "today" so that tests do not drift with the calendar. */
export const TEST_TODAY = dayNumber(2026, 11, 24);

export function realDataset() {
  const layers = LAYER_IDS.map((id) => {
    const json: unknown = JSON.parse(readFileSync(`data/${dataFile(id).file}`, 'utf8'));
    return buildLayer(id, dataFile(id).schema.parse(json));
  });
  return buildDataset(layers, TEST_TODAY);
}
