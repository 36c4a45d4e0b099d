/**
 * Deterministic renderings of values for notes and reports. Never toLocaleString: output must not depend on
 * the machine's locale.
 */
import type { Claim, Qualifier } from "./types.js";
import { CAPACITY_SUFFIX, REMAINDER_SUFFIX } from "./align/constants.js";

/** A claim converted to its group's unit (Claim.written) as its article wrote it (the claim itself when it was not converted). */
export function shownAsWritten(c: Claim): Claim {
  if (!c.written) return c;
  const { written, min: _min, max: _max, ...rest } = c;
  const out: Claim = { ...rest, value: written.value, unit: written.unit };
  if (written.min !== undefined) out.min = written.min;
  if (written.max !== undefined) out.max = written.max;
  return out;
}

/** A count with its noun, singular for one: "1 source", "3 claims" (English nouns, given in both numbers). */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** 2289 → "2,289"; 2.5 → "2.5"; 1234567.891 → "1,234,567.89". */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const negative = v < 0;
  const abs = Math.abs(v);
  const rounded = abs >= 1e21 ? expandExponent(abs) : Math.abs(abs - Math.round(abs)) < 1e-9 ? String(Math.round(abs)) : trimZeros(abs.toFixed(2));
  const [int, frac] = rounded.split(".");
  const grouped = (int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (negative ? "-" : "") + grouped + (frac ? "." + frac : "");
}

/**
 * From 1e21 String() switches to exponent notation ("2.5e+22"). Written out with the digits the figure was
 * given with ("25" then zeros), not the double's exact binary value (24999999999999997902848).
 */
function expandExponent(abs: number): string {
  const m = /^(\d)(?:\.(\d+))?e\+(\d+)$/.exec(String(abs));
  if (!m) return String(abs);
  const digits = m[1]! + (m[2] ?? "");
  return digits + "0".repeat(Number(m[3]) + 1 - digits.length);
}

function trimZeros(s: string): string {
  return s.replace(/\.?0+$/, "");
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  approx: "about ",
  nearly: "nearly ",
  over: "more than ",
  atLeast: "at least ",
  under: "less than ",
  atMost: "up to ",
  range: "",
};

/** A quantity claim's value as a reader says it: "about 4,000", "more than 240,000", "20–30", "12%". */
export function describeQuantity(c: Claim): string {
  const v = typeof c.value === "number" ? c.value : Number(c.value);
  const percent = c.unit === "percent" ? "%" : "";
  if (c.qualifier === "range" && c.min !== undefined && c.max !== undefined) {
    return `${formatNumber(c.min)}–${formatNumber(c.max)}${percent}`;
  }
  return `${QUALIFIER_WORDS[c.qualifier ?? "exact"]}${formatNumber(v)}${percent}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2015-11-26" as written; "--11-26" → "26 Nov (no year)"; "2015-10" → "Oct 2015". */
export function describeDate(value: string): string {
  const noYear = /^--(\d{2})-(\d{2})$/.exec(value);
  if (noYear) return `${Number(noYear[2])} ${MONTHS[Number(noYear[1]) - 1] ?? noYear[1]} (no year)`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  return value;
}

/** The figure a claim's unit is shown with: none for a range ("1–3 weeks"). */
export function shownFigure(c: Claim): number | undefined {
  return c.kind === "quantity" && c.qualifier !== "range" ? Number(c.value) : undefined;
}

/** Any claim's value in a few words. */
export function describeValue(c: Claim): string {
  if (c.kind === "quantity") return describeQuantity(c);
  if (c.kind === "date") return describeDate(String(c.value));
  return String(c.value);
}

// Unit ids whose English label is not the id with an "s".
const UNIT_LABELS: Record<string, string> = {
  percent: "",
  aircraft: "aircraft",
  personnel: "personnel",
  killed: "killed",
  injured: "injured",
  recovered: "recovered",
  displaced: "displaced",
  crew: "crew",
  km: "km",
  km2: "km²",
  kmh: "km/h",
  mph: "mph",
  "nautical-mile": "nautical miles",
  mi2: "square miles",
  m2: "m²",
  ft2: "square feet",
  m3: "m³",
  ft3: "cubic feet",
  m: "m",
  kg: "kg",
  ha: "ha",
  usd: "US dollars",
  eur: "euros",
  gbp: "pounds",
  rub: "roubles",
  egp: "Egyptian pounds",
  syp: "Syrian pounds",
  try: "Turkish lira",
  sar: "riyals",
  "usd-cent": "US cents",
  "eur-cent": "euro cents",
  "gbp-penny": "pence",
  times: "times",
  city: "cities",
  century: "centuries",
  child: "children",
  man: "men",
  woman: "women",
  person: "people",
  casualty: "casualties",
  facility: "facilities",
  "training-camp": "training camps",
  "command-post": "command posts",
  missing: "missing",
  arrested: "arrested",
  voted: "voted",
  evacuated: "evacuated",
  country: "countries",
  nationality: "nationalities",
  ton: "tonnes",
  magnitude: "magnitude",
  mm: "mm",
  cm: "cm",
  inch: "inches",
  foot: "feet",
  family: "families",
  cny: "yuan",
  celsius: "°C",
  fahrenheit: "°F",
  mw: "MW",
  gw: "GW",
  capacity: "capacity",
  other: "others",
};


// Singular labels of one ("1 country", "1 US dollar") where the plural label is not also the singular's.
const SINGULAR_LABELS: Record<string, string> = {
  "nautical-mile": "nautical mile",
  mi2: "square mile",
  ft2: "square foot",
  ft3: "cubic foot",
  usd: "US dollar",
  eur: "euro",
  gbp: "pound",
  rub: "rouble",
  egp: "Egyptian pound",
  syp: "Syrian pound",
  sar: "riyal",
  "usd-cent": "US cent",
  "eur-cent": "euro cent",
  "gbp-penny": "penny",
  city: "city",
  century: "century",
  child: "child",
  man: "man",
  woman: "woman",
  person: "person",
  casualty: "casualty",
  facility: "facility",
  "training-camp": "training camp",
  "command-post": "command post",
  country: "country",
  nationality: "nationality",
  ton: "tonne",
  inch: "inch",
  foot: "foot",
  family: "family",
  other: "other",
};

/** English plural of a unit's name: "bodies", "Sudanese", "Chinese" and a participle ("rescued") as they are. */
function plural(name: string): string {
  if (/(?:ese|s|ed)$/.test(name)) return name;
  if (/[^aeiou]y$/.test(name)) return name.slice(0, -1) + "ies";
  return name + "s";
}

/**
 * What a quantity counts, in English for headings ("sorties", "killed"), or the noun as written; "" for percent.
 * Given the figure it is shown with, one of a unit the lexicon names is singular ("1 country").
 */
export function describeUnit(c: Pick<Claim, "unit" | "noun">, figure?: number): string {
  if (c.unit && figure === 1 && /^[a-z0-9-]+$/.test(c.unit) && !c.unit.endsWith(CAPACITY_SUFFIX) && !c.unit.endsWith(REMAINDER_SUFFIX)) {
    const one = SINGULAR_LABELS[c.unit];
    if (one !== undefined) return one;
    if (UNIT_LABELS[c.unit] === undefined) return c.unit.replace(/-/g, " ");
  }
  if (c.unit) {
    const label = UNIT_LABELS[c.unit];
    if (label !== undefined) return label;
    // A capacity of what a unit counts ("licensed to carry 50 passengers"): see markCapacity.
    if (c.unit.endsWith(CAPACITY_SUFFIX)) return `capacity (${describeUnit({ unit: c.unit.slice(0, -CAPACITY_SUFFIX.length) })})`;
    // The rest of a list of names ("Israel and eight other countries"): see markRemainder.
    if (c.unit.endsWith(REMAINDER_SUFFIX)) return `other ${describeUnit({ unit: c.unit.slice(0, -REMAINDER_SUFFIX.length) })}`;
    // A currency kept as written ("hk$") is shown as written.
    return /^[a-z-]+$/.test(c.unit) ? plural(c.unit.replace(/-/g, " ")) : c.unit;
  }
  return c.noun ?? "";
}

/** Relative difference of two figures, against the smaller: 2289 vs 2299 → 0.0044. */
export function relativeDifference(a: number, b: number): number {
  const lo = Math.min(Math.abs(a), Math.abs(b));
  if (lo === 0) return a === b ? 0 : Infinity;
  return Math.abs(a - b) / lo;
}

export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return "n/a";
  const p = share * 100;
  return `${p >= 10 ? Math.round(p) : Number(p.toFixed(p >= 1 ? 1 : 2))}%`;
}

/** Most items a note or title lists; a group of thousands of claims would otherwise print them all. */
export const MAX_LISTED = 12;

/** Items joined by `separator`, at most MAX_LISTED of them, then how many were left out: "a / b and 7 more". */
export function listed(items: readonly string[], separator: string, max = MAX_LISTED): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)} and ${items.length - max} more`;
}

/** Items joined by `separator`; past MAX_LISTED, the first and last six with how many lie between. */
export function elided(items: readonly string[], separator: string, max = MAX_LISTED): string {
  if (items.length <= max) return items.join(separator);
  const half = Math.floor(max / 2);
  return [...items.slice(0, half), `${items.length - 2 * half} more`, ...items.slice(-half)].join(separator);
}
