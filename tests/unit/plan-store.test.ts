// This browser's list of plans, as parsePlanStore reads it back from localStorage: entries kept
// by every earlier version still open, among them those that kept the route's name under "route".
import { describe, expect, it } from "vitest";
import { parsePlanStore } from "@/browser/plan-store";

const entry = {
  id: "plansaved0000000000000001",
  editToken: "e".repeat(43),
  title: "My PM plan from 30 Nov 2026",
  savedAt: "2026-11-30T09:00:00.000Z",
};

describe("this browser's list of plans", () => {
  it("reads an entry with the route's name under routeName", () => {
    expect(parsePlanStore(JSON.stringify([{ ...entry, routeName: "Networking" }]))).toEqual([{ ...entry, routeName: "Networking" }]);
  });

  it("reads an entry kept with the route's name under the older key route", () => {
    expect(parsePlanStore(JSON.stringify([{ ...entry, route: "Networking" }]))).toEqual([{ ...entry, routeName: "Networking" }]);
  });

  it("leaves out an entry without the route's name, and keeps the others", () => {
    const other = { ...entry, id: "plansaved0000000000000002", routeName: "Side project" };
    expect(parsePlanStore(JSON.stringify([entry, other]))).toEqual([other]);
  });

  it("refuses a title longer than a plan's title may be", () => {
    expect(parsePlanStore(JSON.stringify([{ ...entry, title: "x".repeat(121), routeName: "Networking" }]))).toEqual([]);
  });
});
