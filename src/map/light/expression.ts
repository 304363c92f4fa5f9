/**
 * The light map reads its looks from the same layer specs as MapLibre (`basemap/layers.ts`,
 * `style/data-layers.ts`): this evaluates the part of MapLibre's expression language those specs
 * use, for one feature at one zoom. An operator outside that part throws, so that a spec that
 * comes to use one fails the unit tests (`expression.test.ts` evaluates every spec) rather than
 * drawing something else on the light map.
 */

export type Value = string | number | boolean | null | readonly Value[];

/** What an expression can read: the zoom, the feature's properties and state, the map's global
 * state. */
export interface Scope {
  readonly zoom: number;
  readonly props: Readonly<Record<string, unknown>>;
  readonly state?: Readonly<Record<string, unknown>>;
  readonly global?: Readonly<Record<string, unknown>>;
}

const asNumber = (v: Value): number => (typeof v === 'number' ? v : Number(v));

/** The value read from a feature or a state object (`null` where there is none, as MapLibre). */
function read(from: Readonly<Record<string, unknown>> | undefined, key: Value): Value {
  const v = from?.[String(key)];
  return v === undefined ? null : (v as Value);
}

function interpolate(args: readonly unknown[], scope: Scope): Value {
  const [kind, input, ...stops] = args;
  if (!Array.isArray(kind) || kind[0] !== 'linear') throw new Error('expression: linear only');
  const x = asNumber(evaluate(input, scope));
  const first = asNumber(evaluate(stops[0], scope));
  if (x <= first) return evaluate(stops[1], scope);
  for (let i = 2; i < stops.length; i += 2) {
    const at = asNumber(evaluate(stops[i], scope));
    if (x <= at) {
      const before = asNumber(evaluate(stops[i - 2], scope));
      const t = (x - before) / (at - before);
      const a = asNumber(evaluate(stops[i - 1], scope));
      const b = asNumber(evaluate(stops[i + 1], scope));
      return a + (b - a) * t;
    }
  }
  return evaluate(stops[stops.length - 1], scope);
}

function step(args: readonly unknown[], scope: Scope): Value {
  const [input, base, ...stops] = args;
  const x = asNumber(evaluate(input, scope));
  let out = base;
  for (let i = 0; i < stops.length; i += 2) {
    if (x >= asNumber(evaluate(stops[i], scope))) out = stops[i + 1];
    else break;
  }
  return evaluate(out, scope);
}

function match(args: readonly unknown[], scope: Scope): Value {
  const input = evaluate(args[0], scope);
  for (let i = 1; i < args.length - 1; i += 2) {
    const label = args[i];
    const labels = Array.isArray(label) ? label : [label];
    if (labels.includes(input)) return evaluate(args[i + 1], scope);
  }
  return evaluate(args[args.length - 1], scope);
}

function cases(args: readonly unknown[], scope: Scope): Value {
  for (let i = 0; i < args.length - 1; i += 2) {
    if (evaluate(args[i], scope) === true) return evaluate(args[i + 1], scope);
  }
  return evaluate(args[args.length - 1], scope);
}

/** MapLibre compares two numbers or two strings; anything else is an error, which a filter
 * reads as false (a town without a rank is not "rank ≤ 2"). */
function compare(op: string, a: Value, b: Value): boolean {
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  const comparable = (typeof a === 'number' || typeof a === 'string') && typeof a === typeof b;
  if (!comparable) return false;
  const [x, y] = [a as number | string, b as number | string];
  if (op === '<') return x < y;
  if (op === '<=') return x <= y;
  if (op === '>') return x > y;
  return x >= y;
}

function arithmetic(op: string, values: readonly Value[]): number {
  const [first = 0, ...rest] = values.map(asNumber);
  if (op === '+') return values.map(asNumber).reduce((a, b) => a + b, 0);
  if (op === '*') return values.map(asNumber).reduce((a, b) => a * b, 1);
  if (op === '-') return rest.length === 0 ? -first : rest.reduce((a, b) => a - b, first);
  return rest.reduce((a, b) => a / b, first);
}

/** The value of an expression (or a plain value) for one feature at one zoom. */
export function evaluate(expr: unknown, scope: Scope): Value {
  if (!Array.isArray(expr)) return (expr ?? null) as Value;
  const [op, ...args] = expr as [unknown, ...unknown[]];
  if (typeof op !== 'string') return expr as Value; // a plain array (a dash pattern, an offset)
  const all = () => args.map((a) => evaluate(a, scope));
  switch (op) {
    case 'literal':
      return args[0] as Value;
    case 'zoom':
      return scope.zoom;
    case 'get':
      return read(scope.props, evaluate(args[0], scope));
    case 'has':
      return read(scope.props, evaluate(args[0], scope)) !== null;
    case 'feature-state':
      return read(scope.state, evaluate(args[0], scope));
    case 'global-state':
      return read(scope.global, evaluate(args[0], scope));
    case 'coalesce':
      return all().find((v) => v !== null) ?? null;
    case 'case':
      return cases(args, scope);
    case 'match':
      return match(args, scope);
    case 'step':
      return step(args, scope);
    case 'interpolate':
      return interpolate(args, scope);
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(op, evaluate(args[0], scope), evaluate(args[1], scope));
    case 'all':
      return args.every((a) => evaluate(a, scope) === true);
    case 'any':
      return args.some((a) => evaluate(a, scope) === true);
    case '!':
      return evaluate(args[0], scope) !== true;
    case 'in': {
      const needle = evaluate(args[0], scope);
      const hay = evaluate(args[1], scope);
      return Array.isArray(hay) ? hay.includes(needle) : String(hay).includes(String(needle));
    }
    case 'concat':
      return all()
        .map((v) => (v === null ? '' : String(v)))
        .join('');
    case '+':
    case '-':
    case '*':
    case '/':
      return arithmetic(op, all());
    default:
      throw new Error(`expression: "${op}" is not read by the light map`);
  }
}

/** A number property of a spec (a paint or layout value), with a default where there is none. */
export function numberOf(expr: unknown, scope: Scope, fallback: number): number {
  if (expr === undefined) return fallback;
  const v = evaluate(expr, scope);
  return typeof v === 'number' ? v : fallback;
}
