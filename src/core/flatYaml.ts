/**
 * A reader for the front matter nearly every article carries: flat `key: value` lines (and whole-line
 * comments) with plain, single- or double-quoted one-line values. It gives what the `yaml` library (core
 * schema, repeated keys allowed) gives for such text, at a small part of its cost, and answers `undefined` for
 * anything it is not sure of (indented or continued lines, comments after values, block scalars, flow
 * collections, anchors, tags, escapes, numbers, booleans, unusual characters), which the caller then hands to
 * the library. tests/ingest/flatYaml.test.ts holds the two to the same answers.
 */

/** A key the library reads as the same string: a plain word, never a null, boolean or number. */
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Longest implicit key the library accepts is 1,024 characters; well below that is plenty for field names. */
const MAX_KEY = 256;
/** Plain scalars the core schema reads as null. */
const NULL_WORDS = new Set(["~", "null", "Null", "NULL"]);
/** Plain scalars the core schema reads as something else than a string, or may: booleans, and anything a number could start with. */
const MAYBE_NOT_TEXT = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE|[-+.0-9].*)$/s;
/** A calendar date, which the core schema (unlike YAML 1.1) keeps as a string. */
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** Characters that make a plain scalar start something else (sequence, mapping, flow, alias, tag, quote, block, directive, reserved). */
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`]/;

export function readFlatYaml(text: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (!isSafe(line)) return undefined;
    if (line.trim() === "") {
      if (line !== "") return undefined;
      continue;
    }
    // A whole-line comment between entries (the seeds carry one) ends nothing: every value is one line.
    if (line[0] === "#") continue;
    const colon = line.indexOf(":");
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon);
    if (key.length > MAX_KEY || !KEY.test(key) || key === "__proto__" || NULL_WORDS.has(key) || MAYBE_NOT_TEXT.test(key)) return undefined;
    // A repeated key takes the later value, as the library does with uniqueKeys off (the bench corpus repeats outlet).
    const rest = line.slice(colon + 1);
    if (rest === "") {
      data[key] = null;
      continue;
    }
    if (rest[0] !== " ") return undefined;
    const value = scalar(rest.replace(/^ +/, ""));
    if (value === undefined) return undefined;
    data[key] = value;
  }
  return data;
}

/** The value after "key: ", or undefined when it is not one of the simple forms. */
function scalar(raw: string): string | null | undefined {
  const trimmed = raw.replace(/[ \t]+$/, "");
  if (trimmed === "") return null;
  const q = trimmed[0];
  if (q === '"' || q === "'") {
    // One quoted value and nothing after it; no escapes, no inner quote of the same kind.
    if (trimmed.length < 2 || trimmed[trimmed.length - 1] !== q) return undefined;
    const inner = trimmed.slice(1, -1);
    if (inner.includes(q) || (q === '"' && inner.includes("\\"))) return undefined;
    return inner;
  }
  if (INDICATOR_FIRST.test(trimmed)) return undefined;
  // A comment, a nested key or a tab anywhere would change the reading.
  if (trimmed.includes(" #") || trimmed.includes(": ") || trimmed.endsWith(":") || trimmed.includes("\t")) return undefined;
  if (NULL_WORDS.has(trimmed)) return null;
  if (MAYBE_NOT_TEXT.test(trimmed) && !DATE.test(trimmed)) return undefined;
  return trimmed;
}

/**
 * Only printable characters the library reads as themselves: no control characters (tab aside), no byte order
 * mark, no surrogates (paired or not), no non-characters U+FFFE and U+FFFF, no line or paragraph separators.
 */
function isSafe(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x20 ? c !== 9 : c >= 0x7f && c <= 0x9f) return false;
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if (c === 0xfeff || c === 0xfffe || c === 0xffff || c === 0x2028 || c === 0x2029) return false;
  }
  return true;
}
