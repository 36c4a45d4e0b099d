import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, wellFormed } from "../../src/node/decode.js";

const AR = "قالت وزارة الدفاع إن الطائرات نفذت 2289 طلعة قتالية منذ 30 أيلول.";
const EN = "The ministry said 2,289 sorties were flown since September 30.";
const FR = "Le ministère a déclaré que 2 289 sorties ont été effectuées depuis le 30 septembre.";
const DE = "Das Ministerium erklärte, seit dem 30. September seien 2289 Einsätze geflogen worden. Grüße aus München.";

const bytes = (...parts: (number[] | Buffer | string)[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decoding article files", () => {
  it.each([
    ["UTF-8 Arabic without BOM", bytes(AR), "utf-8", AR],
    ["UTF-8 English without BOM", bytes(EN), "utf-8", EN],
    ["UTF-8 with BOM", bytes([0xef, 0xbb, 0xbf], AR), "utf-8", AR],
    ["UTF-16 LE with BOM (Arabic)", bytes([0xff, 0xfe], iconv.encode(AR, "utf-16le")), "utf-16le", AR],
    ["UTF-16 BE with BOM (Arabic)", bytes([0xfe, 0xff], iconv.encode(AR, "utf-16be")), "utf-16be", AR],
    ["UTF-16 LE with BOM (English)", bytes([0xff, 0xfe], iconv.encode(EN, "utf-16le")), "utf-16le", EN],
    ["UTF-32 LE with BOM", bytes([0xff, 0xfe, 0, 0], iconv.encode(AR, "utf-32le")), "utf-32le", AR],
    ["an empty file", bytes(), "utf-8", ""],
    ["a byte order mark alone", bytes([0xef, 0xbb, 0xbf]), "utf-8", ""],
  ])("%s", (_name, input, encoding, text) => {
    const d = decode(input);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
    expect(d.binary).toBeUndefined();
    expect(d.problems).toEqual([]);
  });

  it.each([
    ["Windows-1256 Arabic", iconv.encode(AR, "windows-1256"), "windows-1256", AR, /Windows-1256/],
    ["Windows-1256 Arabic, one line with a Latin name", iconv.encode(`${AR} (Reuters)`, "windows-1256"), "windows-1256", `${AR} (Reuters)`, /Windows-1256/],
    ["Windows-1252 French", iconv.encode(FR, "windows-1252"), "windows-1252", FR, /Windows-1252/],
    ["Windows-1252 German", iconv.encode(DE, "windows-1252"), "windows-1252", DE, /Windows-1252/],
    ["UTF-16 LE without BOM (English)", iconv.encode(EN, "utf-16le"), "utf-16le", EN, /no byte order mark/],
    ["UTF-16 LE without BOM (Arabic)", iconv.encode(AR, "utf-16le"), "utf-16le", AR, /no byte order mark/],
    ["UTF-16 BE without BOM (Arabic)", iconv.encode(AR, "utf-16be"), "utf-16be", AR, /no byte order mark/],
  ])("%s is detected and said so", (_name, input, encoding, text, problem) => {
    const d = decode(input);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0]).toMatch(problem);
  });

  it.each([
    // A copy cut in the middle of a two-byte Arabic letter, then more text.
    ["UTF-8 with a broken sequence", bytes("قال ", [0xd8], " 2289 طلعة"), "utf-8", "قال \uFFFD 2289 طلعة", 1],
    ["UTF-8 with BOM and two stray bytes", bytes([0xef, 0xbb, 0xbf], "a ", [0xff, 0xfe], " b"), "utf-8", "a \uFFFD\uFFFD b", 2],
    ["Windows-1252 with a byte it does not define", bytes(iconv.encode("Caf\u00e9 ", "windows-1252"), [0x81], " 12"), "windows-1252", "Café \uFFFD 12", 1],
    ["UTF-16 LE with a lone surrogate", bytes([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x42, 0]), "utf-16le", "A\uFFFDB", 1],
    ["UTF-16 LE with an odd byte at the end", bytes([0xff, 0xfe, 0x41, 0, 0x42, 0, 0x43]), "utf-16le", "AB\uFFFD", 1],
  ])("%s: bytes replaced, counted in one warning", (_name, input, encoding, text, n) => {
    const d = decode(input);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
    expect(d.problems.join("\n")).toContain(`${n} undecodable byte sequence`);
  });

  it.each([
    ["UTF-8", bytes("bad \uFFFD char")],
    ["UTF-16 LE", bytes([0xff, 0xfe], iconv.encode("bad \uFFFD char", "utf-16le"))],
  ])("a U+FFFD the file itself holds (%s) is not reported as damage", (_name, input) => {
    const d = decode(input);
    expect(d.text).toBe("bad \uFFFD char");
    expect(d.problems).toEqual([]);
  });

  it.each([
    ["PNG image", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /PNG image/],
    ["JPEG image", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), /JPEG image/],
    ["GIF image", bytes("GIF89a", [1, 0, 1, 0]), /GIF image/],
    ["PDF", bytes("%PDF-1.7\n%\u00e2\u00e3\n"), /PDF document/],
    ["Word document renamed .txt", bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), /ZIP archive or Office document/],
    ["WebP image", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 "), /WebP image/],
    ["unknown bytes with NULs", bytes("abc", [0, 1, 2, 3, 0, 0, 0x9c, 0xff, 0], "def"), /^binary file, not an article; skipped$/],
    ["control characters", bytes(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41 + (i % 26)))), /^binary file/],
  ])("%s is binary and skipped", (_name, input, message) => {
    const d = decode(input);
    expect(d.binary).toBe(true);
    expect(d.text).toBe("");
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0]).toMatch(message);
  });

  it("keeps form feeds, tabs and a DOS end-of-file mark as text", () => {
    const d = decode(bytes("page one\f\npage\ttwo\r\n\x1a"));
    expect(d.binary).toBeUndefined();
    expect(d.text).toBe("page one\f\npage\ttwo\r\n\x1a");
  });

  it("wellFormed keeps pairs and replaces only lone halves", () => {
    expect(wellFormed("a😀b")).toBe("a😀b");
    expect(wellFormed("\uD83Da\uDE00")).toBe("\uFFFDa\uFFFD");
    expect(wellFormed("end\uD83D")).toBe("end\uFFFD");
  });
});
