/**
 * Units that measure the same thing on another scale ("six weeks" and «٤٢ يوما», "30,000 acres" and "12,000
 * hectares", 109F and 43C). Alignment compares such figures in one base unit per dimension. A converted figure
 * is held to the rounding its writer shows: "30,000 acres" is anything from 25,000 to 35,000 acres once a writer
 * has rounded a conversion, "six weeks" anything a writer would round to six. Figures written in one unit are
 * still compared as written (see writtenClaim), so "six weeks" beside "six weeks" stays an agreement.
 * Ids are the unit ids of the locales' quantities lists.
 */
import type { Claim, Group, WrittenFigure } from "../types.js";

interface Conversion {
  base: string;
  factor: number;
  offset: number;
  /** Temperatures are written to the degree whatever their size: 100F is no rounding of 110F. */
  toTheUnit: boolean;
  /**
   * A subunit of a currency: "89 cents" is $0.89 to the cent, as exact as the writer's figure, so it keeps its
   * qualifier and interval; the factor is then a whole number of subunits to the base, divided by (89 / 100 is
   * 0.89 to the last bit, 89 × 0.01 is not).
   */
  divisor?: number;
}

/** Unit id → base unit id, factor (and offset): value in base = value × factor + offset. */
const CONVERSIONS: ReadonlyMap<string, Conversion> = new Map(
  (
    [
      // Spans of time of fixed length (a month or a year is not a fixed number of days).
      ["week", "day", 7],
      // Areas, in hectares.
      ["acre", "ha", 0.40468564224],
      ["km2", "ha", 100],
      ["mi2", "ha", 258.9988110336],
      ["m2", "ha", 0.0001],
      ["ft2", "ha", 0.000009290304],
      ["feddan", "ha", 0.42008],
      // Volumes, in cubic metres.
      ["ft3", "m3", 0.028316846592],
      // Lengths, in kilometres.
      ["mile", "km", 1.609344],
      ["nautical-mile", "km", 1.852],
      ["m", "km", 0.001],
      ["cm", "km", 0.00001],
      ["mm", "km", 0.000001],
      ["foot", "km", 0.0003048],
      // Speeds, in km/h.
      ["mph", "kmh", 1.609344],
      ["inch", "km", 0.0000254],
      // Masses, in tonnes; power, in megawatts.
      ["kg", "ton", 0.001],
      ["gw", "mw", 1000],
      // Changes of a rate, in percentage points: "25 basis points" is "0.25 percentage point". A rate in percent
      // ("0.25%") is not converted: it may be the rate's level as well as its change.
      ["basis-point", "percentage-point", 0.01],
      // Temperatures, in degrees Celsius.
      ["fahrenheit", "celsius", 5 / 9, -32 * (5 / 9)],
    ] as const
  )
    .map(([unit, base, factor, offset]): [string, Conversion] => [unit, { base, factor, offset: offset ?? 0, toTheUnit: offset !== undefined }])
    .concat(
      // Subunits of a currency (see Conversion.divisor): an analysts' "84 cents" meets another outlet's "$0.85".
      ([["usd-cent", "usd", 100], ["gbp-penny", "gbp", 100], ["eur-cent", "eur", 100]] as const).map(
        ([unit, base, divisor]): [string, Conversion] => [unit, { base, factor: 1 / divisor, offset: 0, toTheUnit: false, divisor }],
      ),
    ),
);

/** The claim as written, for a claim converted or held to its rounding by inBaseUnit. */
const asWritten = new WeakMap<Claim, Claim>();

/** The claim in its dimension's base unit, or the claim itself when its unit is a base or converts to none. */
export function inBaseUnit(c: Claim): Claim {
  if (c.kind !== "quantity" || !c.unit || typeof c.value !== "number") return c;
  const conv = CONVERSIONS.get(c.unit);
  if (!conv) return scaledRounding(c);
  if (conv.divisor !== undefined) return inSubunit(c, conv.base, conv.divisor);
  const to = (x: number) => x * conv.factor + conv.offset;
  let min = c.min;
  let max = c.max;
  if (!c.qualifier || c.qualifier === "exact") {
    // The rounding the figure shows: half its last written step either side, and no more than a tenth of it
    // for a round figure ("100 miles" is no rounding of 120 km).
    const g = conv.toTheUnit ? Math.min(1, step(c.value)) : step(c.value);
    const half = g <= 1 ? g / 2 : Math.min(g / 2, Math.abs(c.value) * ROUND_SHARE);
    min = c.value - half;
    max = c.value + half;
  }
  const out: Claim = {
    ...c,
    unit: conv.base,
    value: to(c.value),
    qualifier: !c.qualifier || c.qualifier === "exact" ? "approx" : c.qualifier,
  };
  // An open end stays open: the claim then has no min (or max) to convert. No `delete`: an object that loses a
  // property turns slow for every reader after it.
  if (min !== undefined) out.min = to(min);
  if (max !== undefined) out.max = to(max);
  asWritten.set(out, c);
  return out;
}

/**
 * The claims with each figure of a group written in several units of one dimension ("six weeks" beside «٤٢
 * يوما», "30,000 acres" beside "12,000 hectares") in the group's unit, the figure as written kept beside it
 * (Claim.written): a reader of claims.json finds the group's figures on one scale. Exact conversions, not the
 * rounding inBaseUnit compares with: "six weeks" is 42 days, "30,000 acres" 12,140.57 hectares. A claim also
 * in a group of its own unit (a snapshot of a running figure whose articles all wrote acres) stays as written.
 */
export function inGroupUnits(claims: readonly Claim[], groups: readonly Group[]): Claim[] {
  const units = new Map<string, string | null>();
  for (const g of groups) {
    if (g.kind !== "quantity" || !g.unit) continue;
    for (const id of g.claims) {
      const seen = units.get(id);
      units.set(id, seen === undefined || seen === g.unit ? g.unit : null);
    }
  }
  return claims.map((c) => {
    const unit = units.get(c.id);
    const conv = c.unit && unit ? CONVERSIONS.get(c.unit) : undefined;
    return conv && conv.base === unit && typeof c.value === "number" ? converted(c, conv) : c;
  });
}

function converted(c: Claim, conv: Conversion): Claim {
  // Twelve significant digits, as exact as the factors: 30,000 acres is 12,140.5692672 ha, not …71999999.
  const to = (x: number) => Number((conv.divisor !== undefined ? x / conv.divisor : x * conv.factor + conv.offset).toPrecision(12));
  const written: WrittenFigure = { value: c.value as number, unit: c.unit! };
  const out: Claim = { ...c, value: to(written.value), unit: conv.base, written };
  if (c.min !== undefined) out.min = to((written.min = c.min));
  if (c.max !== undefined) out.max = to((written.max = c.max));
  return out;
}

/** A figure in a currency's subunit, in the currency, as exact as written (see Conversion.divisor). */
function inSubunit(c: Claim, base: string, divisor: number): Claim {
  const out: Claim = { ...c, unit: base, value: (c.value as number) / divisor };
  if (c.min !== undefined) out.min = c.min / divisor;
  if (c.max !== undefined) out.max = c.max / divisor;
  asWritten.set(out, c);
  return out;
}

/**
 * A figure written with decimals and a scale word ("$2.63 billion", «2.63 مليار دولار») is rounded to its last
 * written digit: 2,625 to 2,635 million, so "2,634 million dollars" is the same figure. Two such figures are
 * still compared as written ("$2.63 billion" twice agree, beside "$2.64 billion" they differ).
 */
function scaledRounding(c: Claim): Claim {
  if (c.qualifier && c.qualifier !== "exact") return c;
  const value = c.value as number;
  if (c.unit === "percent") return wholePercentRounding(c, value);
  if (Math.abs(value) < MIN_SCALE) return c;
  const m = DECIMAL_RE.exec(c.text);
  if (!m) return wholeScaledRounding(c, value);
  const written = Number(`${asciiDigits(m[1]!)}.${asciiDigits(m[2]!)}`);
  if (!(written > 0)) return c;
  const scale = Math.round(value / written);
  const power = Math.round(Math.log10(scale));
  if (power < 3 || 10 ** power !== scale || Math.abs(written * scale - value) > Math.abs(value) * 1e-9) return c;
  const half = (scale * 10 ** -m[2]!.length) / 2;
  const out: Claim = { ...c, qualifier: "approx", min: value - half, max: value + half };
  asWritten.set(out, c);
  return out;
}

/**
 * A whole number of at least ten before a scale word («125 مليون جنيه», "$150 million") is rounded to the unit
 * of its scale, like a figure with decimals: 124.5 to 125.5 million, so «125 مليون و79 ألف جنيه» another outlet
 * gives is the same figure, not a discrepancy. Below ten the scale's unit is too wide a share ("2 million" is no
 * rounding of 2.4 million): the figure is held to a tenth of its scale instead, as a list that gives its other
 * figures to one decimal writes "$8 billion" for 8.0 ("Mac: $8 billion" beside "$8.05 billion" is one figure,
 * "2 million" beside "2.1 million" two). A figure written out to its thousands is held to its last scale (see
 * compoundScaledRounding).
 */
function wholeScaledRounding(c: Claim, value: number): Claim {
  const m = WHOLE_RE.exec(c.text);
  if (!m) return compoundScaledRounding(c, value);
  const written = Number(asciiDigits(m[1]!));
  if (!(written >= 1)) return c;
  const scale = Math.round(value / written);
  const power = Math.round(Math.log10(scale));
  if (power < 3 || 10 ** power !== scale || written * scale !== value) return c;
  const half = written >= MIN_WHOLE_SCALED ? scale / 2 : scale / 20;
  const out: Claim = { ...c, qualifier: "approx", min: value - half, max: value + half };
  asWritten.set(out, c);
  return out;
}

/**
 * A figure written out in parts down to a scale word («125 مليونا و779 ألف جنيه», "21 million 197 thousand") is
 * rounded to the unit of that last scale, as a whole number before one is: 125,778,500 to 125,779,500, so the
 * court's «125 مليوناً و779 ألفاً و237 جنيهاً» another outlet gives in full is the same figure. Still beyond the
 * rounding of a coarser figure («125 مليون جنيه»), and a last part below ten is held to a tenth of its scale.
 */
function compoundScaledRounding(c: Claim, value: number): Claim {
  const m = LAST_PART_RE.exec(c.text);
  if (!m || !Number.isInteger(value)) return c;
  const digits = asciiDigits(m[1]!);
  const last = Number(digits);
  if (!(last >= 1)) return c;
  const width = 10 ** digits.length;
  // The smallest scale the last part is written in: its value divides the figure and ends in the part's digits.
  let scale = 0;
  for (let s = MIN_SCALE; s <= Math.abs(value) && !scale; s *= 1000) {
    if (value % s === 0 && Math.round(Math.abs(value) / s) % width === last) scale = s;
  }
  if (!scale) return c;
  const half = last >= MIN_WHOLE_SCALED ? scale / 2 : scale / 20;
  const out: Claim = { ...c, qualifier: "approx", min: value - half, max: value + half };
  asWritten.set(out, c);
  return out;
}

/** The last run of digits of a claim's text, before the words that end it (the scale word). */
const LAST_PART_RE = /(\p{Nd}+)[^\p{Nd}]*\p{L}[^\p{Nd}]*$/u;

/**
 * A whole percentage of at least ten ("a premium of 48%") is rounded to the unit, like a whole number before a
 * scale word: 47.5 to 48.5, so another outlet's "47.9%" is the same figure. Below ten the unit is too wide a
 * share (2% is no rounding of 2.4%), and a figure written with decimals stays as written.
 */
function wholePercentRounding(c: Claim, value: number): Claim {
  const m = WHOLE_RE.exec(c.text);
  if (!m || Number(asciiDigits(m[1]!)) !== value || !(Math.abs(value) >= MIN_WHOLE_SCALED)) return c;
  const out: Claim = { ...c, qualifier: "approx", min: value - 0.5, max: value + 0.5 };
  asWritten.set(out, c);
  return out;
}

/** Smallest whole number before a scale word held to the scale's unit (see wholeScaledRounding). */
const MIN_WHOLE_SCALED = 10;
/** The one run of digits in a claim's text, with no other digit anywhere in it. */
const WHOLE_RE = /^[^\p{Nd}]*(\p{Nd}+)[^\p{Nd}]*$/u;

/** Smallest scale read as a scale word (thousand). */
const MIN_SCALE = 1000;
/** A number with decimals in any digit script ("2.63", "٢٫٦٣"); linear: two digit runs around one mark. */
const DECIMAL_RE = /(\p{Nd}+)[.٫](\p{Nd}+)/u;

function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (d) => {
    const code = d.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    return d;
  });
}

/** The claim as its article wrote it (the claim itself unless inBaseUnit converted it). */
export function writtenClaim(c: Claim): Claim {
  return asWritten.get(c) ?? c;
}

/** Widest rounding read into a round converted figure, as a share of it. */
const ROUND_SHARE = 0.1;

/** The step a figure is written to: 10,000 for 30,000, 1 for 42, 0.1 for 2.5. */
function step(v: number): number {
  if (!Number.isInteger(v)) return 10 ** -((String(v).split(".")[1] ?? "").length);
  let g = 1;
  while (v !== 0 && v % (g * 10) === 0) g *= 10;
  return g;
}
