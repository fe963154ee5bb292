/**
 * npm run --silent analyze -- FILE [--format table] [--params FILE] [--locale nb] [--as-of DATE]
 * Runs the alliance engine over a JSON or CSV file; see scripts/analyze/cli.ts and docs/rupture-engine.md.
 */
import { main } from "./analyze/cli";

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  // A closed pipe (e.g. `| head`) ends the run quietly.
  process.exit(e.code === "EPIPE" ? 0 : 1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`analyze: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
