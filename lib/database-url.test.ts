import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, DatabaseUrlError, databaseUrl, parseDatabaseUrl, sqlitePath } from "./database-url";

describe("parseDatabaseUrl accepts SQLite file URLs", () => {
  it.each([
    ["file:./data/bordin.db", "./data/bordin.db"],
    ["file:/var/lib/bordin/bordin.db", "/var/lib/bordin/bordin.db"],
    ["file:bordin.db", "bordin.db"],
    ["FILE:./data/bordin.db", "./data/bordin.db"],
    [DEFAULT_DATABASE_URL, "./data/bordin.db"],
  ])("%s → %s", (url, file) => {
    expect(parseDatabaseUrl(url)).toEqual({ kind: "sqlite", url, file });
    expect(sqlitePath(url)).toBe(file);
  });
});

describe("parseDatabaseUrl refuses every other URL with one line", () => {
  it.each([
    ["mysql://x", /^DATABASE_URL scheme "mysql:" is not supported; supported: file: \(SQLite/],
    ["http://example.org/bordin.db", /^DATABASE_URL scheme "http:" is not supported; supported: file:/],
    ["sqlite:./data/bordin.db", /^DATABASE_URL scheme "sqlite:" is not supported; supported: file:/],
    ["postgresql://bordin:hunter2@db.example.org/bordin", /^DATABASE_URL: PostgreSQL \(postgresql:\/\/\) is not yet supported by this version of Bordin; supported: file:/],
    ["postgres://bordin:hunter2@db.example.org/bordin", /^DATABASE_URL: PostgreSQL \(postgres:\/\/\) is not yet supported/],
    ["POSTGRESQL://db/bordin", /PostgreSQL \(postgresql:\/\/\) is not yet supported/],
    ["./data/bordin.db", /^DATABASE_URL has no scheme \(put file: before a SQLite path\); supported: file:/],
    ["/var/lib/bordin.db", /^DATABASE_URL has no scheme/],
    ["C:\\bordin\\bordin.db", /^DATABASE_URL has no scheme/],
    ["file:", /^DATABASE_URL "file:" names no database file; supported: file:/],
    ["file:   ", /names no database file/],
  ])("%s", (url, message) => {
    const error = (() => {
      try {
        parseDatabaseUrl(url);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DatabaseUrlError);
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).not.toContain("\n");
    // A URL may carry a password: the message names the scheme, never the rest.
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("example.org");
    expect(() => sqlitePath(url)).toThrow(DatabaseUrlError);
  });
});

describe("databaseUrl", () => {
  const original = process.env.DATABASE_URL;
  afterEach(() => {
    process.env.DATABASE_URL = original;
  });

  it.each([
    [undefined, DEFAULT_DATABASE_URL],
    ["", DEFAULT_DATABASE_URL],
    ["   ", DEFAULT_DATABASE_URL],
    ["  file:./x.db \n", "file:./x.db"],
    ["mysql://x", "mysql://x"],
  ])("DATABASE_URL=%j → %s", (value, expected) => {
    if (value === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = value;
    expect(databaseUrl()).toBe(expected);
  });
});
