/**
 * A full garbage collection on request. After alignment on thousands of articles, hundreds of megabytes of its
 * working data are garbage that the engine would collect only once rendering the report had piled more on
 * top: collecting first keeps the peak down. Node offers no call for it without a command-line flag; setting
 * the flag at run time makes one available in a new context. Where that fails, nothing happens.
 */
import v8 from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      const found: unknown = runInNewContext("gc");
      gc = typeof found === "function" ? (found as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
