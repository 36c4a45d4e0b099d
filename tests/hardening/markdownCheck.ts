/**
 * Structural checks of a rendered report, used by the escaping and golden tests: what GitHub would do with the
 * Markdown, reduced to the properties that matter when article text is hostile.
 */

/** HTML tags the report itself writes; any other tag came from an article. */
export const OWN_TAGS = new Set(["b", "del", "ins", "details", "summary"]);

/** Inline code spans removed (their content is shown literally, so it is not markup). */
function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, "");
}

/** Pipes that split table cells: those not escaped by an odd number of backslashes. */
export function cellSeparators(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] !== "|") continue;
    let slashes = 0;
    for (let k = i - 1; k >= 0 && row[k] === "\\"; k--) slashes++;
    if (slashes % 2 === 0) n++;
  }
  return n;
}

/** Every table row whose cell count differs from its header's, as "line N: got x, want y". */
export function tableProblems(markdown: string): string[] {
  const lines = markdown.split("\n");
  const problems: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.startsWith("|") || !/^\|(\s*:?-+:?\s*\|)+\s*$/.test(lines[i + 1]!)) continue;
    const want = cellSeparators(lines[i]!);
    if (cellSeparators(lines[i + 1]!) !== want) problems.push(`line ${i + 2}: delimiter row does not match its header`);
    let j = i + 2;
    for (; j < lines.length && lines[j]!.startsWith("|"); j++) {
      const got = cellSeparators(lines[j]!);
      if (got !== want) problems.push(`line ${j + 1}: ${got} cell separators, header has ${want}`);
    }
    i = j - 1;
  }
  return problems;
}

/** Tag names of raw HTML in the report that the report did not write itself, and HTML comments or declarations. */
export function foreignHtml(markdown: string): string[] {
  const found: string[] = [];
  for (const line of markdown.split("\n")) {
    const text = withoutCodeSpans(line);
    for (const m of text.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)/g)) {
      if (!OWN_TAGS.has(m[2]!.toLowerCase())) found.push(m[0]);
    }
    for (const m of text.matchAll(/<[!?]/g)) found.push(m[0]);
  }
  return found;
}

/** Link destinations that carry a scheme (javascript:, data:, http:) and bare web addresses: the report only links to source files. */
export function schemeLinks(markdown: string): string[] {
  const found: string[] = [];
  for (const line of markdown.split("\n")) {
    // Escaped characters are literal text: blank them out so "\\[x](y)" is not taken for a link.
    const text = withoutCodeSpans(line).replace(/\\[\s\S]/g, "__");
    for (const m of text.matchAll(/\[[^\]]*\]\(<?([^)\s>]*)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(m[1]!)) found.push(m[1]!);
    }
    for (const m of text.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)) found.push(m[1]!);
    // GitHub turns bare web addresses into links too.
    for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)\S*/gi)) found.push(m[0]);
  }
  return found;
}

/**
 * Lines whose start Markdown would read as a block the report did not mean: headings, quotes, lists, HTML,
 * code. Inside the report's own blockquotes ("> " then a sentence) the sentence is checked the same way.
 */
export function strayBlocks(markdown: string): string[] {
  const own = [/^# Crosscheck report$/, /^## [A-Z]/, /^### \d+\. /, /^> \*\*/, /^>$/, /^- /, /^\| /, /^\|-/, /^<details><summary>/, /^<\/details>$/];
  const block = /^ {0,3}(#{1,6}(\s|$)|>|[-+*](\s|$)|\d{1,9}[.)](\s|$)|<|`{3}|~{3}|=+\s*$|-+\s*$)|^\s{4}/;
  // Inline tags the report writes may open a quoted sentence ("<b>129</b> killed"); a line holding only a tag would start an HTML block.
  const ownInline = /^<\/?(b|del|ins)>(?!\s*$)/;
  return markdown.split("\n").filter((l) => {
    if (l.startsWith("> ") && !/^> \*\*/.test(l)) {
      const inner = l.slice(2);
      return block.test(inner) && !ownInline.test(inner);
    }
    return block.test(l) && !own.some((re) => re.test(l));
  });
}
