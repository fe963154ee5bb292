import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "@/lib/prisma-client";
import { hashPassword, newOneTimePassword } from "@/lib/password";
import { AppError } from "@/lib/errors";
import { createClinicWithAdmin } from "@/lib/data/new-clinic";
import { clinicAddSchema } from "@/lib/validation/setup";
import { zodLocaleError } from "@/lib/validation/zod-locale";
import { migrateDatabase } from "./prepare-db";

// `npm run clinic:add -- --name "Clinic name" --admin admin@example.org --admin-name "Name" [--locale nb|en]`
// For scripted installs and for more clinics on one installation: migrates the database (nothing is
// seeded), creates the clinic and its first administrator with a one-time password, and prints that
// password alone on the last line of stdout. Bad input: exit 2 with one line on stderr.
const USAGE = 'usage: npm run clinic:add -- --name "Clinic name" --admin admin@example.org --admin-name "Name" [--locale nb|en]';
const OPTIONS = { name: { type: "string" }, admin: { type: "string" }, "admin-name": { type: "string" }, locale: { type: "string" } } as const;

export class BadInput extends Error {}

/** The command line as the clinic and administrator it names, or BadInput with one line to show. */
export function parseClinicArgs(argv: string[]) {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    // node's messages run over several sentences; the first names the problem.
    const first = error instanceof Error ? error.message.split(/\. |\n/)[0].replace(/\.$/, "") : "bad arguments";
    throw new BadInput(`${first}; ${USAGE}`);
  }
  const parsed = clinicAddSchema.safeParse(values, { error: zodLocaleError("en") });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const option = `--${issue.path.join(".")}`;
    return values[String(issue.path[0])]?.trim() ? `${option}: ${issue.message}` : `${option} is missing or blank`;
  });
  throw new BadInput(`${problems.join("; ")}; ${USAGE}`);
}

export async function main(argv: string[]): Promise<number> {
  let input: ReturnType<typeof parseClinicArgs>;
  try {
    input = parseClinicArgs(argv);
  } catch (error) {
    if (!(error instanceof BadInput)) throw error;
    console.error(`clinic:add: ${error.message}`);
    return 2;
  }
  await migrateDatabase();
  const db = createPrismaClient();
  try {
    const password = newOneTimePassword();
    const { clinic, admin } = await createClinicWithAdmin(
      db,
      { clinicName: input.name, defaultLocale: input.locale, adminName: input["admin-name"], adminEmail: input.admin, extraRoles: [], passwordHash: await hashPassword(password), mustChangePassword: true },
      { actor: "system" },
    );
    console.log(`Created the clinic ${JSON.stringify(clinic.name)} with its administrator ${admin.email}.`);
    console.log("Their one-time password, shown only now (they choose their own at first login):");
    console.log(password);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.status === 409) {
      console.error(`clinic:add: ${error.message.replace(/\.$/, "")}: ${input.admin}`);
      return 2;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = await main(process.argv.slice(2));
