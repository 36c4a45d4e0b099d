/**
 * Array helpers that stay safe at any size: spreading a large array into push() or Math.max() passes every
 * element as an argument and overflows the stack past roughly a hundred thousand elements.
 */

export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

export function minOf(values: readonly number[]): number {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return m;
}

export function maxOf(values: readonly number[]): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}
