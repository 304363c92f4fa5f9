/** The map's colours. An actor's colour and marker shape are data (`data/actors.json`), read
 * here for the map icons, the legend and the exports: colour and shape together, so the map reads
 * in greyscale and for colour-blind readers (`palette.test.ts` keeps the colours apart). */
import { actorSpec, type Shape } from '../data/actors';

export type { Shape };

export const actorColor = (actor: string): string => actorSpec(actor).color;
export const actorShape = (actor: string): Shape => actorSpec(actor).shape;

export const SELECTION_COLOR = '#f59e0b';

/** Moves and hand-overs: a dark grey line and arrow, whoever moved (the arrow says who). */
export const MOVE_COLOR = '#374151';

/** The legend's swatch for the events layer: events take their actor's colour on the map, so
 * the layer as a whole is shown in a neutral grey, lighter than the moves' line. */
export const EVENTS_SWATCH_COLOR = '#4b5563';

/** The slider's event ticks, coloured by kind (their title names the event). */
export const EVENT_KIND_COLOR = {
  coup: '#c2410c',
  announcement: '#4338ca',
  alliance: '#047857',
  mission: '#0e7490',
} as const;

/** The rings on what changed in a comparison's period (map, legend and the exported image). */
export const COMPARE_COLOR = '#c026d3';
