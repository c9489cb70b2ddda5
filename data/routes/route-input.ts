// The shape a route is written in (fields with defaults, such as `interviewPractice`, may be left out).
import type { z } from "zod";
import type { Route } from "../schema";

export type RouteInput = z.input<typeof Route>;
