import "server-only";
// Reads a saved plan for a page, an image or an export: in full, for the server's own use (the
// page works out the plan B from the answers); what goes to the browser of someone with the link
// is forViewers() of it (server/plans/stored-row.ts). cache() makes the page, its metadata and its
// image share one read per request; a malformed id is simply not found (the repository checks it).
import { cache } from "react";
import type { SavedPlan } from "@/lib/api-contract";
import { getPlanRepository } from "./index";

export const loadPlan = cache(async (id: string): Promise<SavedPlan | null> => (await getPlanRepository()).get(id, null, "full"));
