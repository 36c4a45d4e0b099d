/** Where a word's stem starts once its clitic prefix is set aside ("بألفين" → "ألفين", "وأقل" → "أقل"). */
import type { Token } from "../../text/tokenize.js";

/** Characters one character folds to: none for Arabic marks and tatweel, one otherwise. */
function foldLength(c: string): number {
  const code = c.charCodeAt(0);
  if (code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x0610 && code <= 0x061a)) return 0;
  return 1;
}

/** Offset in the text where the stem of `token` starts after the folded clitic `prefix` (marks and tatweel skipped). */
export function stemStart(token: Token, prefix: string): number {
  if (!prefix) return token.start;
  let consumed = 0;
  let p = 0;
  const s = token.text;
  while (p < s.length && consumed < prefix.length) {
    consumed += foldLength(s[p] as string);
    p++;
  }
  while (p < s.length && foldLength(s[p] as string) === 0) p++;
  return token.start + p;
}
