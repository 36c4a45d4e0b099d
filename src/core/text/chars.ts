/** Character classes shared by every language: digits in all scripts, Arabic letters and marks. */

const ARABIC_INDIC_ZERO = 0x0660; // ٠
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0; // ۰ (Persian and Urdu)

/** Arabic decimal separator "٫" and thousands separator "٬". */
export const ARABIC_DECIMAL_SEPARATOR = "\u066B";
export const ARABIC_THOUSANDS_SEPARATOR = "\u066C";

/** Value 0-9 of a decimal digit in Western, Arabic-Indic or Extended Arabic-Indic form, else -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) return code - ARABIC_INDIC_ZERO;
  if (code >= EXTENDED_ARABIC_INDIC_ZERO && code <= EXTENDED_ARABIC_INDIC_ZERO + 9) return code - EXTENDED_ARABIC_INDIC_ZERO;
  return -1;
}

/** Replace Arabic-Indic digits with ASCII ones; the string keeps its length, so offsets stay valid. */
export function toAsciiDigits(s: string): string {
  let out = "";
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c > 0x39 ? digitValue(c) : -1;
    if (d >= 0) {
      out += String.fromCharCode(0x30 + d);
      changed = true;
    } else out += s[i];
  }
  return changed ? out : s;
}

/** Letters of the Arabic script (including Persian and Urdu additions), not digits or punctuation. */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    code === 0x06d5 ||
    (code >= 0x06fa && code <= 0x06fc) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/**
 * Invisible direction marks and embeddings. Editors paste them around numbers in right-to-left text
 * ("25799\u202A,\u202A52"); they carry no meaning for us and must not split a number.
 */
export const BIDI_CONTROLS = "\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069";


/** One to three capitals, as glued before a currency sign to name the currency ("E£", "US$", "HK$"). */
export function isCurrencyLetters(text: string): boolean {
  return /^\p{Lu}{1,3}$/u.test(text);
}

const CAPITALISED = /^\p{Lu}/u;

/** Whether a word starts with a capital letter: a name in English ("Butte County"), never in Arabic script. */
export function isCapitalised(text: string): boolean {
  return CAPITALISED.test(text);
}
