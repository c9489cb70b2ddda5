// The public JSON API's wire format in one place: what clients send and what they get back, as
// zod schemas (each schema is also its type), strict objects throughout: a field the contract does
// not name is refused. Route handlers, the browser's API client and the tests parse with these.
// The engine's own result type is EngineResult (result.ts), mapped onto these in api-responses.ts;
// a saved plan as its row stores it is server/plans/stored-row.ts. Schemas only, so browser code
// can parse API answers without bringing the catalog or the engine into its bundle.
import { IsoDate, Plan } from "@/data/plan";
import { Answers, QuestionIdSchema, RouteIdSchema } from "@/data/answers";
import { OPTION_IDS } from "@/data/ids";
import { WARNING_IDS } from "@/data/plan-rules";
import * as z from "@/data/zod";
import { Title } from "./plan-title";

// Requests

/**
 * The largest body the API reads. Real bodies are well under 1 kB; the limit leaves room for a
 * single 10 kB id, so that one gets a 400 naming its field rather than a 413.
 */
export const MAX_BODY_BYTES = 16 * 1024;

export const WizardNextBody = z.strictObject({ answers: Answers });
export type WizardNextBody = z.infer<typeof WizardNextBody>;

/** A plan starting outside this century is a typo, and its dates would not stay ISO dates. */
export const StartDate = IsoDate.check(
  z.refine((d) => d >= "2000-01-01" && d <= "2099-12-31", { message: "expected a date between 2000-01-01 and 2099-12-31" }),
);

export const RecommendationBody = z.extend(WizardNextBody, { startDate: z.optional(StartDate) });
export type RecommendationBody = z.infer<typeof RecommendationBody>;

// Responses

/** Every error answer has `error`; some say more (422 `next`, 409 `plan`), so this reads only that. */
export const ApiError = z.object({ error: z.string().check(z.minLength(1)) });
export type ApiError = z.infer<typeof ApiError>;

export const CatalogResponse = z.strictObject({
  version: z.string(),
  questions: z.array(
    z.strictObject({
      id: QuestionIdSchema,
      prompt: z.string(),
      multiple: z.boolean(),
      options: z.array(z.strictObject({ id: z.string(), label: z.string() })),
    }),
  ),
  routes: z.array(z.strictObject({ id: RouteIdSchema, name: z.string(), summary: z.string() })),
});
export type CatalogResponse = z.infer<typeof CatalogResponse>;

export const WizardNextResponse = z.strictObject({
  next: z.nullable(QuestionIdSchema),
  eliminated: z.array(z.strictObject({ route: RouteIdSchema, question: QuestionIdSchema, reason: z.string() })),
});
export type WizardNextResponse = z.infer<typeof WizardNextResponse>;

/**
 * A recommendation's schemas, each of its objects made with `object`: z.strictObject for the wire
 * (below), z.looseObject for a stored row (server/plans/stored-row.ts), which keeps every field a
 * plan was saved with. `fresh` is a result as the API sends it now; `saved` is a recommendation as
 * a saved plan holds it, under whichever catalog: the first catalog's reasons carried points and
 * its close second a gap, and plans saved under it have no warnings, no "would need" lines and no
 * route to switch to; before catalog v4 the switch route was always named (never null) and there
 * was no `switchOpen`.
 */
export function recommendationSchemas(object: typeof z.strictObject) {
  const RouteRef = object({ route: RouteIdSchema, name: z.string() });
  const Flip = object({
    changes: z.array(object({ question: QuestionIdSchema, to: z.union([z.string(), z.array(z.string())]) })),
    text: z.string(),
  });
  const Other = z.extend(RouteRef, {
    status: z.enum(["eliminated", "tied", "outscored"]),
    why: z.string(),
    flip: z.nullable(Flip),
    /** when no change a person could make would flip it: what it needs that the answers do not meet */
    wouldNeed: z.nullable(z.string()),
  });
  const Reason = object({ question: z.nullable(QuestionIdSchema), option: z.nullable(z.string()), text: z.string() });
  const CloseSecond = object({ route: RouteIdSchema, text: z.string() });
  const Warning = object({ id: z.enum(WARNING_IDS), text: z.string() });
  const fresh = object({
    catalogVersion: z.string(),
    route: object({ id: RouteIdSchema, name: z.string() }),
    reasons: z.array(Reason).check(z.minLength(1)),
    others: z.array(Other),
    /** a route that tied the winner and lost the tie-break, named only where the skipped questions cannot change it */
    closeSecond: z.nullable(CloseSecond),
    /**
     * where the checkpoint points if the route is not working: the best route through another
     * door that suits the person (docs/domain.md, "checkpoint"), or null where none qualifies or
     * while it is not settled
     */
    switchTo: z.nullable(RouteRef),
    /** while the switch route is not settled: the skipped questions that decide it, in catalog order (the check-in asks them) */
    switchOpen: z.array(QuestionIdSchema),
    /**
     * always a list, with at most one: "deadline" when the route usually takes longer than the
     * person's deadline, "deadline-tight" when it can make it but may not
     */
    warnings: z.array(Warning),
    plan: Plan,
  });
  const saved = z.extend(fresh, {
    reasons: z.array(z.extend(Reason, { points: z.optional(z.number()) })).check(z.minLength(1)),
    others: z.array(z.extend(Other, { wouldNeed: z.optional(z.nullable(z.string())) })),
    closeSecond: z.nullable(z.extend(CloseSecond, { gap: z.optional(z.number()) })),
    switchTo: z.optional(z.nullable(RouteRef)),
    switchOpen: z.optional(z.array(QuestionIdSchema)),
    warnings: z.optional(z.array(Warning)),
  });
  return { fresh, saved };
}

const recommendation = recommendationSchemas(z.strictObject);

/** 200 from POST /api/recommendation: the engine's result (EngineResult) as sent. */
export const RecommendationResponse = recommendation.fresh;
export type RecommendationResponse = z.infer<typeof RecommendationResponse>;

/** A recommendation as a saved plan holds it: exactly as it was saved, under whichever catalog. */
export const SavedRecommendation = recommendation.saved;
export type SavedRecommendation = z.infer<typeof SavedRecommendation>;

/** 422: the answers do not decide the route yet; `next` is the question to ask. */
export const UndecidedResponse = z.extend(ApiError, { next: QuestionIdSchema });
export type UndecidedResponse = z.infer<typeof UndecidedResponse>;

// Saved plans

/** Plan ids and edit tokens are base64url strings from a cryptographic random source. */
export const PlanId = z.string().check(z.regex(/^[A-Za-z0-9_-]{20,64}$/, "not a plan id"));
export const EditToken = z.string().check(z.regex(/^[A-Za-z0-9_-]{40,128}$/, "not an edit token"));

/** Step ids to done states. zod skips a "__proto__" key, which would leave an empty change. */
const StepChanges = z.pipe(
  z.custom<object>((value) => typeof value !== "object" || value === null || !Object.hasOwn(value, "__proto__"), {
    message: '"__proto__" is not a step id',
  }),
  z.record(z.string().check(z.maxLength(64)), z.boolean()),
);

export const CreatePlanBody = z.extend(RecommendationBody, { title: z.optional(Title) });
export type CreatePlanBody = z.infer<typeof CreatePlanBody>;

export const PatchPlanBody = z
  .strictObject({
    version: z.int().check(z.minimum(1)),
    title: z.optional(Title),
    /** sets each step's done state; never toggles */
    steps: z.optional(StepChanges),
    /** whether people with the link see the answers the advice was based on (off until the owner turns it on) */
    shareAnswers: z.optional(z.boolean()),
  })
  .check(
    z.refine((b) => b.title !== undefined || b.shareAnswers !== undefined || Object.keys(b.steps ?? {}).length > 0, {
      message: "nothing to change: send title, steps or shareAnswers",
    }),
  );
export type PatchPlanBody = z.infer<typeof PatchPlanBody>;

/** Every change to a saved plan names the version it was made on: a stale one gets 409. */
const Version = z.int().check(z.minimum(1));

/**
 * POST /api/plans/<id>/reschedule: move the open steps from today, at other hours a week if given;
 * with `preview`, only say what would move (nothing is written).
 */
export const RescheduleBody = z.strictObject({
  version: Version,
  hours: z.optional(z.enum(OPTION_IDS.hours)),
  preview: z.optional(z.boolean()),
});
export type RescheduleBody = z.infer<typeof RescheduleBody>;

const DateRangeSchema = z.strictObject({ start: IsoDate, end: IsoDate });
const Move = z.strictObject({
  id: z.string(),
  title: z.string(),
  from: DateRangeSchema,
  to: DateRangeSchema,
  why: z.enum(["pace", "calendar", "holidays"]),
});

/** POST /api/plans/<id>/check-in: the answers to the route's check-in questions, in order. */
export const CheckInBody = z.strictObject({ version: Version, answers: z.array(z.boolean()).check(z.minLength(1), z.maxLength(3)) });
export type CheckInBody = z.infer<typeof CheckInBody>;

/** POST /api/plans/<id>/switch: switch to the route the checkpoint names, as a new plan. */
export const SwitchBody = z.strictObject({ version: Version });
export type SwitchBody = z.infer<typeof SwitchBody>;

/**
 * POST /api/plans/<id>/plan-b: answers to the questions the wizard skipped that decide the
 * checkpoint's switch route (the saved result's `switchOpen`), kept with the plan.
 */
export const PlanBBody = z.strictObject({ version: Version, answers: Answers });
export type PlanBBody = z.infer<typeof PlanBBody>;

/** A command that takes no body beyond the version it was asked on (kept empty for those that need none). */
export const EmptyBody = z.strictObject({});

/**
 * A plan switched from, or to, at its checkpoint: the other route, and the day; on the plan
 * switched from, the id of the plan that goes on (only its owner is sent it).
 */
export const SwitchLink = z.strictObject({ route: RouteIdSchema, name: z.string(), on: IsoDate, id: z.optional(PlanId) });
export type SwitchLink = z.infer<typeof SwitchLink>;

/**
 * One reschedule: the day, how many weeks most of the moved steps moved (the calendar's steps
 * aside), how many went to the calendar's next window, and the pace and hours from then on.
 */
export const RescheduleEntry = z.strictObject({
  on: IsoDate,
  weeksMoved: z.int(),
  /** v2: the steps that went to the calendar's next window (absent from moves recorded before) */
  toNextWindow: z.optional(z.int().check(z.minimum(0))),
  pace: z.number().check(z.positive()),
  hours: z.optional(z.enum(OPTION_IDS.hours)),
});
export type RescheduleEntry = z.infer<typeof RescheduleEntry>;

/** One check-in at the checkpoint: the day, the answers to the route's questions, and the verdict. */
export const CheckIn = z.strictObject({ on: IsoDate, answers: z.array(z.boolean()), working: z.boolean() });
export type CheckIn = z.infer<typeof CheckIn>;

/** A saved plan: as it was when saved (answers, recommendation, plan), and as it has lived since. */
export const SavedPlan = z.strictObject({
  id: PlanId,
  title: z.string(),
  /** the answers the advice was based on; empty for people with the link unless the owner shares them */
  answers: Answers,
  /** answers given since: the plan-B questions, and the hours a move was made at */
  laterAnswers: Answers,
  /** whether people with the link see the answers */
  shareAnswers: z.boolean(),
  /** true where this reader is not shown the answers (people with the link, unless shared) */
  answersHidden: z.boolean(),
  /** the recommendation and plan exactly as computed when saved, with the catalog version */
  snapshot: SavedRecommendation,
  done: z.record(z.string(), z.boolean()),
  /** the day each step was ticked, where known (ticks saved before days were kept have none) */
  doneOn: z.record(z.string(), IsoDate),
  /** the plan with its current dates, after a reschedule; null while they are the snapshot's */
  schedule: z.nullable(Plan),
  reschedules: z.array(RescheduleEntry),
  checkIns: z.array(CheckIn),
  switchedFrom: z.nullable(SwitchLink),
  switchedTo: z.nullable(SwitchLink),
  /** the stable part of the plan's calendar UIDs: kept across reschedules and new links */
  calendarId: z.string(),
  version: z.int().check(z.minimum(1)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SavedPlan = z.infer<typeof SavedPlan>;

export const CreatePlanResponse = z.strictObject({ id: PlanId, editToken: EditToken, title: z.string(), url: z.string() });
export type CreatePlanResponse = z.infer<typeof CreatePlanResponse>;

/**
 * A reschedule's answer: the plan (unchanged for a preview, or when nothing needed to move), what
 * moved where and why, the pace and checkpoint from then on, and whether a check-in that is open
 * now closes until the new checkpoint.
 */
export const RescheduleResponse = z.strictObject({
  plan: SavedPlan,
  moves: z.array(Move),
  pace: z.number().check(z.positive()),
  checkpoint: z.nullable(DateRangeSchema),
  closesCheckIn: z.boolean(),
  preview: z.boolean(),
});
export type RescheduleResponse = z.infer<typeof RescheduleResponse>;

/** 201: the plan switched to (with its own edit token), and the plan switched from, as it is now. */
export const SwitchResponse = z.extend(CreatePlanResponse, { from: SavedPlan });
export type SwitchResponse = z.infer<typeof SwitchResponse>;

/**
 * POST /api/plans/<id>/new-link: the plan's new id, link and edit token; the old link and the old
 * token (with every edit link made from it) are gone for good.
 */
export const NewLinkResponse = z.strictObject({ id: PlanId, url: z.string(), editToken: EditToken });
export type NewLinkResponse = z.infer<typeof NewLinkResponse>;

/**
 * POST /api/plans/<id>/owner with the token of a private edit link: the token of this device's
 * own, which replaces it (the link works once); with a device's own token: 204, nothing changes.
 */
export const OwnerResponse = z.strictObject({ editToken: EditToken });
export type OwnerResponse = z.infer<typeof OwnerResponse>;

/** POST /api/plans/<id>/edit-link: a private edit link that works once, on the device that opens it. */
export const EditLinkResponse = z.strictObject({ url: z.string(), editToken: EditToken });
export type EditLinkResponse = z.infer<typeof EditLinkResponse>;

/** GET /api/plans/<id>/devices (the owner): how many devices hold the plan's edit rights, and whether an edit link waits to be opened. */
export const DevicesResponse = z.strictObject({ devices: z.int().check(z.minimum(0)), linkWaiting: z.boolean() });
export type DevicesResponse = z.infer<typeof DevicesResponse>;

/** 409: the plan changed since the version the client had; here is the current one. */
export const ConflictResponse = z.strictObject({ error: z.string(), plan: SavedPlan });
