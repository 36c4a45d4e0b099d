/**
 * Word lists worked out once per locale: the align readers (places, projections, counts since a start) each
 * fold a locale's lists into sets on first use. A locale without the lists gives undefined, also kept.
 */
import type { Locale } from "../lang/types.js";

export function perLocale<T>(build: (locale: Locale) => T | undefined): (locale: Locale) => T | undefined {
  const cache = new WeakMap<Locale, T | null>();
  return (locale) => {
    let value = cache.get(locale);
    if (value === undefined) {
      value = build(locale) ?? null;
      cache.set(locale, value);
    }
    return value ?? undefined;
  };
}
