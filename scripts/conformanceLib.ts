/**
 * Scoring crosscheck's number recogniser against Microsoft Recognizers-Text number specs (issue 6). The specs
 * describe their NumberModel, PercentModel and NumberRangeModel; this module maps crosscheck's mentions to those
 * models and compares. It parses nothing itself: every number comes from the same findNumbers the report uses,
 * run paragraph by paragraph over the case's text, as the pipeline runs it over an article.
 */
import { findNumbers, type NumberMention } from "../src/core/extract/numbers/index.js";
import type { Locale } from "../src/core/lang/types.js";
import { paragraphs } from "../src/core/text/segment.js";
import { tokenize } from "../src/core/text/tokenize.js";

export type Model = "number" | "percent" | "range";

export interface SpecResult {
  Text: string;
  TypeName?: string;
  Resolution?: { value?: string | null } | null;
  Start?: number;
  End?: number;
}

export interface SpecCase {
  Input: string;
  Results: readonly SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
  IgnoreResolution?: boolean;
  Comment?: string;
}

/** How a case is scored. */
export type CaseClass =
  /** Expected values are checked. */
  | "value"
  /** Only the expected text is looked for: Arabic cases whose values the spec itself does not check. */
  | "text"
  /** Only the expected text is looked for: Arabic cases not supported even by the .NET implementation. */
  | "textUnsupported"
  /** The case expects no number: it counts toward the false-positive rate. */
  | "empty"
  /** The expected text is not in the input (a defect of the spec): not scored. */
  | "malformed";

export interface Predicted {
  text: string;
  value?: number;
  range?: RangeValue;
}

export interface RangeValue {
  lo?: number;
  hi?: number;
  loOpen: boolean;
  hiOpen: boolean;
}

export interface CaseOutcome {
  cls: CaseClass;
  passed: boolean;
  predicted: Predicted[];
  /** Families left out by decision (CONFORMANCE.md) that this case belongs to. */
  families: string[];
}

export function mentionsOf(input: string, locale: Locale): NumberMention[] {
  const out: NumberMention[] = [];
  for (const p of paragraphs(input)) for (const m of findNumbers(input, tokenize(input, p.start, p.end), locale)) out.push(m);
  return out;
}

/** crosscheck's mentions in the shape of the spec's model. */
export function predict(input: string, mentions: readonly NumberMention[], model: Model): Predicted[] {
  const out: Predicted[] = [];
  for (const m of asFractions(input, mentions)) {
    const text = m.text;
    if (model === "number") {
      // Their NumberModel reports every figure, codes and parts of identifiers included, but no ordinals.
      if (m.role === "ordinal") continue;
      if (m.role === "identifier" || m.role === "clock") {
        for (const part of digitGroups(text)) out.push({ text: part.text, value: part.value });
        continue;
      }
      out.push({ text, value: m.value });
      if (m.upper !== undefined) out.push({ text, value: m.upper });
    } else if (model === "percent") {
      if (!m.percent || m.role) continue;
      out.push({ text: input.slice(m.phraseStart, m.phraseEnd), value: m.value });
      if (m.upper !== undefined) out.push({ text, value: m.upper });
    } else {
      if (m.role) continue;
      const r = rangeOf(m);
      if (r) out.push({ text: input.slice(m.phraseStart, m.phraseEnd), range: r });
    }
  }
  return out;
}

/**
 * Their models read "X out of Y" as the fraction X/Y; crosscheck reports the part and the whole as two figures,
 * the part naming the whole (`partOf`). For scoring, the two are joined back into the one fraction they write.
 */
export function asFractions(input: string, mentions: readonly NumberMention[]): NumberMention[] {
  const wholes = new Map<number, NumberMention>();
  for (const m of mentions) if (m.partOf) {
    const whole = mentions.find((w) => w.start === m.partOf?.start && w.end === m.partOf.end);
    if (whole) wholes.set(whole.start, whole);
  }
  const out: NumberMention[] = [];
  for (const m of mentions) {
    if (wholes.has(m.start) && !m.partOf) continue;
    const whole = m.partOf ? wholes.get(m.partOf.start) : undefined;
    if (!whole) {
      out.push(m);
      continue;
    }
    out.push({
      ...m,
      end: whole.end,
      text: input.slice(m.start, whole.end),
      value: m.value / whole.value,
      phraseEnd: Math.max(m.phraseEnd, whole.phraseEnd),
      fraction: true,
    });
  }
  return out;
}

/**
 * A mention as an interval in their notation. Their model writes every plain range half-open ("between 20 and
 * 30" is [20,30)); crosscheck's ranges are closed unless the wording says which ends are open, so a range whose
 * ends the wording leaves unsaid is mapped to their convention.
 */
export function rangeOf(m: NumberMention): RangeValue | null {
  switch (m.qualifier) {
    case "over":
      return { lo: m.value, loOpen: true, hiOpen: true };
    case "atLeast":
      return { lo: m.value, loOpen: false, hiOpen: true };
    case "under":
      return { hi: m.value, loOpen: true, hiOpen: true };
    case "atMost":
      return { hi: m.value, loOpen: true, hiOpen: false };
    case "range":
      return { lo: m.value, hi: m.upper, loOpen: m.lowerOpen ?? false, hiOpen: m.upperOpen ?? true };
    default:
      return m.exact ? { lo: m.value, hi: m.value, loOpen: false, hiOpen: false } : null;
  }
}

/** "(20,35]", "[5000,)", "(,100]" */
export function parseRange(s: string): RangeValue | null {
  const m = /^([[(])\s*([^,]*),\s*([^\])]*)\s*([\])])$/.exec(s.trim());
  if (!m) return null;
  const lo = (m[2] as string).trim();
  const hi = (m[3] as string).trim();
  const r: RangeValue = { loOpen: m[1] === "(", hiOpen: m[4] === ")" };
  if (lo) r.lo = Number(lo);
  if (hi) r.hi = Number(hi);
  return r;
}

function digitGroups(text: string): { text: string; value: number }[] {
  const out: { text: string; value: number }[] = [];
  for (const t of tokenize(text)) if (t.kind === "digits") out.push({ text: t.text, value: Number(t.norm) });
  return out;
}

export function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function sameRange(a: RangeValue, b: RangeValue): boolean {
  const end = (x?: number, y?: number) => (x === undefined || y === undefined ? x === y : near(x, y));
  if (!end(a.lo, b.lo) || !end(a.hi, b.hi)) return false;
  // An unbounded end has no open/closed distinction worth comparing.
  if (a.lo !== undefined && a.loOpen !== b.loOpen) return false;
  if (a.hi !== undefined && a.hiOpen !== b.hiOpen) return false;
  return true;
}

function expectedValue(r: SpecResult, model: Model): number | RangeValue | null {
  const v = r.Resolution?.value;
  if (v === null || v === undefined) return null;
  if (model === "range") return parseRange(v);
  const n = Number(v.replace(/%$/, ""));
  return Number.isFinite(n) ? n : null;
}

/** Folded text for comparing spans: no bidi marks, single spaces, no Arabic marks or tatweel. */
export function spanKey(s: string): string {
  return s
    .replace(/[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, "")
    .replace(/[\u064B-\u065F\u0640]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** Our text matches theirs, allowing their span to carry a clitic letter or two we leave out ("بألفين"). */
function textMatches(ours: string, theirs: string): boolean {
  const a = spanKey(ours);
  const b = spanKey(theirs);
  if (!a || !b) return false;
  if (a === b) return true;
  // Their span with a clitic we leave out ("بألفين"), or ours with one more qualifier word ("ما يصل إلى").
  if (b.endsWith(a) && b.length - a.length <= 2 && /^[\u0600-\u06FF]+$/.test(b.slice(0, b.length - a.length))) return true;
  return a.endsWith(b) && /^[^\s]+ $/.test(a.slice(0, a.length - b.length));
}

export function classify(c: SpecCase, lang: "en" | "ar"): CaseClass {
  if (c.Results.length === 0) return "empty";
  if (malformed(c)) return "malformed";
  if (lang === "ar" && c.IgnoreResolution) return "text";
  if (lang === "ar" && /dotnet/i.test(c.NotSupported ?? "")) return "textUnsupported";
  return "value";
}

/** Whether the case applies at all: English cases the reference (.NET) implementation does not support are skipped. */
export function applicable(c: SpecCase, lang: "en" | "ar"): boolean {
  return lang === "ar" || !/dotnet/i.test(c.NotSupported ?? "");
}

export function score(c: SpecCase, lang: "en" | "ar", model: Model, locale: Locale): CaseOutcome {
  const cls = classify(c, lang);
  const predicted = predict(c.Input, mentionsOf(c.Input, locale), model);
  const families = familiesOf(c, model);
  if (cls === "empty") return { cls, passed: predicted.length === 0, predicted, families };
  if (cls === "malformed") return { cls, passed: false, predicted, families };
  const used = new Set<number>();
  let passed = true;
  for (const r of c.Results) {
    let hit = -1;
    if (cls === "text" || cls === "textUnsupported") {
      hit = predicted.findIndex((p, k) => !used.has(k) && textMatches(p.text, r.Text));
    } else {
      const want = expectedValue(r, model);
      if (want === null) {
        passed = false;
        break;
      }
      hit = predicted.findIndex((p, k) => {
        if (used.has(k)) return false;
        if (typeof want === "number") return p.value !== undefined && near(p.value, want);
        return p.range !== undefined && sameRange(p.range, want);
      });
    }
    if (hit < 0) {
      passed = false;
      break;
    }
    used.add(hit);
  }
  return { cls, passed, predicted, families };
}

/**
 * Families crosscheck leaves out on purpose (see CONFORMANCE.md). A case belongs to one when its input or an
 * expected text shows the construction.
 */
export const LEFT_OUT: { id: string; reason: string; test: (input: string, texts: string[], values: string[], model: Model) => boolean }[] = [
  {
    id: "one-of",
    reason:
      "Arabic 'X من Y', 'X في Y' and a bare 'جزء من Y' as fractions: in news 'واحد من ثلاثة' is one of three (and the three is the claim), 'جزء من' is 'part of'",
    test: (_input, texts) =>
      texts.some((t) => /^(جزء|أجزاء|اجزاء) من/.test(t)) ||
      texts.some(
        (t) =>
          /[^\s]+(?<!جزء|أجزاء|اجزاء)\s+(من|في)\s+[^\s]+/.test(t) &&
          !/من أصل|في الم[ئا]|(أكثر|اكثر|أقل|اقل|أكبر|اكبر|أصغر|أعلى|أدنى|ادنى|أخفض|يربو|يقرب) من/.test(t),
      ),
  },
  {
    id: "exotic-denominators",
    reason:
      "denominators built on hundreds ('one one hundred fifth' = 1/105, 'one hundred one thousand fifths'), 'two hundred and fifty-four hundredths' read as 200.54, and '100 millionths' read as the number 100",
    test: (input) => /one (one )?hundred (and )?fifth|hundred one thousand fifths|fifty-four hundredths|\d\s*millionths/i.test(input),
  },
  {
    id: "g-suffix",
    reason: "'G' as billion (10G): '5G', '4G' are designations in news",
    test: (_input, texts) => texts.some((t) => /\d\s*g$/i.test(t)),
  },
  {
    id: "spaced-minus",
    reason: "a minus sign followed by a space ('- 1 4/5'): at the start of a line it is a bullet",
    test: (_input, texts) => texts.some((t) => /^-\s/.test(t)),
  },
  {
    id: "eighth-price",
    reason: "Arabic 'ثمن' as an eighth: in news it is 'price'",
    test: (_input, texts) => texts.some((t) => /^ثمن$/.test(t.trim())),
  },
  {
    id: "numberless-percent",
    reason: "'percent', '%', 'percentage' with no number: nothing to check",
    test: (_input, texts, values) => values.some((v) => v === "null") && texts.length > 0,
  },
  {
    id: "ordinal-ranges",
    reason: "ranges of ordinals ('between the tenth and the fifteenth'): ordinal words are not read as numbers",
    test: (_input, texts) => texts.some((t) => /\b(tenth|fifteenth)\b|العاشر|الخامس عشر/.test(t)),
  },
  {
    id: "reversed-rtl",
    reason: "Arabic-Indic fractions and powers typed in reverse order ('١/٤ ٢' for 2¼, '-١-^٢٥٠٠', 'أكثر من ٢/١' for ½)",
    test: (_input, texts) =>
      texts.some((t) => /[٠-٩]\/[٠-٩] [٠-٩]|-\^|\^[٠-٩]+,|٢\/١/.test(t)),
  },
];

/** The spec expects a text that is not in the input: the case cannot be met as written. */
export function malformed(c: SpecCase): boolean {
  const input = spanKey(c.Input);
  return c.Results.some((r) => !r.Text || !input.includes(spanKey(r.Text)));
}

function familiesOf(c: SpecCase, model: Model): string[] {
  const texts = c.Results.map((r) => r.Text);
  const values = c.Results.map((r) => String(r.Resolution?.value ?? "null"));
  return LEFT_OUT.filter((f) => f.test(c.Input, texts, values, model)).map((f) => f.id);
}
