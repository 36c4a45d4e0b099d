/**
 * items.map(f), built by push from an empty literal. map() makes its result another way, with another element
 * kind; compiled code that met both kinds at one place was thrown away and compiled again (a few hundred
 * milliseconds of compiler time per recompilation of extractClaims or analyzeSpeech, in every thread, seen
 * with --trace-deopt). Arrays read per paragraph are built with this.
 */
export function pushEach<T, U>(items: readonly T[], f: (item: T) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!));
  return out;
}
