import { describe, expect, it } from "vitest";
import { episodeColumns, parseColumn, ratingColumns, ruptureColumns, sessionColumns } from "@/lib/data/columns";

// Text columns with a fixed list of values are parsed once, where rows become views.
describe("enum-like columns", () => {
  it("pass known values through, typed", () => {
    const episode = episodeColumns({ id: "e1", status: "ended", modality: "cbt" });
    const status: "active" | "ended" = episode.status;
    expect([status, episode.modality, episode.id]).toEqual(["ended", "cbt", "e1"]);
    expect(sessionColumns({ marker: "withdrawal", markerDimension: "bond" })).toEqual({ marker: "withdrawal", markerDimension: "bond" });
    expect(sessionColumns({ marker: "none", markerDimension: null }).markerDimension).toBeNull();
    expect(ratingColumns({ difficulty: "a-lot", talkedAbout: null })).toEqual({ difficulty: "a-lot", talkedAbout: null });
    expect(ruptureColumns({ status: "unrepaired", review: "dismissed" })).toEqual({ status: "unrepaired", review: "dismissed" });
    expect(parseColumn("role", "SUPERVISOR")).toBe("SUPERVISOR");
  });

  it("refuse a value outside the list, naming the column but not the value", () => {
    expect(() => episodeColumns({ status: "paused", modality: "cbt" })).toThrow("Stored episodeStatus has a value outside its list");
    expect(() => sessionColumns({ marker: "Withdrawal-secret", markerDimension: null })).toThrow(/^Stored marker [^W]*$/);
    expect(() => ratingColumns({ difficulty: "some", talkedAbout: "maybe" })).toThrow(/talkedAbout/);
    expect(() => ruptureColumns({ status: "open", review: "ignored" })).toThrow(/ruptureReview/);
  });
});
