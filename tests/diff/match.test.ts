import { describe, expect, it } from "vitest";
import { diffSnapshots, type DiffResult } from "../../src/core/diff/index.js";
import { matchClaims } from "../../src/core/diff/match.js";
import { normalizeStatement } from "../../src/core/text/normalize.js";
import type { Claim } from "../../src/core/types.js";
import { article, filler, snapshot, type SentenceSpec } from "./helpers.js";

/** One line per change: "changed 2,289>2,298", "added >17", "removed 240,000>"; quotes by their first words. */
function summary(result: DiffResult): string[] {
  const short = (c: Claim | null) => (c ? (c.kind === "quote" ? c.text.split(" ").slice(0, 3).join(" ") : c.text) : "");
  return result.changes.map((ch) => `${ch.change} ${short(ch.before)}>${short(ch.after)}${ch.fields ? " [" + ch.fields.join(",") + "]" : ""}`);
}

const EN_QUOTE = "We must draw up a plan for joint operations with France";
const EN: SentenceSpec[] = [
  {
    sentence: "The ministry said 2,289 sorties were flown since September 30.",
    claims: [
      { text: "2,289", value: 2289, unit: "sortie" },
      { text: "September 30", kind: "date", value: "2015-09-30" },
    ],
  },
  {
    sentence: "Some 4,111 targets were destroyed, including 562 command posts.",
    claims: [
      { text: "4,111", value: 4111, unit: "target" },
      { text: "562", value: 562, unit: "command-post" },
    ],
  },
  { sentence: `Putin said: “${EN_QUOTE}.”`, claims: [{ text: EN_QUOTE, kind: "quote", value: normalizeStatement(EN_QUOTE), speaker: "Putin" }] },
  { sentence: "Hollande will visit Moscow on November 26.", claims: [{ text: "November 26", kind: "date", value: "2015-11-26" }] },
  { sentence: "More than 240,000 people have been killed since the war began.", claims: [{ text: "240,000", value: 240000, unit: "killed", qualifier: "over", max: undefined }] },
];

const AR_QUOTE = "علينا أن نضع خطة للعمليات المشتركة مع فرنسا";
const AR: SentenceSpec[] = [
  {
    sentence: "كما كشف غيراسيموف أن سلاح الجو الروسي قام منذ بدء العملية العسكرية يوم 30 أيلول الماضي بـ 2289 طلعة قتالية.",
    claims: [
      { text: "30 أيلول الماضي", kind: "date", value: "2015-09-30" },
      { text: "2289", value: 2289, unit: "sortie" },
    ],
  },
  {
    sentence: "ودمر 4111 موقعاً للإرهابيين، بما في ذلك 562 مركز قيادة.",
    claims: [
      { text: "4111", value: 4111, unit: "target" },
      { text: "562", value: 562, unit: "command-post" },
    ],
  },
  { sentence: `وقال بوتين: «${AR_QUOTE}».`, claims: [{ text: AR_QUOTE, kind: "quote", value: normalizeStatement(AR_QUOTE), speaker: "بوتين" }] },
  { sentence: "وسيزور هولاند موسكو في 26 تشرين الثاني.", claims: [{ text: "26 تشرين الثاني", kind: "date", value: "2015-11-26" }] },
  { sentence: "وقتل أكثر من 240 ألف شخص منذ بدء الحرب.", claims: [{ text: "240 ألف", value: 240000, unit: "killed", qualifier: "over" }] },
];

type Edit = (s: SentenceSpec[]) => SentenceSpec[];

const replaceIn = (i: number, from: string, to: string, claim: Partial<SentenceSpec["claims"][number]> & { at: number }): Edit => (s) =>
  s.map((x, j) => {
    if (j !== i) return x;
    const sentence = x.sentence.replace(from, to);
    const claims = x.claims.map((c, k) => (k === claim.at ? { ...c, ...claim, text: c.text === from ? to : (claim.text ?? c.text) } : c));
    return { sentence, claims };
  });

function diffOf(source: string, base: SentenceSpec[], edit: Edit): DiffResult {
  return diffSnapshots(snapshot(article(source, base)), snapshot(article(source, edit(structuredClone(base)))));
}

describe.each([
  ["English", "wire", EN, { fig: ["2,289", "2,298"], neighbour: ["562", "526"], killed: "240,000", quote: EN_QUOTE, reworded: "We must draw up a plan for joint action with France" }],
  ["Arabic", "daily", AR, { fig: ["2289", "2298"], neighbour: ["562", "526"], killed: "240 ألف", quote: AR_QUOTE, reworded: "علينا أن نضع خطة للعمل المشترك مع فرنسا" }],
] as const)("claim changes (%s)", (_lang, source, base, w) => {
  const base_ = base as SentenceSpec[];
  const figIndex = (s: SentenceSpec[]) => s.findIndex((x) => x.sentence.includes(w.fig[0]));
  const quoteIndex = base_.findIndex((x) => x.claims.some((c) => c.kind === "quote"));
  const killedIndex = base_.findIndex((x) => x.sentence.includes(w.killed));
  const newFigure: SentenceSpec =
    source === "wire"
      ? { sentence: "Russia deployed 37 more aircraft to the base at Hmeimim.", claims: [{ text: "37", value: 37, unit: "aircraft" }] }
      : { sentence: "وسيتم تعزيز القوات المرابطة في سورية بـ 37 طائرة أخرى.", claims: [{ text: "37", value: 37, unit: "aircraft" }] };
  const lang = source === "wire" ? "en" : "ar";

  it.each<[string, Edit, string[]]>([
    ["nothing changed", (s) => s, []],
    [
      "a figure corrected in place",
      (s) => replaceIn(figIndex(s), w.fig[0], w.fig[1], { at: s[figIndex(s)]!.claims.findIndex((c) => c.text === w.fig[0]), value: 2298, min: 2298, max: 2298 })(s),
      [`changed ${w.fig[0]}>${w.fig[1]} [value]`],
    ],
    [
      "a neighbouring figure corrected: only that one moves",
      (s) => replaceIn(1, w.neighbour[0], w.neighbour[1], { at: 1, value: 526, min: 526, max: 526 })(s),
      [`changed ${w.neighbour[0]}>${w.neighbour[1]} [value]`],
    ],
    ["a sentence with a figure removed", (s) => s.filter((_, i) => i !== killedIndex), [`removed ${w.killed}> `.trimEnd()]],
    ["a paragraph with a new figure inserted at the top", (s) => [newFigure, ...filler(3, lang), ...s], ["added >37"]],
    ["paragraphs moved", (s) => [s[3]!, s[4]!, ...filler(2, lang), s[0]!, s[1]!, s[2]!], []],
    [
      "a quote reworded",
      (s) =>
        s.map((x, i) =>
          i === quoteIndex
            ? { sentence: x.sentence.replace(w.quote, w.reworded), claims: [{ ...x.claims[0]!, text: w.reworded, value: normalizeStatement(w.reworded) }] }
            : x,
        ),
      [`changed ${w.quote.split(" ").slice(0, 3).join(" ")}>${w.reworded.split(" ").slice(0, 3).join(" ")} [wording]`],
    ],
    [
      "a quote attributed to someone else",
      (s) => s.map((x, i) => (i === quoteIndex ? { ...x, claims: [{ ...x.claims[0]!, speaker: "Lavrov" }] } : x)),
      [`changed ${w.quote.split(" ").slice(0, 3).join(" ")}>${w.quote.split(" ").slice(0, 3).join(" ")} [speaker]`],
    ],
    [
      "a figure made approximate",
      (s) => replaceIn(1, "4", "4", { at: 0, qualifier: "approx", value: 4111, min: 4000, max: 4200 })(s),
      [`changed ${base_[1]!.claims[0]!.text}>${base_[1]!.claims[0]!.text} [value,qualifier]`],
    ],
    [
      "the sentence around an unchanged figure reworded",
      (s) =>
        s.map((x, i) =>
          i === 1 ? { ...x, sentence: source === "wire" ? x.sentence.replace("Some", "In all,").replace("were destroyed", "have been hit") : x.sentence.replace("ودمر", "وأصاب") } : x,
        ),
      [],
    ],
  ])("%s", (_name, edit, expected) => {
    expect(summary(diffOf(source, base_, edit))).toEqual(expected);
  });
});

describe("pairing", () => {
  const line = "Officials said 12 people were killed in the strike.";
  const claim = { text: "12", value: 12, unit: "killed" };
  const repeated: SentenceSpec[] = [
    { sentence: line, claims: [claim] },
    ...filler(4),
    { sentence: line, claims: [claim] },
    ...filler(4),
    { sentence: line, claims: [claim] },
  ];

  it.each<[string, (s: SentenceSpec[]) => SentenceSpec[], string[]]>([
    ["one of three identical sentences deleted", (s) => s.filter((_, i) => i !== 5), ["removed 12>"]],
    [
      "the middle copy of a repeated sentence corrected",
      (s) => s.map((x, i) => (i === 5 ? { sentence: x.sentence.replace("12", "14"), claims: [{ text: "14", value: 14, unit: "killed" }] } : x)),
      ["changed 12>14 [value]"],
    ],
  ])("%s", (_name, edit, expected) => {
    const before = article("a", repeated);
    const after = article("a", edit(repeated));
    const result = diffSnapshots(snapshot(before), snapshot(after));
    expect(summary(result)).toEqual(expected);
  });

  it("pairs identical claims one to one, the copy that changed with its own earlier version", () => {
    const before = article("a", repeated);
    const after = article("a", repeated.map((x, i) => (i === 5 ? { sentence: x.sentence.replace("12", "14"), claims: [{ text: "14", value: 14, unit: "killed" }] } : x)));
    const m = matchClaims(before, after);
    expect(m.pairs).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    const changed = diffSnapshots(snapshot(before), snapshot(after)).changes[0]!;
    expect([changed.before!.line, changed.after!.line]).toEqual([6, 6]);
  });

  it("pairs by wording when several quotes share a short frame (he said: «…»)", () => {
    const q = (text: string): SentenceSpec => ({ sentence: `He said: "${text}."`, claims: [{ text, kind: "quote", value: normalizeStatement(text), speaker: "Kerry" }] });
    const before = article("a", [q("The border must be closed now"), ...filler(3), q("Talks will resume in Vienna next week")]);
    const after = article("a", [...filler(3), q("Talks will resume in Geneva next week")]);
    expect(summary(diffSnapshots(snapshot(before), snapshot(after)))).toEqual(["removed The border must>", "changed Talks will resume>Talks will resume [wording]"]);
  });

  it("does not pair a removed figure with an unrelated added one of the same unit", () => {
    const before = article("a", [{ sentence: "Twelve soldiers and 30 civilians were killed in Aleppo on Monday, the observatory said.", claims: [{ text: "30", value: 30, unit: "killed" }] }]);
    const after = article("a", [{ sentence: "In a separate attack near the Turkish border, 7 people died.", claims: [{ text: "7", value: 7, unit: "killed" }] }]);
    expect(summary(diffSnapshots(snapshot(before), snapshot(after)))).toEqual(["removed 30>", "added >7"]);
  });

  it("keeps sources apart: the same sentence in another article is another claim", () => {
    const s: SentenceSpec[] = [{ sentence: "The ministry said 2,289 sorties were flown.", claims: [{ text: "2,289", value: 2289, unit: "sortie" }] }];
    const result = diffSnapshots(snapshot(article("a", s)), snapshot(article("b", s)));
    expect(result.changes.map((c) => `${c.change} ${c.source}`)).toEqual(["removed a", "added b"]);
  });

  it("lists a removed claim where it used to be, between its neighbours", () => {
    const before = article("a", EN);
    const after = article("a", [EN[0]!, EN[1]!, EN[3]!, EN[4]!]);
    const added = article("a", [{ sentence: "A new figure: 9 aircraft were lost.", claims: [{ text: "9", value: 9, unit: "aircraft" }] }]);
    const result = diffSnapshots(snapshot(before), snapshot([...after, ...added.map((c) => ({ ...c, start: c.start + 10_000, end: c.end + 10_000 }))]));
    expect(summary(result)).toEqual(["removed We must draw>", "added >9"]);
  });
});
