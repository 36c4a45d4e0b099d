/**
 * The binary test counts control bytes by table and finds a NUL with the typed array's search: every ASCII
 * byte value must count as before (C0 controls but tab, line feed, form feed, carriage return and the DOS
 * end-of-file mark; DEL), the threshold (more than 8 and more than 2 % of the sample) and the 64 KiB sample
 * must hold, and a NUL only inside the sample makes a file binary.
 */
import { describe, expect, it } from "vitest";
import { decode } from "../../src/node/decode.js";

const CONTROLS = new Set([...Array.from({ length: 32 }, (_, c) => c).filter((c) => ![0x09, 0x0a, 0x0c, 0x0d, 0x1a].includes(c)), 0x7f]);

/** `n` bytes of letters with `count` copies of `byte` spread through them. */
function textWith(byte: number, count: number, n = 300): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = 0x61 + (i % 26);
  for (let k = 0; k < count; k++) b[5 + k * 7] = byte;
  return b;
}

describe("binary test by control bytes", () => {
  it("counts exactly the control bytes among all ASCII values", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x80; c++) {
      const binary = decode(textWith(c, 20)).binary === true;
      if (binary !== (c === 0 || CONTROLS.has(c))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ["8 control bytes in 300", textWith(0x01, 8), false],
    ["9 control bytes in 300", textWith(0x01, 9), true],
    ["9 control bytes in 1,000 (under 2 %)", textWith(0x01, 9, 1000), false],
    ["21 control bytes in 1,000", textWith(0x01, 21, 1000), true],
  ])("%s", (_name, bytes, binary) => {
    expect(decode(bytes).binary === true).toBe(binary);
  });

  it("reads only the first 64 KiB for NULs and control bytes", () => {
    const n = 70_000;
    const after = new Uint8Array(n).fill(0x61);
    for (let i = 65_536; i < 65_536 + 2000; i += 2) after[i] = 0x01;
    after[n - 1] = 0;
    expect(decode(after).binary).toBeUndefined();
    const inside = new Uint8Array(n).fill(0x61);
    inside[65_535] = 0;
    expect(decode(inside).binary).toBe(true);
  });
});
