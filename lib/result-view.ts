// The result as a person reads it, in one place: the route, the level to aim for, when the first
// offers come, the warnings, the reasons, the dated steps with the checkpoint, and why not each
// other route. The result page, a saved plan (owner's and shared view), print and the Markdown
// export all render this view, so the result reads the same wherever it appears. It reads a
// recommendation exactly as it was saved, under whichever catalog: what a plan saved under an
// older catalog lacks (warnings, offers in its steps) is simply not shown.
import { copy } from "@/data/copy";
import { getLevel } from "@/data/ladder";
import type { Plan, PlanStep } from "@/data/plan";
import { routeFacts } from "@/data/route-facts";
import type { RouteId } from "@/data/ids";
import type { SavedRecommendation } from "./api-contract";
import { addMonths, formatDate, formatDateRange } from "./dates";

type WhyNotItem = {
  /** routes that share this line (more than one when the same answer ruled them out) */
  routes: { id: RouteId; name: string }[];
  badge: string;
  why: string;
  /** per route: what would flip it, or what it would need (its name leads when the line is shared) */
  next: string[];
};

export type ResultView = {
  route: { id: RouteId; name: string };
  level: { name: string; summary: string };
  /** label and value pairs under the route: the level, when offers come (with a note under a deadline warning), the cost */
  facts: { term: string; value: string; note?: string }[];
  warnings: { id: string; heading: string; text: string }[];
  reasons: string[];
  closeSecond: string | null;
  /** every step, in plan order */
  steps: PlanStep[];
  /** under a deadline warning (v4): the deadline date, the heading over the steps that start after it */
  ifNoOffer: { date: string; heading: string } | null;
  startDate: string;
  endDate: string;
  whyNot: WhyNotItem[];
};

/**
 * The plan's first offers: for a student or an MBA the internship offer, else the first step whose
 * "done when" is an offer. Null for plans saved before steps said so.
 */
export function firstOffers(steps: readonly PlanStep[]): PlanStep | null {
  return steps.find((s) => s.offer === "internship") ?? steps.find((s) => s.offer === "job") ?? null;
}

/** The deadline date of a result saved under a deadline warning (v4 plans say it), else null. */
export const deadlineOf = (result: Pick<SavedRecommendation, "warnings" | "plan">): string | null =>
  result.warnings?.length ? (result.plan.deadline ?? null) : null;

/** "If you have no offer by 7 Mar 2027": the heading over the steps after the deadline date. */
export const ifNoOfferHeading = (deadline: string | null): string | null => (deadline ? copy.result.ifNoOffer(formatDate(deadline)) : null);

/** A route level with the winner: saved as "tied", or under an older catalog as "outscored" saying so. */
const isTie = (other: SavedRecommendation["others"][number]) => other.status === "tied" || /just as well/.test(other.why);

function whyNot(others: SavedRecommendation["others"]): WhyNotItem[] {
  // Routes with the same line (ruled out by the same answer, or held back most by it) share it, so
  // it is shown once.
  const groups: SavedRecommendation["others"][] = [];
  for (const other of others) {
    const group = groups.find((g) => g[0]!.status === other.status && g[0]!.why === other.why);
    if (group) group.push(other);
    else groups.push([other]);
  }
  return groups.map((group) => {
    const first = group[0]!;
    const badge = first.status === "eliminated" ? copy.result.ruledOut : isTie(first) ? copy.result.tied : copy.result.fitLess;
    // A flip names its route already; on a shared line, what a route would need starts with its name.
    const next = group.flatMap((o) => {
      if (o.flip) return [o.flip.text];
      if (!o.wouldNeed) return [];
      return [group.length > 1 ? `${o.name}: ${o.wouldNeed}` : o.wouldNeed];
    });
    return { routes: group.map((o) => ({ id: o.route, name: o.name })), badge, why: first.why, next };
  });
}

/** plan: the plan's current dates, where they have moved since the result was saved. */
export function resultView(result: SavedRecommendation, plan: Plan = result.plan): ResultView {
  const level = getLevel(plan.level);
  const facts = routeFacts[result.route.id];
  const offers = firstOffers(plan.steps);
  // Under a deadline warning the plan's own offer dates stand beside the route's longest typical time.
  const deadline = deadlineOf(result);
  const longest = facts.timeToOffer.longestMonths;
  const monthYear = (iso: string) => formatDate(iso).replace(/^\d+ /, "");
  return {
    route: result.route,
    level: { name: level.name, summary: level.summary },
    facts: [
      { term: copy.result.aimFor, value: level.name },
      offers
        ? {
            term: offers.offer === "internship" ? copy.result.internshipOffers : copy.result.firstOffers,
            value: formatDateRange(offers.dates.start, offers.dates.end),
            ...(deadline ? { note: copy.result.offersNote(longest, monthYear(addMonths(plan.startDate, longest))) } : {}),
          }
        : { term: copy.result.typicalTime, value: facts.timeToOffer.label },
      { term: copy.result.cost, value: facts.cost },
    ],
    warnings: (result.warnings ?? []).map((w) => ({ id: w.id, heading: copy.result.warning[w.id], text: w.text })),
    reasons: result.reasons.map((r) => r.text),
    closeSecond: result.closeSecond?.text ?? null,
    steps: plan.steps,
    ifNoOffer: deadline ? { date: deadline, heading: copy.result.ifNoOffer(formatDate(deadline)) } : null,
    startDate: plan.startDate,
    endDate: plan.endDate,
    whyNot: whyNot(result.others),
  };
}

/** "3 Dec 2026 to 28 Mar 2027": the plan's span, for a line under the steps. */
export const planSpan = (view: ResultView) => `${formatDate(view.startDate)} to ${formatDate(view.endDate)}`;
