/**
 * Bytes of an article file to text. Editors save what their tools give them: UTF-8 with or without a byte
 * order mark, UTF-16 exports (with a byte order mark, sometimes without), and legacy Windows code pages for
 * Arabic (1256) and Western text (1252). Files that are not text at all (an image saved into the folder, a
 * Word document renamed .txt) are recognised and skipped. Every guess and every replaced byte is reported, so
 * the user knows which file to look at.
 */
import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  /** The encoding used, e.g. "utf-8", "utf-16le", "windows-1256"; "binary" when the file is not text. */
  encoding: string;
  /** Set when the file is not text (binary) and should be skipped. */
  binary?: boolean;
  /** Problems worth a warning (replacement characters, guessed encodings), one line each. */
  problems: string[];
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const UTF8_LOSSY = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** How much of the start of a file is looked at to tell text from binary and guess an encoding. */
const SAMPLE = 64 * 1024;

export function decode(bytes: Uint8Array): Decoded {
  const magic = binaryKind(bytes);
  if (magic) return binary(magic);

  const bom = byteOrderMark(bytes);
  if (bom) return finish(decodeWith(bytes.subarray(bom.length), bom.encoding), bom.encoding, []);

  const utf16 = bomlessUtf16(bytes);
  if (utf16) {
    const decoded = decodeWith(bytes, utf16);
    if (!looksLikeText(decoded.text)) return binary();
    return finish(decoded, utf16, [`no byte order mark; decoded as ${utf16.toUpperCase()}`]);
  }
  if (looksBinary(bytes)) return binary();

  try {
    return { text: UTF8.decode(bytes), encoding: "utf-8", problems: [] };
  } catch {
    // Not valid UTF-8: either UTF-8 with a few damaged bytes, or a legacy code page.
  }
  if (mostlyUtf8(bytes)) return finish(decodeWith(bytes, "utf-8"), "utf-8", []);
  return decodeLegacy(bytes);
}

function binary(kind?: string): Decoded {
  return { text: "", encoding: "binary", binary: true, problems: [`binary file${kind ? ` (${kind})` : ""}, not an article; skipped`] };
}

interface Text {
  text: string;
  /** Replacement characters the decoding put in (not those the file itself holds). */
  replaced: number;
}

function finish(decoded: Text, encoding: string, problems: string[]): Decoded {
  const n = decoded.replaced;
  if (n > 0) {
    problems.push(`${n} undecodable ${n === 1 ? "byte sequence" : "byte sequences"} replaced with U+FFFD (read as ${encoding.toUpperCase()})`);
  }
  return { text: decoded.text, encoding, problems };
}

/**
 * Decode, then make lone surrogates (from broken UTF-16) into U+FFFD so every later step and the UTF-8 output
 * see well-formed text; count every replacement the decoding made.
 */
function decodeWith(bytes: Uint8Array, encoding: string): Text {
  if (encoding === "utf-8") {
    const text = UTF8_LOSSY.decode(bytes);
    return { text, replaced: count(text, "\uFFFD") - literalUtf8Replacements(bytes) };
  }
  // iconv-lite drops a trailing odd byte of UTF-16 (or partial unit of UTF-32) silently; keep a trace of it.
  const unit = encoding.startsWith("utf-32") ? 4 : encoding.startsWith("utf-16") ? 2 : 1;
  const whole = bytes.length - (bytes.length % unit);
  const raw = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, whole), encoding, { stripBOM: false });
  const before = count(raw, "\uFFFD");
  const text = wellFormed(whole < bytes.length ? raw + "\uFFFD" : raw);
  // A single-byte code page has no U+FFFD of its own: every one there is a byte it does not define.
  const literal = unit === 1 ? 0 : literalUnits(bytes, encoding);
  return { text, replaced: count(text, "\uFFFD") - Math.min(literal, before) };
}

function byteOrderMark(b: Uint8Array): { encoding: string; length: number } | undefined {
  // UTF-32 LE starts like UTF-16 LE, so it is tested first.
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0 && b.length >= 4) return { encoding: "utf-32le", length: 4 };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: "utf-32be", length: 4 };
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/**
 * UTF-16 without a byte order mark: spaces, digits and Latin letters put a zero in every other byte, always
 * on the same side. Arabic text has them too (its spaces and punctuation), in the high byte of each unit.
 */
function bomlessUtf16(b: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(b.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  const units = n / 2;
  if (zeroOdd >= units * 0.1 && zeroEven <= units * 0.01) return "utf-16le";
  if (zeroEven >= units * 0.1 && zeroOdd <= units * 0.01) return "utf-16be";
  return undefined;
}

/** Well-known signatures of files that are not text, named so the warning says what the stray file is. */
const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG image"],
  [[0xff, 0xd8, 0xff], "JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "GIF image"],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], "PDF document"],
  [[0x50, 0x4b, 0x03, 0x04], "ZIP archive or Office document"],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "legacy Office document"],
  [[0x1f, 0x8b], "gzip archive"],
  [[0x7f, 0x45, 0x4c, 0x46], "executable"],
];

function binaryKind(b: Uint8Array): string | undefined {
  for (const [sig, kind] of SIGNATURES) {
    if (b.length >= sig.length && sig.every((x, i) => b[i] === x)) return kind;
  }
  // RIFF containers: WebP images, WAV and AVI files.
  if (b.length >= 12 && String.fromCharCode(...b.subarray(0, 4)) === "RIFF") {
    const form = String.fromCharCode(...b.subarray(8, 12));
    return form === "WEBP" ? "WebP image" : `RIFF ${form.replace(/[^\x20-\x7e]/g, "?")} file`;
  }
  return undefined;
}

/** A NUL byte, or more than a few control characters, do not occur in text in a single-byte or UTF-8 file. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, SAMPLE);
  const controls = controlBytes(b, n);
  return controls < 0 || (controls > 8 && controls > n * 0.02);
}

/**
 * Control bytes among the first n, or -1 at a NUL byte. A loop of its own: compiled while still in its first
 * call (on-stack replacement), a loop followed by code that had not run yet was thrown away at the end of
 * every later call and run again unoptimised.
 */
function controlBytes(b: Uint8Array, n: number): number {
  // A zero byte is looked for by the typed array's own search, and control bytes counted by table without a
  // branch: about twice as fast as testing each byte in turn.
  if (b.subarray(0, n).indexOf(0) >= 0) return -1;
  let controls = 0;
  for (let i = 0; i < n; i++) controls += CONTROL_BYTE[b[i]!]!;
  return controls;
}

/** 1 for each byte isControlByte() counts, else 0. */
const CONTROL_BYTE = (() => {
  const table = new Uint8Array(256);
  for (let c = 0; c < 256; c++) table[c] = isControlByte(c) ? 1 : 0;
  return table;
})();

/** C0 controls other than tab, line feed, form feed, carriage return and the old DOS end-of-file mark. */
function isControlByte(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1a) || c === 0x7f;
}

/** The same test on decoded text (used after a guessed UTF-16 decoding). */
function looksLikeText(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x100 && isControlByte(c)) || c === 0 || c === 0xfffd || (c >= 0xd800 && c <= 0xdfff)) bad++;
  }
  return bad <= n * 0.02;
}

/**
 * UTF-8 with some damage (a truncated copy, one stray byte) rather than a legacy code page: well-formed
 * multi-byte sequences far outnumber the stray bytes. Text in a code page almost never forms a valid
 * sequence: its letters (0xC0 and up) are followed by ASCII or by other letters, not by 0x80-0xBF.
 */
function mostlyUtf8(b: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= b.length;
    for (let k = 1; ok && k < len; k++) ok = (b[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return valid > 0 && valid >= invalid * 4;
}

/**
 * Not UTF-8: a legacy single-byte code page. Windows-1256 when the high bytes read as Arabic words there:
 * mostly Arabic letters, standing next to each other rather than inside Latin words. French or German text in
 * Windows-1252 has its accented letters between ASCII letters ("été", "Grüße"), which Windows-1256 would
 * also map partly to Arabic letters.
 */
function decodeLegacy(bytes: Uint8Array): Decoded {
  const arabic = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), "windows-1256");
  let high = 0;
  let arabicLetters = 0;
  let insideLatin = 0;
  for (let i = 0; i < arabic.length; i++) {
    const c = arabic.charCodeAt(i);
    if (c < 0x80) continue;
    high++;
    if (c >= 0x0600 && c <= 0x06ff) arabicLetters++;
    if (isAsciiLetter(arabic.charCodeAt(i - 1)) || isAsciiLetter(arabic.charCodeAt(i + 1))) insideLatin++;
  }
  if (high > 0 && arabicLetters >= high * 0.6 && insideLatin < high * 0.3) {
    return finish({ text: arabic, replaced: count(arabic, "\uFFFD") }, "windows-1256", ["not UTF-8; decoded as Windows-1256 (Arabic)"]);
  }
  const western = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), "windows-1252");
  return finish({ text: western, replaced: count(western, "\uFFFD") }, "windows-1252", ["not UTF-8; decoded as Windows-1252 (Western)"]);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Lone surrogates replaced with U+FFFD; a linear scan, and no copy when there are none. */
export function wellFormed(s: string): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    (out ??= []).push(s.slice(from, i), "\uFFFD");
    from = i + 1;
  }
  if (!out) return s;
  out.push(s.slice(from));
  return out.join("");
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** U+FFFD written in the file itself as UTF-8 (EF BF BD). */
function literalUtf8Replacements(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(0xef); i >= 0 && i + 2 < b.length; i = b.indexOf(0xef, i + 1)) {
    if (b[i + 1] === 0xbf && b[i + 2] === 0xbd) n++;
  }
  return n;
}

/** U+FFFD written in the file itself as a UTF-16 or UTF-32 unit. */
function literalUnits(b: Uint8Array, encoding: string): number {
  const pattern = {
    "utf-16le": [0xfd, 0xff],
    "utf-16be": [0xff, 0xfd],
    "utf-32le": [0xfd, 0xff, 0, 0],
    "utf-32be": [0, 0, 0xff, 0xfd],
  }[encoding];
  if (!pattern) return 0;
  let n = 0;
  for (let i = 0; i + pattern.length <= b.length; i += pattern.length) {
    if (pattern.every((x, k) => b[i + k] === x)) n++;
  }
  return n;
}
