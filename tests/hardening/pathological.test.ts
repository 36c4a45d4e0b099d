import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.js";
import { MAX_CLAIMS } from "../../src/core/extract/limits.js";
import { renderJson } from "../../src/core/report/json.js";
import { renderMarkdown } from "../../src/core/report/markdown.js";
import { md } from "../../src/core/report/escape.js";
import { normalizeStatement } from "../../src/core/text/normalize.js";
import type { SourceInput } from "../../src/core/types.js";
import { foreignHtml, tableProblems } from "./markdownCheck.js";
import { PATHOLOGICAL } from "./pathological.js";

const GOOD: Record<"ar" | "en", string> = {
  ar: "قالت وزارة الدفاع الروسية إن الطائرات نفذت 2289 طلعة قتالية منذ 30 أيلول 2015، ودمرت 4111 هدفا.",
  en: "The ministry said 2,289 sorties were flown since September 30, 2015, and 4,111 targets destroyed.",
};

// No timing assertions: on these inputs a quadratic step takes hours, so the test timeout is the check.
describe("pathological text goes through the whole pipeline", () => {
  it.each(PATHOLOGICAL)("%s", (_name, make, lang) => {
    const text = make();
    const inputs: SourceInput[] = [
      { id: "bad", path: "src/bad.txt", text, bodyStart: 0, meta: { lang } },
      { id: "good", path: "src/good.txt", text: GOOD[lang], bodyStart: 0, meta: { lang } },
    ];
    const analysis = analyze(inputs);
    const bad = analysis.claims.filter((c) => c.source === "bad");
    expect(bad.length).toBeLessThanOrEqual(MAX_CLAIMS);
    expect(analysis.claims.some((c) => c.source === "good" && c.value === 2289)).toBe(true);
    for (const c of analysis.claims) for (const n of [c.value, c.min, c.max]) if (typeof n === "number") expect(Number.isFinite(n)).toBe(true);

    const json = renderJson(analysis);
    expect(json).not.toMatch(/\b(NaN|Infinity)\b/);
    expect(JSON.parse(json).claims).toHaveLength(analysis.claims.length);
    const report = renderMarkdown(analysis, { sourceLink: (s) => `../${s.path}` });
    expect(tableProblems(report)).toEqual([]);
    expect(foreignHtml(report)).toEqual([]);

    // The text utilities a report applies to article text, on the whole input at once.
    expect(md(text)).not.toMatch(/[\r\n]/);
    expect(typeof normalizeStatement(text)).toBe("string");
  });

  it("says which file held a number too large to check", () => {
    const [, make, lang] = PATHOLOGICAL.find(([name]) => name === "a million-digit run")!;
    const analysis = analyze([{ id: "bad", path: "src/bad.txt", text: make(), bodyStart: 0, meta: { lang } }]);
    expect(analysis.warnings).toContainEqual({ path: "src/bad.txt", message: "a number too large to check at line 1; skipped" });
  });
});
