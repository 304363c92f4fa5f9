/** Statistics and tables for the benchmark's output. */
import { formatTable } from '../scripts/sizes';

export { kb } from '../scripts/sizes';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

export function p95(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? 0;
}

export const ms = (n: number) => `${Math.round(n)} ms`;
export const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');

export function printTable(title: string, header: string[], rows: string[][]): void {
  console.log(`\n${title}\n${formatTable(header, rows)}`);
}
