/**
 * The export actions, loaded on demand (a dynamic import from `ExportMenu`): the image of the
 * map with its caption band, and the records shown as GeoJSON or CSV. Files are handed over as
 * blob URLs (nothing leaves the page, the CSP's `img-src 'self' data: blob:` is enough).
 */
import type { Dataset } from '../data/dataset';
import { isoDay } from '../data/dates';
import { DATA_DATE, DATA_VERSION } from '../data/files';
import { attribution, DATA_LICENCE } from '../data/project';
import { recordsShown } from '../data/shown';
import { formatDateText, formatDay } from '../i18n/format-date';
import { translate } from '../i18n/index';
import type { MapHost } from '../map/index';
import { serialize } from '../state/url-codec';
import { viewOf } from '../state/view-state';
import { viewStore } from '../state/view-store';
import { type ExportMeta, toCsv, toGeoJSON } from './data-export';
import { composeImage, toPngBlob } from './image';
import { imageLegend } from './image-legend';

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The view's full link, from the codec (never the address bar). */
export function viewLink(embed = false): string {
  const view = { ...viewOf(viewStore.getState()), embed };
  return `${window.location.origin}${window.location.pathname}${serialize(view, '', DATA_VERSION)}`;
}

/** The view's day and the record's version, so that two files of the same day made from two
 * releases are told apart. */
const fileName = (ext: string) =>
  `sahel-security-map-${isoDay(viewStore.getState().date)}-data-${DATA_VERSION}.${ext}`;

const META: ExportMeta = {
  version: DATA_VERSION,
  date: DATA_DATE,
  licence: DATA_LICENCE,
  attribution: attribution(DATA_VERSION),
};

/** `credits`: the credit lines of the imported files shown (the importer gives them). */
export async function downloadImage(
  controller: MapHost | null,
  credits: readonly string[] = [],
): Promise<void> {
  if (!controller) throw new Error('the map is not ready');
  const view = viewStore.getState();
  const t = (key: Parameters<typeof translate>[1]) => translate(view.lang, key);
  const legend = imageLegend(view);
  const map = await controller.capture();
  const image = composeImage(map, controller.cssWidth(), {
    title: t('app.title'),
    date: formatDay(view.lang, view.date),
    legend,
    attribution: t('map.attribution'),
    credits: [
      translate(view.lang, 'cite.imageCredit', {
        date: formatDateText(view.lang, DATA_DATE),
        version: DATA_VERSION,
      }),
      ...credits,
    ],
    link: viewLink(),
  });
  save(await toPngBlob(image), fileName('png'));
}

export function downloadData(dataset: Dataset, format: 'geojson' | 'csv'): void {
  const view = viewStore.getState();
  const records = recordsShown(dataset, view.date, view);
  if (format === 'geojson') {
    const text = JSON.stringify(toGeoJSON(records, META), null, 1);
    save(new Blob([text], { type: 'application/geo+json' }), fileName('geojson'));
  } else {
    // A byte-order mark, so that spreadsheets read the accents as UTF-8.
    save(new Blob(['\ufeff', toCsv(records, view.date)], { type: 'text/csv' }), fileName('csv'));
  }
}
