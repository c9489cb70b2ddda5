// buildPlan: the winning route's step template, its weeks scaled to the person's hours a week,
// with real calendar dates from the day they start, and the level on the PM ladder to aim for.
import type { Answers } from "@/data/answers";
import { getRoute } from "@/data/catalog";
import type { RouteId } from "@/data/ids";
import type { LevelId } from "@/data/ladder";
import { DEFAULT_PACE, PACE } from "@/data/pace";
import type { Plan } from "@/data/plan";
import { addDays } from "./dates";

/** New graduates and students aim at APM/RPM programmes; everyone else at a PM role. */
export function targetLevel(answers: Answers): LevelId {
  return answers.experience === "new-grad" || answers.role === "student" ? "apm" : "pm";
}

export function paceFor(route: RouteId, answers: Answers): number {
  if (!getRoute(route).paceScales) return 1;
  return answers.hours ? PACE[answers.hours] : DEFAULT_PACE;
}

/** Week 1 starts on startDate; week n covers days 7(n-1) .. 7n-1. */
export function buildPlan(recommendation: { route: RouteId }, answers: Answers, startDate: string): Plan {
  const route = getRoute(recommendation.route);
  const pace = paceFor(route.id, answers);
  const steps = route.steps.map((step) => {
    const from = Math.max(1, Math.round((step.weeks.from - 1) * pace) + 1);
    const to = Math.max(from, Math.round(step.weeks.to * pace));
    return {
      id: step.id,
      title: step.title,
      detail: step.detail,
      doneWhen: step.doneWhen,
      interviewPractice: step.interviewPractice,
      weeks: { from, to },
      dates: { start: addDays(startDate, (from - 1) * 7), end: addDays(startDate, to * 7 - 1) },
    };
  });
  const endDate = steps.reduce((end, s) => (s.dates.end > end ? s.dates.end : end), startDate);
  return { route: route.id, level: targetLevel(answers), startDate, endDate, pace, steps };
}
