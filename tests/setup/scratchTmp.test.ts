import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

it("tests make their scratch folders inside the run's own folder, which the run removes", () => {
  expect(path.basename(tmpdir())).toMatch(/^crosscheck-tests-/);
});
