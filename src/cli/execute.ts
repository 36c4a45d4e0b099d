/**
 * The command line, as a function: `execute(argv)` parses, runs and returns the exit code, writing to the
 * streams it is given. Exit codes: 0 ok, 1 changes found (diff, report --check), 2 usage or input error.
 */
import yargs from "yargs";
import { UserError } from "../node/errors.js";
import { printable } from "../core/report/escape.js";
import { runReport } from "./report.js";
import { runExtract } from "./extract.js";
import { runDiff, type DiffFormat, type FailOn } from "./diff.js";

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Environment variables the CLI reads (GITHUB_STEP_SUMMARY); none when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

export const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  env: process.env,
};

export const EXIT = { ok: 0, changes: 1, error: 2 } as const;

function parser() {
  return yargs()
    .scriptName("crosscheck")
    .usage("$0 <command> [options]\n\nCross-check the numbers, dates and quotes that several articles about one story give.")
    .command("report [paths..]", "Extract, align and report: writes report.md and claims.json", (y) =>
      y
        .positional("paths", { type: "string", array: true, describe: "Article files or folders (.txt, .md)", default: ["sources"] })
        .option("out", { type: "string", default: "reports", describe: "Folder for report.md and claims.json" })
        .option("check", { type: "boolean", default: false, describe: "Write nothing; exit 1 if the files in --out are not what the sources give now" })
        .option("reviewed", { type: "string", describe: "Reviewed discrepancies [default: crosscheck.reviewed.yaml when present]" }),
    )
    .command("diff <old> <new>", "Which claims changed between two versions (folders, files or claims.json snapshots)", (y) =>
      y
        .positional("old", { type: "string", demandOption: true, describe: "Earlier version: sources folder, article file or claims.json" })
        .positional("new", { type: "string", demandOption: true, describe: "Later version: sources folder, article file or claims.json" })
        .option("format", { choices: ["markdown", "json", "github"] as const, default: "markdown" as const, describe: "Output format" })
        .option("fail-on", {
          choices: ["change", "discrepancy", "none"] as const,
          default: "change" as const,
          describe: "Exit 1 on any change, only on a new discrepancy nobody has reviewed, or never",
        })
        .option("reviewed", { type: "string", describe: "Reviewed discrepancies [default: crosscheck.reviewed.yaml when present]" }),
    )
    .command("extract <file>", "List the claims of one article", (y) =>
      y
        .positional("file", { type: "string", demandOption: true, describe: "Article file" })
        .option("format", { choices: ["table", "json"] as const, default: "table" as const, describe: "Output format" }),
    )
    .option("verbose", { type: "boolean", default: false, describe: "Show stack traces of unexpected errors" })
    .example("$0 report", "Read sources/ and write reports/report.md and reports/claims.json")
    .example("$0 report articles/ extra.md --out out/", "Report on a folder and a file into out/")
    .example("$0 extract sources/000_0d8cddbdda6761d7.txt", "Show the claims of one article as a table")
    .example("$0 extract article.md --format json", "The same as JSON")
    .example("$0 report --check", "Exit 1 if reports/ is not what sources/ gives now")
    .example("$0 diff reports/claims.json sources", "Claims that changed since the committed report")
    .example("$0 diff old/ new/ --format github --fail-on discrepancy", "In CI: annotations; fail only on a new discrepancy")
    .demandCommand(1, "Name a command: report, extract or diff (see --help).")
    .strict()
    .help()
    .alias("h", "help")
    .version(false)
    .wrap(100)
    .exitProcess(false);
}

interface Parsed {
  error?: Error;
  args?: Record<string, unknown> & { _: (string | number)[] };
  output: string;
}

function parse(argv: readonly string[]): Promise<Parsed> {
  return new Promise((resolve) => {
    parser().parse([...argv], {}, (error, args, output) => {
      resolve({ ...(error ? { error } : {}), ...(args ? { args: args as Parsed["args"] & object } : {}), output: output ?? "" });
    });
  });
}

export async function execute(argv: readonly string[], io: Io = processIo): Promise<number> {
  const verbose = argv.includes("--verbose");
  const parsed = await parse(argv);
  if (parsed.error) {
    io.stderr(`crosscheck: ${printable(firstLine(parsed.error.message))}\n`);
    return EXIT.error;
  }
  if (parsed.output) {
    io.stdout(parsed.output.endsWith("\n") ? parsed.output : parsed.output + "\n");
    return EXIT.ok;
  }
  const args = parsed.args!;
  try {
    switch (args._[0]) {
      case "report":
        return await runReport(
          {
            paths: (args.paths as string[]) ?? ["sources"],
            out: String(args.out),
            check: args.check === true,
            ...(typeof args.reviewed === "string" ? { reviewed: args.reviewed } : {}),
          },
          io,
        );
      case "diff":
        return await runDiff(
          {
            old: String(args.old),
            new: String(args.new),
            format: args.format as DiffFormat,
            failOn: args["fail-on"] as FailOn,
            ...(typeof args.reviewed === "string" ? { reviewed: args.reviewed } : {}),
          },
          io,
        );
      case "extract":
        return await runExtract({ file: String(args.file), format: args.format as "table" | "json" }, io);
      default:
        io.stderr(`crosscheck: unknown command ${String(args._[0])} (see --help)\n`);
        return EXIT.error;
    }
  } catch (e) {
    if (e instanceof UserError) {
      io.stderr(`crosscheck: ${printable(e.message)}\n${verbose && e.stack ? e.stack + "\n" : ""}`);
      return EXIT.error;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(`crosscheck: internal error: ${printable(firstLine(err.message))}${verbose ? "\n" + (err.stack ?? "") : " (run with --verbose for details)"}\n`);
    return EXIT.error;
  }
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}
