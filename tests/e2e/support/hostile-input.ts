import fc from "fast-check";
import type { RouteEntry } from "@/lib/route-registry";
import type { Targets } from "./matrix-world";
import { bodyFor, fieldsFor } from "./matrix-calls";

// Input an attacker or a broken client sends: each arbitrary starts from the input that would
// succeed and spoils part of it, so the fuzzing reaches past the first check into every field's.
const NASTY = [
  "", " ", "\u0000", "\r\n", "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "${7*7}", "{{7*7}}",
  "__proto__", "constructor", "-1", "0", "1e309", "NaN", "Infinity", "9007199254740993", "2026-02-30", "0000-00-00", "9999-12-31",
  "2026-13-01", "true", "null", "[]", "{}", "𝕏🙂‍↔️", "\u202e", "x".repeat(5_000), "é".repeat(100_001),
];

export const hostileString = fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 64 }), fc.string({ unit: "binary", maxLength: 64 }));

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 12 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 4 }),
);

/** Keys a client must never be able to set, and keys of prototype pollution. */
const SMUGGLED = ["__proto__", "constructor", "clinicId", "therapistId", "id", "createdById", "usedAt", "review"];

export function hostileJsonBody(entry: RouteEntry, t: Targets): fc.Arbitrary<{ json: unknown }> {
  const valid = bodyFor(entry, t) as Record<string, unknown>;
  const keys = Object.keys(valid);
  const spoiled = fc
    .record({
      replace: keys.length ? fc.subarray(keys, { minLength: 1 }) : fc.constant([] as string[]),
      values: fc.array(hostileValue, { minLength: keys.length, maxLength: keys.length }),
      extra: fc.dictionary(fc.constantFrom(...SMUGGLED), hostileValue, { maxKeys: 3 }),
    })
    .map(({ replace, values, extra }) => ({ ...valid, ...Object.fromEntries(replace.map((k) => [k, values[keys.indexOf(k)]])), ...extra }));
  // A body with nothing valid in it at all: not an object, or an object of the wrong shape.
  return fc.oneof(spoiled, hostileValue).map((json) => ({ json }));
}

export function hostileRawBody(): fc.Arbitrary<{ raw: string; contentType: string }> {
  return fc.record({
    raw: fc.oneof(fc.constantFrom("{", '{"code":', "[1,2", "\u0000", '{"a":1}garbage', "code=AB-1", "x".repeat(200_000)), fc.string({ maxLength: 200 })),
    contentType: fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "application/xml"),
  });
}

/** Form fields for a server action: at least one of its real fields spoiled, plus smuggled extras. */
export function hostileFields(entry: RouteEntry, t: Targets): fc.Arbitrary<Record<string, string>> {
  const valid = fieldsFor(entry, t);
  const keys = Object.keys(valid);
  return fc
    .record({
      replace: fc.subarray(keys, { minLength: 1 }),
      values: fc.array(hostileString, { minLength: keys.length, maxLength: keys.length }),
      extra: fc.dictionary(fc.constantFrom(...SMUGGLED.filter((k) => !keys.includes(k))), hostileString, { maxKeys: 3 }),
    })
    .map(({ replace, values, extra }) => ({ ...valid, ...extra, ...Object.fromEntries(replace.map((k) => [k, values[keys.indexOf(k)]])) }));
}
