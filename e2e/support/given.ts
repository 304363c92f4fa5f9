/**
 * Given: the network as a test sets it up before the app asks for it. Data, basemap and label
 * files that fail until `recover()`, a data file with one record changed, a source module that
 * throws.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerId } from '../../src/data/schema';
import type { Page } from './browser';

/** A served file that fails until `recover()` is called. */
export interface Failing {
  recover(): void;
}

/** Answers 503 to the requests a router (the page, or the whole context) sees for a pattern. */
async function failUntilRecovered(router: Pick<Page, 'route'>, pattern: string): Promise<Failing> {
  let failing = true;
  await router.route(pattern, (route) =>
    failing ? route.fulfill({ status: 503, body: 'down' }) : route.fallback(),
  );
  return {
    recover: () => {
      failing = false;
    },
  };
}

export class Given {
  constructor(private readonly page: Page) {}

  /** The files matching a pattern answer 503 until `recover()`. */
  async fileFails(pattern: string): Promise<Failing> {
    return failUntilRecovered(this.page, pattern);
  }

  /** A data layer's file fails until `recover()`. */
  async layerFails(layer: LayerId): Promise<Failing> {
    return this.fileFails(`**/${layer}-*.geojson`);
  }

  /** The basemap's topology answers 503 until `recover()`. */
  async basemapFails(): Promise<Failing> {
    return this.fileFails('**/basemap-*.topojson');
  }

  /** A label file (`places`, `country-labels`) answers 503 until `recover()`, also to the map's
   * worker, which loads it (routed on the context: `page.route` may miss workers). */
  async labelFileFails(file: 'places' | 'country-labels'): Promise<Failing> {
    return failUntilRecovered(this.page.context(), `**/${file}-*.geojson`);
  }

  /** A data file is served with one record changed. */
  async recordChanged(
    layer: LayerId,
    id: string,
    change: (props: Record<string, unknown>) => void,
  ): Promise<void> {
    await this.page.route(`**/${layer}-*.geojson`, async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as FeatureCollection;
      const feature = json.features.find((f) => f.properties?.id === id);
      if (feature?.properties) change(feature.properties);
      await route.fulfill({ response, json });
    });
  }

  /** (Dev server) a source module throws as it loads, as an initialisation-order slip would. */
  async moduleThrows(path: string): Promise<void> {
    await this.page.route(`**${path}*`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "throw new Error('a module failed on purpose');",
      }),
    );
  }
}
