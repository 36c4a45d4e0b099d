/**
 * md() skips its ten replacements when a text holds nothing any of them acts on (report/escape.ts). Checked
 * against every replacement run in turn, on random text over the characters that matter and on every
 * sentence and title of the seed report.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { escapeAll, md } from "../../src/core/report/escape.js";
import type { Claim, SourceInfo } from "../../src/core/types.js";

const seeds = JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as { claims: Claim[]; sources: SourceInfo[] };

// Each replacement's characters, their neighbours, letters of both scripts, digits and spaces.
const pieces = [
  "\u202A", "\u202E", "\u2066", "\u2069", "\u2028", "\r", "\n", "\t", "\u0000", "\u0008", "\u000B", "\u001F", "\u007F", "\u009F", "\u00A0",
  "&", "<", ">", "\\", "`", "*", "{", "}", "[", "]", "|", "~", "$", "_", "#", "-", "+", ".", ":", "/", "://", "www.", "WwW.", "xwww.",
  "a", "Z", "é", "٣", "7", " ", "قال", "الوزير", "http", "ftp",
];

describe("md() of text that needs no escape", () => {
  it("equals every replacement in turn, on random text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(md(text)).toBe(escapeAll(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["plain Latin", "The ministry said 40 people died", false],
    ["plain Arabic", "وقالت الوزارة إن 40 شخصا قتلوا", false],
    ["a link", "see https://example.org", true],
    ["www without a scheme", "see WWW.example.org", true],
    ["an underscore inside a word", "snake_case", false],
    ["an underscore after a space", "a _b", true],
    ["a tab", "a\tb", true],
    ["a direction override", "a\u202Eb", true],
  ])("%s: changed %s", (_, text, changed) => {
    expect(md(text)).toBe(escapeAll(text));
    expect(md(text) !== text).toBe(changed);
  });

  it("equals every replacement in turn on the seed report's text", () => {
    const texts = [...seeds.claims.flatMap((c) => [c.sentence, c.text, c.speaker ?? ""]), ...seeds.sources.flatMap((s) => [s.title ?? "", s.outlet ?? "", s.path])];
    expect(texts.length).toBeGreaterThan(100);
    for (const t of texts) expect(md(t)).toBe(escapeAll(t));
  });
});
