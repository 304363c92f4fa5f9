/** The replay's hand-over marks as the map draws them: where, how old, in the new holder's
 * colour, with the change in the reader's language (« France → Russie »). */
import type { Dataset } from '../../data/dataset';
import { markDays, recentHandovers } from '../../data/replay';
import { actorName } from '../../i18n/actor-text';
import { translate } from '../../i18n/index';
import type { Lang } from '../../i18n/lang';
import { actorColor } from '../../theme/palette';
import type { MapMark } from '../style/handover-marks';

const NO_MARKS: readonly MapMark[] = [];

export function replayMarks(
  dataset: Dataset | null,
  day: number,
  speed: number,
  lang: Lang,
): readonly MapMark[] {
  if (!dataset) return NO_MARKS;
  const marks = recentHandovers(dataset, day, markDays(speed));
  if (marks.length === 0) return NO_MARKS;
  return marks.map((m) => ({
    id: m.id,
    lonLat: m.lonLat,
    age: m.age,
    color: actorColor(m.toActor),
    label: translate(lang, 'replay.mark', {
      from: actorName(lang, m.fromActor),
      to: actorName(lang, m.toActor),
    }),
  }));
}
