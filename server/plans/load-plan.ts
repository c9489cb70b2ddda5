import "server-only";
// Reads a saved plan for a page, an image or an export: in full, for the server's own use (the
// page works out the plan B from the answers); what goes to the browser of someone with the link
// is forViewers() of it (server/plans/stored-row.ts). cache() makes the page, its metadata and its
// image share one read per request; a malformed id is simply not found (the repository checks it).
import { cache } from "react";
import type { SavedPlan } from "@/lib/api-contract";
import { logStoreFailureOn } from "../http";
import { getPlanRepository } from "./index";

export const loadPlan = cache(async (id: string): Promise<SavedPlan | null> => (await getPlanRepository()).get(id, null, "full"));

/** What a page reads when the plan store failed: the page says so. */
export const STORE_DOWN = "store-down";

/**
 * loadPlan for a page (page: its path, for the log). A store failure is logged in one line as the
 * API's are, its repeats counted (server/db/failure.ts), and comes back as STORE_DOWN, so the page
 * says the store is unavailable rather than failing with a stack in the log. Once per request: the
 * page and its metadata share the read and the line.
 */
export const loadPlanForPage = cache(async (id: string, page: string): Promise<SavedPlan | null | typeof STORE_DOWN> =>
  loadPlan(id).catch((error: unknown) => {
    logStoreFailureOn(error, { method: "GET", path: page });
    return STORE_DOWN;
  }),
);
