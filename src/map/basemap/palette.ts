/** The palette: muted, so that French blue and Russian red data markers stand out. */
export const BASEMAP_COLORS = {
  water: '#d5e1e8',
  waterLine: '#a9c2d2',
  waterText: '#5f8299',
  land: '#f4f1e9',
  sahel: '#efe1c6',
  sahelEdge: '#d9c096',
  border: '#b9b3a8',
  countryText: '#8a8378',
  sahelText: '#7a6446',
  placeText: '#3f3d39',
  townText: '#5d5a55',
  halo: '#f8f6f1',
  dot: '#4b4843',
  townDot: '#8d8880',
} as const;
