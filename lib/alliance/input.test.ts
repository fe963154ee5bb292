import { describe, expect, it } from "vitest";
import { checkEpisode, EpisodeInputSchema, InputError } from "./index";

describe("checkEpisode", () => {
  it("accepts the documented shape and ignores unknown fields", () => {
    const e = checkEpisode({ id: 7, sessions: [{ number: 1, bond: 90, expected: "x" }], expected: [] }, 0);
    expect(e.id).toBe("7");
    expect(e.ended).toBe(false);
  });
  it.each([
    [{ sessions: [] }, null, null, "id", /episode "#1", field "id"/],
    [[], null, null, null, /expected an episode object/],
    [42, null, null, null, /expected an episode object/],
    [{ id: "a", sessions: {} }, "a", null, "sessions", /sessions must be a list/],
    [{ id: "a", ended: "yes", sessions: [] }, "a", null, "ended", /not true or false/],
    [{ id: "a", sessions: [{ number: "1" }] }, "a", null, "number", /session #1 has number "1"/],
    [{ id: "a", sessions: [{ number: 1, bond: 100.5 }] }, "a", 1, "bond", /episode "a", session 1, field "bond": 100.5 is outside 0–100/],
    [{ id: "a", sessions: [{ number: 2, difficulty: "lots" }] }, "a", 2, "difficulty", /unknown difficulty "lots" \(expected none, some or a-lot\)/],
    [{ id: "a", sessions: [{ number: 2, marker: 3 }] }, "a", 2, "marker", /unknown marker 3/],
    [{ id: "a", sessions: [{ number: 1 }, { number: 1 }] }, "a", 1, "number", /duplicate session number/],
    [{ id: "a", sessions: [{ number: 1, date: "soon" }] }, "a", 1, "date", /not a date/],
  ])("%j → InputError", (raw, episodeId, session, field, message) => {
    let err: unknown;
    try {
      checkEpisode(raw, 0);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const e = err as InputError;
    if (episodeId !== null) expect(e.episodeId).toBe(episodeId);
    expect(e.session).toBe(session);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
  });
});

describe("EpisodeInputSchema", () => {
  it.each([
    [{ id: "a", sessions: [{ number: 1, bond: 90 }] }, true],
    [{ id: "a", sessions: [{ number: 1, bond: 190 }] }, false],
    [{ id: "a", sessions: [{ number: 1 }, { number: 1 }] }, false],
    [{ id: "a", sessions: [{ number: 1, difficulty: "lots" }] }, false],
  ])("%j → %s", (raw, ok) => {
    expect(EpisodeInputSchema.safeParse(raw).success).toBe(ok);
  });
});
