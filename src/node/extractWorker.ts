/**
 * Worker thread entry where the CLI runs unbundled (tsc's dist/, or the TypeScript sources through tsx); the
 * bundled CLI starts its workers from its own script instead (see threads.ts).
 */
import { serveExtraction } from "./serveExtraction.js";

serveExtraction();
