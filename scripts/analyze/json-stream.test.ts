import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "@/lib/alliance";
import { streamJsonEpisodes } from "./json-stream";

async function* chunked(text: string, sizes: number[]): AsyncGenerator<string> {
  let i = 0;
  let k = 0;
  while (i < text.length) {
    const n = Math.max(1, sizes.length ? sizes[k++ % sizes.length] : text.length);
    yield text.slice(i, i + n);
    i += n;
  }
}

async function read(text: string, sizes: number[] = []): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const el of streamJsonEpisodes(chunked(text, sizes))) out.push(el.value);
  return out;
}

async function error(text: string): Promise<string> {
  try {
    await read(text);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error("no error");
}

describe("streamJsonEpisodes", () => {
  it.each([
    ['{"episodes":[]}', []],
    ['  \uFEFF{ "episodes" : [ {"id":"a"} , {"id":"b","s":"]}\\"{"} ] }  \n', [{ id: "a" }, { id: "b", s: ']}"{' }]],
    ['{"meta":{"v":[1,"]"]},"n":3,"t":true,"s":"x","episodes":[{"id":1}],"z":null}', [{ id: 1 }]],
    ['{"episodes":[{"id":"é\\u00e9"}]}', [{ id: "éé" }]],
    ['{"episodes":[1,"x",null]}', [1, "x", null]],
  ])("%s", async (text, expected) => {
    expect(await read(text)).toEqual(expected);
  });

  it("gives the same result for any chunking (property)", async () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(value, { maxLength: 5 }),
        fc.dictionary(fc.string().filter((k) => k !== "episodes"), value, { maxKeys: 2 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (episodes, extra, sizes, pretty) => {
          const doc = { ...extra, episodes };
          const text = JSON.stringify(doc, null, pretty ? 2 : undefined);
          expect(await read(text, sizes)).toEqual(JSON.parse(text).episodes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ["", /ends early/],
    ["[]", /expected "\{" at the start/],
    ['{"episodes":{}}', /"episodes" must be a list/],
    ['{"episodes":[{"id":"a"}', /ends early/],
    ['{"episodes":[{"id":"a"}]', /ends early/],
    ['{"episodes":[{"id":"a"} {"id":"b"}]}', /expected "," or "\]" after episode #1/],
    ['{"episodes":[,]}', /expected an episode/],
    ['{"episodes":[]} x', /after the end of the document/],
    ['{"other":[]}', /no "episodes" list/],
    ['{"episodes" []}', /expected ":"/],
    ['{"episodes":[],}', /expected a key/],
    ['{"episodes":[{"id":"a","sessions":[{"number":1},\n{"number":2,"bond":}]}]}', /^episode "a", session 2: malformed JSON at line 2/],
    ['{"episodes":[{"sessions":[}]}', /^episode "#1": malformed JSON at line 1/],
    ['{"n":tru,"episodes":[]}', /malformed JSON/],
  ])("rejects %j", async (text, message) => {
    expect(await error(text)).toMatch(message);
  });
});
