/**
 * Speech readings (quotes, attributions, opening subjects) of a paragraph read before are shared with later
 * copies of its text (quotes/index.ts, SharedSpeech). What they read beyond the paragraph must decide whether
 * a kept reading is handed on: the names the article met before the paragraph, the first character of the
 * next paragraph (a quotation running on), and the speakers carried from earlier paragraphs (resolved per
 * article). Each case runs articles that share a paragraph in both orders, and holds every claim to a fresh
 * reading; each also checks that the fresh readings differ where the articles differ, so the case means
 * something.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Claim, SourceInput } from "../../src/core/types.js";
import { freshAndShared } from "./freshAndShared.js";
import { clearParagraphMemo, repeats } from "../../src/core/extract/repeats.js";
import { analyzeSpeech, type SpeechSlot } from "../../src/core/extract/quotes/index.js";
import { sentences } from "../../src/core/text/segment.js";
import { en } from "../../src/core/lang/en/index.js";

function article(id: string, lang: "en" | "ar", paragraphs: readonly string[]): SourceInput {
  const head = `---\npublished: 2024-05-02\nlang: ${lang}\n---\n`;
  return { id, path: `${id}.txt`, text: head + paragraphs.join("\n\n") + "\n", bodyStart: head.length, meta: { published: "2024-05-02", lang } };
}

afterEach(() => {
  repeats.on = true;
  clearParagraphMemo();
});

/** The claims of each article read fresh and read with the memo, in the order given (each article several times). */
function readBoth(sources: readonly SourceInput[]): { fresh: Claim[][]; shared: Claim[][] } {
  return freshAndShared([...sources, ...[...sources].reverse(), ...sources]);
}

/** The speaker of the quote claim whose text starts with `words`. */
function speakerOf(claims: readonly Claim[], words: string): string | undefined {
  const q = claims.find((c) => c.kind === "quote" && c.text.startsWith(words));
  expect(q, words).toBeDefined();
  return q!.speaker;
}

describe("speech of a repeated paragraph: shared readings give the claims of fresh ones", () => {
  it("a name met earlier in one article and not in the other (the names asked are part of the key)", () => {
    // "Demir stood …" names a person only where the article has named Demir as a speaker before; then "she"
    // is Demir, else the speaker carried from the paragraph before (Kaya in both articles).
    const shared = 'Demir stood by the river on Tuesday. "The old bridge is gone and the water keeps rising," she said.';
    const a = article("named", "en", ['"We will rebuild the town within a year," Demir said.', '"We must leave the valley before the storm," Kaya said.', shared]);
    const b = article("unnamed", "en", ['"We must leave the valley before the storm," Kaya said.', "Rain fell on Monday.", shared]);
    const { fresh } = readBoth([a, b]);
    expect(speakerOf(fresh[0]!, "The old bridge")).toBe("Demir");
    expect(speakerOf(fresh[1]!, "The old bridge")).toBe("Kaya");
  });

  it("a quotation that runs on into the next paragraph in one article and not in the other (the next paragraph's first character)", () => {
    // An unclosed quotation ends at its paragraph's end when the next paragraph opens with a mark of its kind,
    // else at the end of its first sentence.
    const open = "وقال لافروف للصحفيين: «لن نغادر هذه المدينة. ستبقى قواتنا هنا حتى نهاية المحادثات";
    const a = article("runs-on", "ar", [open, "«ولن نتراجع عن موقفنا في هذه المفاوضات أبدا»، أضاف."]);
    const b = article("stops", "ar", [open, "وتنتهي المحادثات يوم الجمعة المقبل في جنيف."]);
    const { fresh } = readBoth([a, b]);
    const first = (claims: readonly Claim[]) => claims.find((c) => c.kind === "quote" && c.text.startsWith("لن نغادر"))?.text;
    expect(first(fresh[0]!)).not.toEqual(first(fresh[1]!));
  });

  it("the same paragraph after two articles that named different people before it (carry-over is per article)", () => {
    const shared = '"The border crossing will stay closed until further notice," he added.';
    const a = article("first", "en", ["Interior Minister Ahmed Saleh said on Sunday that talks had failed.", shared]);
    const b = article("second", "en", ["Army spokesman John Miller said on Sunday that talks had failed.", shared]);
    const { fresh } = readBoth([a, b]);
    expect(speakerOf(fresh[0]!, "The border crossing")).toContain("Ahmed Saleh");
    expect(speakerOf(fresh[1]!, "The border crossing")).toContain("John Miller");
  });
});

describe("speech of a repeated paragraph: the sentences it was read with are part of the key", () => {
  // The extractor hands a paragraph's copies the sentences kept with its text (repeats.ts's sentencesIn), so
  // there they are always the same; analyzeSpeech itself takes any split, and a kept reading counts
  // attributions and speakers per sentence of the split it was read with.
  it("a kept reading is not handed to the same paragraph split another way", () => {
    const text = 'Demir spoke to reporters on Monday. "The old bridge is gone and the water keeps rising," she said.';
    const para = { start: 0, end: text.length };
    const two = sentences(text, para, (w) => en.abbreviations.has(w));
    expect(two.length).toBe(2);
    const one = [para];
    for (const [first, second] of [
      [two, one],
      [one, two],
    ]) {
      const slot: SpeechSlot = { speech: undefined };
      analyzeSpeech(text, [para], [first!], en, undefined, [slot]);
      expect(slot.speech).toBeDefined();
      const kept = analyzeSpeech(text, [para], [second!], en, undefined, [slot]);
      expect(kept).toEqual(analyzeSpeech(text, [para], [second!], en));
    }
    expect(analyzeSpeech(text, [para], [one], en).speakers).not.toEqual(analyzeSpeech(text, [para], [two], en).speakers);
  });
});
