// npm run bench: the engine over the whole answer space (1,658,880 profiles). Prints the mean
// number of questions the wizard asks beside a fixed order, the greedy order and the exact
// optimum, the wizard's mean after each possible first question, and the time per
// nextQuestion and recommend call next to a baseline measured in the same run (scoring one full
// profile), since this machine is shared and absolute times only mean something beside it.
import { emptyState, forEachCompletion, fullWinner } from "@/tests/fixtures/answer-space";
import { QUESTION_IDS } from "@/data/ids";
import { FIRST_QUESTION, nextQuestionIndex } from "@/lib/next-question";
import { resultFor } from "@/lib/result";
import { fromState, type State } from "@/lib/table";
import { fixedOrder, greedyOrder, meanAsked, optimumMean, startingWith } from "./bench/question-counts";

/**
 * The figures docs/domain.md states for catalog v4 (fixed order 8.62 and greedy 7.36, as the
 * domain's own analysis gives them), printed beside what this run measures: a change to the
 * catalog or the engine that moves them shows here first.
 */
const DOCUMENTED = { fixed: 8.62, greedy: 7.36 };
const beside = (measured: number, documented: number) =>
  `${measured.toFixed(3)} (docs/domain.md: ${documented.toFixed(2)}${measured.toFixed(2) === documented.toFixed(2) ? ", matches" : ", DIFFERS"})`;

const now = () => performance.now();
const us = (ms: number, n: number) => ((ms * 1000) / n).toFixed(2);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

// Baseline: score every full profile once (tally + pick the leader).
let profiles = 0;
let sink = 0;
let t = now();
forEachCompletion(emptyState(), (full) => {
  profiles++;
  sink += fullWinner(full);
});
const baselineMs = now() - t;
const perProfileUs = (baselineMs * 1000) / profiles;
const ratio = (ms: number, n: number) => `${((ms * 1000) / n / perProfileUs).toFixed(0)}x baseline`;

// The wizard: every branch, timing each choice of question, and the result at every stop.
const stops: State[] = [];
let nextMs = 0;
let slowestMs = 0;
t = now();
const wizard = meanAsked((state) => {
  const start = now();
  const q = nextQuestionIndex(state);
  const took = now() - start;
  nextMs += took;
  slowestMs = Math.max(slowestMs, took);
  if (q === -1) stops.push(state);
  return q;
});
const walkMs = now() - t;

t = now();
for (const state of stops) {
  if (resultFor(fromState(state), "2026-11-30").status !== "decided") throw new Error("the wizard stopped too early");
}
const resultMs = now() - t;

t = now();
const fixed = meanAsked(fixedOrder);
const fixedMs = now() - t;
t = now();
const greedy = meanAsked(greedyOrder);
const greedyMs = now() - t;
t = now();
const optimum = optimumMean();
const optimumMs = now() - t;
// The first question every profile passes through: the wizard's mean after each candidate.
const firsts = QUESTION_IDS.map((id, q) => ({ id, mean: meanAsked(startingWith(q)).mean })).sort((a, b) => a.mean - b.mean);

const rows: [string, string][] = [
  ["profiles in the answer space", profiles.toLocaleString("en")],
  ["mean questions: all ten", "10.000"],
  ["mean questions: fixed order, stopping once settled", beside(fixed.mean, DOCUMENTED.fixed)],
  ["mean questions: greedy, fewest possible results next", beside(greedy.mean, DOCUMENTED.greedy)],
  [
    "mean questions: the wizard (goal: at most greedy)",
    `${wizard.mean.toFixed(3)} (${(wizard.mean - greedy.mean).toFixed(3)} beside greedy, +${(wizard.mean - optimum).toFixed(3)} beside the optimum)`,
  ],
  ["mean questions: best possible order (exact)", optimum.toFixed(3)],
  [`the wizard's mean by first question (it asks ${FIRST_QUESTION})`, firsts.map((f) => `${f.id} ${f.mean.toFixed(3)}`).join(", ")],
  ["distinct wizard states / places it stops", `${wizard.states.toLocaleString("en")} / ${wizard.stops.toLocaleString("en")}`],
  ["baseline: score one full profile", `${us(baselineMs, profiles)} us`],
  ["nextQuestion per call (two questions ahead)", `${us(nextMs, wizard.states)} us (${ratio(nextMs, wizard.states)})`],
  ["nextQuestion, slowest call", `${(slowestMs * 1000).toFixed(0)} us`],
  ["resultFor per call (route, reasons, flips, plan)", `${us(resultMs, stops.length)} us (${ratio(resultMs, stops.length)})`],
  ["total: walk every branch of the wizard", s(walkMs)],
  ["total: the result at every stop", s(resultMs)],
  ["total: the fixed order's / greedy walk / the exact optimum", `${s(fixedMs)} / ${s(greedyMs)} / ${s(optimumMs)}`],
  ["total: baseline over every profile", s(baselineMs)],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`OnePath engine benchmark (node ${process.version}, ${new Date().toISOString()})`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
if (sink < 0) console.log(sink);
