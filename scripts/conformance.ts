/**
 * npm run conformance: crosscheck's number recognition against Microsoft Recognizers-Text's number specs.
 *
 * Reads the spec files from $CROSSCHECK_PEER_SPECS or ../shared/peer-specs/recognizers-text (beside the
 * repository), prints per file the cases passed out of the cases applicable (with and without the families left
 * out on purpose, see CONFORMANCE.md) and the false-positive rate on cases that expect no number, and writes every
 * failure to conformance-failures.tmp at the repository root (git-ignored by "*.tmp"), or to --out <path>.
 * Exits 0 when the specs are absent (a plain clone has no ../shared).
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runConformance } from "./conformanceRun.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specDir = process.env.CROSSCHECK_PEER_SPECS
  ? resolve(process.env.CROSSCHECK_PEER_SPECS)
  : resolve(repo, "../shared/peer-specs/recognizers-text");
const outArg = process.argv.indexOf("--out");
const outPath = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1] as string) : join(repo, "conformance-failures.tmp");

const report = runConformance(specDir, outPath);
console.log(report.text);
