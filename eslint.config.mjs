import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Import directions (docs/decisions/0001). A flat config's later block replaces an earlier block's
// options for the same rule, so each folder's block repeats the rules that still apply to it.
const DATABASE_CLIENT = {
  regex: "^(@/lib/db|(\\.{1,2}/)+(lib/)?db)$",
  message: "Only lib/data/ talks to the database: call a lib/data function instead.",
};
// The stylesheet is the one file of app/ a component may read: the patient's pages inline it
// (components/patient/stylesheet.ts).
const APP_FOLDER = {
  regex: "^(@/app|(\\.\\./)+app)(/(?!globals\\.css$)|$)",
  message: "components/ never import app/: the page passes the server action as a prop.",
};
const OUTSIDE_ENGINE = {
  regex: "^(@/(?!lib/alliance(/|$))|next(/|$)|next-intl(/|$)|next-auth(/|$)|react(-dom)?(/|$)|@prisma/|server-only$)",
  message: "The alliance engine is pure: nothing of the app, no next, react or Prisma.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next*/**", "node_modules/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  { files: ["**/*.{ts,tsx,js,mjs}"], rules: { "no-restricted-imports": ["error", { patterns: [DATABASE_CLIENT] }] } },
  // Scripts, the seed and tests open their own client (lib/prisma-client.ts) or check stored rows.
  {
    files: ["lib/data/**", "lib/db.ts", "scripts/**", "prisma/**", "tests/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
  { files: ["components/**"], rules: { "no-restricted-imports": ["error", { patterns: [DATABASE_CLIENT, APP_FOLDER] }] } },
  { files: ["lib/alliance/**"], rules: { "no-restricted-imports": ["error", { patterns: [DATABASE_CLIENT, OUTSIDE_ENGINE] }] } },
];
export default config;
