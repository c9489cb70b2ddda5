// The routes into a first PM job, in the fixed tie-break order of ROUTE_IDS: copy, facts
// (with their sources in docs/domain.md) and step templates. Week ranges assume the typical pace
// of about 5 hours a week and count from the day the person starts (week 1 = first week); steps
// with a `calendar` slot get their dates from lib/calendar.ts instead.
import type { RouteId } from "../ids";
import type { Route } from "../schema";
import { internalTransfer } from "./internal-transfer";
import { masters } from "./masters";
import { networking } from "./networking";
import { nonprofit } from "./nonprofit";
import { shadowing } from "./shadowing";
import { sideProject } from "./side-project";
import { transferableResume } from "./transferable-resume";

// Typed by the Route schema and checked against it by tests/unit/catalog.test.ts, not parsed at run
// time: the catalog is code. Only server code reads the full routes (the browser's wizard needs the
// facts in data/route-facts.ts alone).
export const routes: Route[] = [internalTransfer, shadowing, networking, transferableResume, sideProject, nonprofit, masters];

const routeById = new Map(routes.map((r) => [r.id, r]));
export const getRoute = (id: RouteId): Route => routeById.get(id)!;
