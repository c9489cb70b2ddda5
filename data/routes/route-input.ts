// The shape a route is written in.
import type * as z from "../zod";
import type { Route } from "../schema";

export type RouteInput = z.input<typeof Route>;
