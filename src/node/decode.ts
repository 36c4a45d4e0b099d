/**
 * Bytes of an article file to text. Editors save what their tools give them: UTF-8 with or without a byte
 * order mark, UTF-16 exports, and legacy Windows code pages for Arabic (1256) and Western text (1252).
 */
import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  /** The encoding used, e.g. "utf-8", "utf-16le", "windows-1256". */
  encoding: string;
  /** Set when the file is not text (binary) and should be skipped. */
  binary?: boolean;
  /** Problems worth a warning (replacement characters, guessed encodings). */
  problems: string[];
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "utf-16le", problems: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "utf-16be", problems: [] };
  }
  if (looksBinary(bytes)) return { text: "", encoding: "binary", binary: true, problems: ["binary file, not an article; skipped"] };
  try {
    return { text: UTF8.decode(bytes), encoding: "utf-8", problems: [] };
  } catch {
    return decodeLegacy(bytes);
  }
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: UTF8.decode(bytes), encoding: "utf-8", problems: [] };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    return { text, encoding: "utf-8", problems: ["invalid UTF-8 bytes replaced with U+FFFD"] };
  }
}

/**
 * Not UTF-8: a legacy single-byte code page. Windows-1256 if the high bytes decode to mostly Arabic letters,
 * else Windows-1252.
 */
function decodeLegacy(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes);
  const arabic = iconv.decode(buf, "windows-1256");
  let high = 0;
  let arabicLetters = 0;
  for (let i = 0; i < arabic.length; i++) {
    const c = arabic.charCodeAt(i);
    if (c < 0x80) continue;
    high++;
    if (c >= 0x0600 && c <= 0x06ff) arabicLetters++;
  }
  if (high > 0 && arabicLetters / high >= 0.6) {
    return { text: arabic, encoding: "windows-1256", problems: ["not UTF-8; decoded as Windows-1256 (Arabic)"] };
  }
  return { text: iconv.decode(buf, "windows-1252"), encoding: "windows-1252", problems: ["not UTF-8; decoded as Windows-1252"] };
}

/** NUL bytes do not occur in text files other than UTF-16, which carries a byte order mark here. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return nul > 0;
}
