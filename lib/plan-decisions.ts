// What each owner command (lib/plan-commands.ts) does to a saved plan: a pure decide(plan, body,
// today) that returns the change to make, or the reason it cannot be made. The repository applies
// a change in one transaction on the plan as it is at that moment (server/plans/repository.ts),
// so every rule about living plans is here, tested in Node: a switched-away plan takes no more
// ticks, moves, check-ins or switches; the check-in opens in the checkpoint's week and ticks the
// checkpoint; a move only happens when something moves, and keeps a bounded history. On the
// server only: it needs the engine.
import type { Answers } from "@/data/answers";
import { CHECKPOINT_ID } from "@/data/plan-rules";
import type { Plan } from "@/data/plan";
import type { CheckIn, RecommendationResponse, RescheduleEntry, SavedPlan, SwitchLink } from "./api-contract";
import { checkpointOf, checkpointReached, currentAnswers, currentPlan, isWorking } from "./living-plan";
import type { CommandBody, CommandName } from "./plan-commands";
import { defaultPlanTitle } from "./plan-title";
import { reschedule, type Move } from "./reschedule";
import { carriedOver, checkInQuestions, planB, switchedResult } from "./switch";

/** The parts of a plan a change may set. */
export type PlanFields = {
  title: string;
  done: Record<string, boolean>;
  doneOn: Record<string, string>;
  schedule: Plan | null;
  reschedules: RescheduleEntry[];
  checkIns: CheckIn[];
  switchedTo: SwitchLink | null;
  laterAnswers: Answers;
  shareAnswers: boolean;
};

/** A plan to save from a switch: its answers and result, the ticks it carries over, and where it came from. */
export type NewPlan = {
  title: string;
  answers: Answers;
  snapshot: RecommendationResponse;
  done: Record<string, boolean>;
  doneOn: Record<string, string>;
  switchedFrom: SwitchLink;
};

/** What a command changes. Fields set to what they already hold change nothing, and nothing is written. */
export type Change = {
  set?: Partial<PlanFields>;
  /** a switch: the plan that goes on (its id is made when it is saved, and set on switchedTo) */
  create?: NewPlan;
  /** a new link: a new id and edit token; every old link, edit link and device stops working */
  renew?: true;
  /** a private edit link that works once */
  issueLink?: true;
  /** a private edit link's token traded for the device's own */
  trade?: true;
  remove?: true;
  /** what the reply says beyond the plan (a move: what moved, the pace, the checkpoint) */
  extra?: { moves: Move[]; pace: number; checkpoint: { start: string; end: string } | null; closesCheckIn: boolean; preview: boolean };
};

/** Why a command cannot be made on this plan, as "field: reason". */
export type Refusal = { refused: string };

type Decide<C extends CommandName> = (plan: SavedPlan, body: CommandBody<C>, today: string) => Change | Refusal;

/** A plan switched away from at its checkpoint is closed: the other plan is the one that goes on. */
const closed = (plan: SavedPlan, field: string): Refusal | null =>
  plan.switchedTo ? { refused: `${field}: this plan was switched to ${plan.switchedTo.name}; that plan is the one that goes on` } : null;

/** How many moves the history keeps: the latest. */
export const MAX_RESCHEDULES = 20;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0;
};

export const decisions: { [C in CommandName]: Decide<C> } = {
  update(plan, { title, steps = {}, shareAnswers }, today) {
    const known = new Set([...plan.snapshot.plan.steps, ...currentPlan(plan).steps].map((s) => s.id));
    const unknown = Object.keys(steps).find((s) => !known.has(s));
    if (unknown !== undefined) return { refused: `steps.${unknown.slice(0, 40)}: no such step in this plan` };
    const ticks = Object.entries(steps).filter(([step, value]) => (plan.done[step] ?? false) !== value);
    if (ticks.length) {
      const refusal = closed(plan, "steps");
      if (refusal) return refusal;
    }
    return {
      set: { ...(title !== undefined && { title }), ...(shareAnswers !== undefined && { shareAnswers }), ...ticked(plan, ticks, today) },
    };
  },

  reschedule(plan, { hours, preview = false }, today) {
    const refusal = closed(plan, "version");
    if (refusal) return refusal;
    const answers = currentAnswers(plan);
    const moved = reschedule({
      answers,
      plan: currentPlan(plan),
      catalogVersion: plan.snapshot.catalogVersion,
      done: plan.done,
      today,
      hours: hours ?? answers.hours,
    });
    const checkpoint = checkpointOf(moved.plan)?.dates ?? null;
    const extra = {
      moves: moved.moves,
      pace: moved.plan.pace,
      checkpoint,
      // A check-in open today closes until the new checkpoint's week: said before the move is made.
      closesCheckIn: checkpointReached(plan, today) && !plan.done[CHECKPOINT_ID] && checkpoint !== null && checkpoint.start > today,
      preview,
    };
    // Nothing to move, or only looking: nothing is written.
    if (preview || (moved.moves.length === 0 && moved.plan.pace === currentPlan(plan).pace)) return { extra };
    const shifts = moved.moves
      .filter((m) => m.why !== "calendar")
      .map((m) => Math.round((Date.parse(m.to.start) - Date.parse(m.from.start)) / 6048e5));
    const entry: RescheduleEntry = {
      on: today,
      weeksMoved: median(shifts),
      toNextWindow: moved.moves.filter((m) => m.why === "calendar").length,
      pace: moved.plan.pace,
      ...(hours ? { hours } : {}),
    };
    return {
      set: {
        schedule: moved.plan,
        reschedules: [...plan.reschedules, entry].slice(-MAX_RESCHEDULES),
        // The new hours carry into the reasons on the page and into a later switch.
        ...(hours && hours !== answers.hours ? { laterAnswers: { ...plan.laterAnswers, hours } } : {}),
      },
      extra,
    };
  },

  "check-in"(plan, { answers }, today) {
    const refusal = closed(plan, "version");
    if (refusal) return refusal;
    const questions = checkInQuestions(plan.snapshot.route.id, plan.snapshot.plan);
    if (answers.length !== questions.length) return { refused: `answers: this plan's check-in has ${questions.length} questions` };
    if (!checkpointReached(plan, today)) return { refused: "answers: the check-in opens in the checkpoint's week" };
    // Checking in is the checkpoint's work: it is done, and never counts as late.
    return {
      set: {
        checkIns: [...plan.checkIns, { on: today, answers, working: isWorking(answers) }],
        ...ticked(plan, plan.done[CHECKPOINT_ID] ? [] : [[CHECKPOINT_ID, true]], today),
      },
    };
  },

  "plan-b"(plan, { answers }) {
    const refusal = closed(plan, "version");
    if (refusal) return refusal;
    const open = new Set(plan.snapshot.switchOpen ?? []);
    const given = Object.keys(answers) as (keyof Answers)[];
    const other = given.find((q) => !open.has(q));
    if (other !== undefined || given.length === 0) {
      return { refused: `answers${other ? `.${other}` : ""}: not one of this plan's plan-B questions (${[...open].join(", ") || "none"})` };
    }
    return { set: { laterAnswers: { ...plan.laterAnswers, ...answers } } };
  },

  switch(plan, _body, today) {
    const refusal = closed(plan, "version");
    if (refusal) return refusal;
    if (!checkpointReached(plan, today)) return { refused: "version: switching opens in the checkpoint's week" };
    const b = planB(plan);
    if (b.open.length) return { refused: `version: answer the plan-B questions first (${b.open.join(", ")})` };
    const switched = switchedResult(plan, today);
    if (!switched.ok) return { refused: switched.error };
    const next = switched.result;
    return {
      create: {
        title: defaultPlanTitle(next.route.name, today),
        answers: currentAnswers(plan),
        snapshot: next,
        ...carriedOver(plan, next.plan),
        switchedFrom: { route: plan.snapshot.route.id, name: plan.snapshot.route.name, on: today },
      },
      set: { switchedTo: { route: next.route.id, name: next.route.name, on: today } },
    };
  },

  "new-link": () => ({ renew: true }),
  "edit-link": () => ({ issueLink: true }),
  owner: () => ({ trade: true }),
  delete: () => ({ remove: true }),
};

/** Ticks as a change: done and the day of each (an untick forgets its day); none, no change. */
function ticked(plan: SavedPlan, ticks: [string, boolean][], today: string): Partial<PlanFields> {
  if (ticks.length === 0) return {};
  const doneOn = { ...plan.doneOn };
  for (const [step, value] of ticks) {
    if (value) doneOn[step] = today;
    else delete doneOn[step];
  }
  return { done: { ...plan.done, ...Object.fromEntries(ticks) }, doneOn };
}

/** The change a command makes on this plan today, or why it cannot. */
export const decide = <C extends CommandName>(name: C, plan: SavedPlan, body: CommandBody<C>, today: string): Change | Refusal =>
  decisions[name](plan, body, today);

export const isRefusal = (made: Change | Refusal): made is Refusal => "refused" in made;
