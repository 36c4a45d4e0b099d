/**
 * Article text is untrusted: it lands in a Markdown report that people open on GitHub. Everything from an
 * article goes through `md()` so it renders as the literal text it is: no HTML, no links, no emphasis, no
 * table breaks, no headings or lists, no invisible reordering of the line.
 */

// Direction overrides and isolates can make a line display in an order other than its text ("Trojan Source").
const BIDI_OVERRIDES = /[\u202A-\u202E\u2066-\u2069]/g;
// Control characters other than tab would break lines or render as garbage.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Punctuation that Markdown or GitHub's extensions give a meaning anywhere in a line: code, emphasis,
// strikethrough, links and images, table cells, math.
const MARKDOWN_PUNCT = /[\\`*{}[\]|~$]/g;
// An underscore inside a word never starts emphasis in GitHub Markdown; elsewhere it may.
const LOOSE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
// What a line may start with to become a heading, list item, rule or setext underline; an ordered list
// marker is the digits and the "." or ")" after them, and only that mark can be escaped.
const LINE_START_MARK = /^(\s*)([#+\-=*_])/;
const LINE_START_ORDERED = /^(\s*\d{1,9})([.)])(?=\s|$)/;

// Any character or sequence one of md()'s replacements acts on (a superset: "www." without the word boundary,
// any underscore). Most text from an article holds none, and then all ten passes would change nothing.
const ANY_ESCAPE = /[\u202A-\u202E\u2066-\u2069\u0000-\u001F\u007F-\u009F&<>\\`*{}[\]|~$_]|:\/\/|www\./i;

/** Article text as inline Markdown, safe in paragraphs, blockquotes and table cells. */
export function md(text: string): string {
  return ANY_ESCAPE.test(text) ? escapeAll(text) : text;
}

/** md() by every replacement in turn, whether or not the text needs any (exported for the test of md()). */
export function escapeAll(text: string): string {
  return text
    .replace(BIDI_OVERRIDES, "")
    .replace(/[\r\n\t]+/g, " ")
    .replace(CONTROLS, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MARKDOWN_PUNCT, (c) => "\\" + c)
    .replace(LOOSE_UNDERSCORE, "\\_")
    // Bare URLs become links on GitHub; break the pattern without changing what is shown.
    .replace(/:\/\//g, ":\\/\\/")
    .replace(/\bwww\./gi, (w) => w.slice(0, 3) + "\\.");
}

/**
 * Markdown that starts a line (a paragraph of its own): also keeps a leading "#", "-", "+" or "1." from making a
 * heading or a list. Use it only there; inline, a backslash before a digit would show.
 */
export function atLineStart(markdown: string): string {
  return markdown.replace(LINE_START_MARK, (_m, space: string, mark: string) => `${space}\\${mark}`).replace(LINE_START_ORDERED, "$1\\$2");
}

// Characters that would move the cursor, break a line or reorder what follows when printed as they are.
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * A file name or path as one visible line: control characters (a newline or a terminal escape sequence in a
 * file name), line separators and direction controls become "\u{…}" escapes, so a warning stays one line and
 * shows the name as it is stored.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}}`);
}

/** Text as an inline code span that shows it exactly: the fence is longer than any run of backticks inside. */
export function codeSpan(text: string): string {
  const flat = printable(text);
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || (flat.startsWith(" ") && flat.endsWith(" ") && flat.trim() !== "") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A link target built from a file path: every segment percent-encoded, so no path can become a scheme. */
export function hrefOf(path: string, line?: number): string {
  return line === undefined ? safeHref(path) : lineHref(path) + line;
}

/** hrefOf(path, line) without the line number at its end: a prefix to reuse for every line of one file. */
export function lineHref(path: string): string {
  const plain = /\.(md|markdown)$/i.test(path) ? "?plain=1" : "";
  return `${safeHref(path)}${plain}#L`;
}

function safeHref(path: string): string {
  const encoded = path
    .split("/")
    // encodeURIComponent leaves ( ) ' ! * alone; an unbalanced parenthesis would end the link early.
    .map((seg) => (seg === ".." || seg === "." ? seg : encodeURIComponent(seg).replace(/[()'!*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase())))
    .join("/");
  return /^[a-z][a-z0-9+.-]*:/i.test(encoded) ? `./${encoded}` : encoded;
}
