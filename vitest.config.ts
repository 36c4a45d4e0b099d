import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Tests must not depend on the wall clock or machine speed.
    testTimeout: 30_000,
    globalSetup: ["tests/setup/scratchTmp.ts"],
  },
});
