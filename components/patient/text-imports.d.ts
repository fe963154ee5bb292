// `import css from "@/app/globals.css" with { type: "text" }` (components/patient/stylesheet.ts):
// the file's text, as the bundler (Turbopack) loads a text import.
declare module "@/app/globals.css" {
  const css: string;
  export default css;
}
