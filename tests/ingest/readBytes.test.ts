/**
 * readSource reads a file with the size fstat gave (no second fstat): every size around the buffer pool's
 * edges and the read chunk sizes must come back whole and unchanged.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSource } from "../../src/node/sources.js";

const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readSource reads whole files", () => {
  it.each([1, 2, 4095, 4096, 4097, 8191, 8192, 8193, 65_536, 65_537, 300_001])("%i bytes of Arabic and Latin text", (size) => {
    const unit = "قال 12 a\n";
    let text = "";
    while (Buffer.byteLength(text) + Buffer.byteLength(unit) <= size) text += unit;
    text += "x".repeat(size - Buffer.byteLength(text));
    expect(Buffer.byteLength(text)).toBe(size);
    const file = path.join(dir, `f${size}.txt`);
    writeFileSync(file, text);
    const read = readSource(file, dir);
    expect(read.warnings).toEqual([]);
    expect(read.source?.text).toBe(text);
  });

  it("an empty file is skipped with its warning", () => {
    const file = path.join(dir, "empty.txt");
    writeFileSync(file, "");
    expect(readSource(file, dir)).toEqual({ warnings: [{ path: "empty.txt", message: "empty file; skipped" }] });
  });
});
