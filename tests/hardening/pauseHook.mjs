/**
 * Test-only preload for the kill-safety test: stops the CLI at an exact point of writing its outputs so the
 * test can kill it there, instead of hoping a random signal lands inside a window of a few milliseconds.
 * CROSSCHECK_PAUSE_AT says where: "write:N" (halfway through writing the N-th output file's bytes) or
 * "rename:N" (before the N-th rename). On arrival the hook creates the file named by CROSSCHECK_PAUSE_SIGNAL
 * and waits forever. Production code never loads this.
 */
import { promises as fs, writeFileSync } from "node:fs";

const [point, nth] = (process.env.CROSSCHECK_PAUSE_AT ?? "").split(":");
const signal = process.env.CROSSCHECK_PAUSE_SIGNAL;
const forever = () => new Promise(() => setInterval(() => {}, 1 << 30));
const arrive = () => {
  writeFileSync(signal, String(process.pid));
  return forever();
};

let writes = 0;
let renames = 0;

if (point === "write") {
  const open = fs.open;
  fs.open = async (...args) => {
    const handle = await open(...args);
    const writeFile = handle.writeFile.bind(handle);
    handle.writeFile = async (data, options) => {
      if (++writes !== Number(nth)) return writeFile(data, options);
      const bytes = Buffer.from(String(data), "utf8");
      await handle.write(bytes.subarray(0, bytes.length >> 1));
      return arrive();
    };
    return handle;
  };
}

if (point === "rename") {
  const rename = fs.rename;
  fs.rename = async (...args) => {
    if (++renames === Number(nth)) return arrive();
    return rename(...args);
  };
}
