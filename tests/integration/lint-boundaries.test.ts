import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The import directions of docs/decisions/0001, checked with the repository's own lint config on
// source text that exists only here: each rule must fail the file that breaks it and pass a clean one.
const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.mjs") });
});

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, filePath) });
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const CLEAN_COMPONENT = `import { useTranslations } from "next-intl";
import type { FormStateAction } from "@/lib/mutation";
import { idleState } from "@/components/ui/form-parts";
export function Fixture({ action }: { action: FormStateAction }) {
  const t = useTranslations("x");
  return <form action={() => action(idleState, new FormData())}>{t("y")}</form>;
}
`;

describe("import directions (eslint.config.mjs)", () => {
  it("fails a component that imports a server action from app/", async () => {
    const source = `import { createPatientAction } from "@/app/(app)/patients/actions";\nexport const a = createPatientAction;\n`;
    expect(await restricted("components/x/fixture.tsx", source)).toEqual([expect.stringContaining("components/ never import app/")]);
  });

  it("fails a component that reaches app/ by a relative path", async () => {
    const source = `import { login } from "../../app/login/actions";\nexport const a = login;\n`;
    expect(await restricted("components/x/fixture.tsx", source)).toHaveLength(1);
  });

  it("fails a page that imports the database client", async () => {
    const source = `import { db } from "@/lib/db";\nexport default async function Page() { return <p>{await db.user.count()}</p>; }\n`;
    expect(await restricted("app/(app)/fixture/page.tsx", source)).toEqual([expect.stringContaining("Only lib/data/ talks to the database")]);
  });

  it("fails lib/ code outside lib/data that imports the database client", async () => {
    expect(await restricted("lib/rating/fixture.ts", `import { db } from "@/lib/db";\nexport const d = db;\n`)).toHaveLength(1);
  });

  it("lets lib/data import the database client", async () => {
    expect(await restricted("lib/data/fixture.ts", `import { db } from "@/lib/db";\nexport const d = db;\n`)).toEqual([]);
  });

  it("fails the engine importing the app, next, react or Prisma", async () => {
    for (const from of ["@/lib/i18n/config", "@/lib/db", "next/cache", "react", "@prisma/client"]) {
      expect(await restricted("lib/alliance/fixture.ts", `import * as x from "${from}";\nexport const y = x;\n`), from).not.toEqual([]);
    }
    expect(await restricted("lib/alliance/fixture.ts", `import { z } from "zod";\nimport { DIMENSIONS } from "@/lib/alliance/types";\nexport const y = [z, DIMENSIONS];\n`)).toEqual([]);
  });

  it("passes a clean component", async () => {
    expect(await restricted("components/x/fixture.tsx", CLEAN_COMPONENT)).toEqual([]);
  });
});
