// npm run bench: the engine over the whole answer space (294,912 profiles). Prints the mean number
// of questions the wizard asks and the time per nextQuestion and recommend call, next to a
// baseline measured in the same run (scoring one full profile), since this machine is shared.
import { emptyState, forEachCompletion, fullWinner } from "@/lib/answer-space";
import { nextQuestion } from "@/lib/next-question";
import { recommend } from "@/lib/recommend";
import { QUESTION_IDS } from "@/data/ids";
import { UNANSWERED, fromState, questionsTable, type State } from "@/lib/table";

const now = () => performance.now();
const us = (ms: number, n: number) => ((ms * 1000) / n).toFixed(2);

// Baseline: score every full profile once (tally + pick the leader).
let profiles = 0;
let sink = 0;
let t = now();
forEachCompletion(emptyState(), (full) => {
  profiles++;
  sink += fullWinner(full);
});
const baselineMs = now() - t;

// The wizard: follow nextQuestion from the empty profile down every branch (each distinct state
// once), then recommend at every place it stops.
const leaves: { state: State; weight: number }[] = [];
let nextCalls = 0;
let nextMs = 0;
let askedTotal = 0;
function walk(state: State, asked: number) {
  const answers = fromState(state);
  const start = now();
  const q = nextQuestion(answers);
  nextMs += now() - start;
  nextCalls++;
  if (q === null) {
    let weight = 1;
    state.forEach((c, i) => (weight *= c === UNANSWERED ? questionsTable[i]!.choices : 1));
    leaves.push({ state, weight });
    askedTotal += asked * weight;
    return;
  }
  const index = QUESTION_IDS.indexOf(q);
  for (let c = 0; c < questionsTable[index]!.choices; c++) {
    const next = state.slice();
    next[index] = c;
    walk(next, asked + 1);
  }
}
t = now();
walk(emptyState(), 0);
const walkMs = now() - t;

t = now();
for (const leaf of leaves) {
  const r = recommend(fromState(leaf.state));
  if (r.status !== "decided") throw new Error("the wizard stopped before the route was decided");
}
const recommendMs = now() - t;

const perProfileUs = (baselineMs * 1000) / profiles;
const rows = [
  ["profiles in the answer space", profiles.toLocaleString("en")],
  ["mean questions asked (goal <= 6.0; all nine = 9.00)", (askedTotal / profiles).toFixed(3)],
  ["distinct wizard states / places it stops", `${nextCalls.toLocaleString("en")} / ${leaves.length.toLocaleString("en")}`],
  ["baseline: score one full profile", `${us(baselineMs, profiles)} us`],
  ["nextQuestion per call", `${us(nextMs, nextCalls)} us (${((nextMs * 1000) / nextCalls / perProfileUs).toFixed(0)}x baseline)`],
  ["recommend per call (with reasons, why-nots, flips)", `${us(recommendMs, leaves.length)} us (${((recommendMs * 1000) / leaves.length / perProfileUs).toFixed(0)}x baseline)`],
  ["total: walk every branch of the wizard", `${(walkMs / 1000).toFixed(2)} s`],
  ["total: recommend at every stop", `${(recommendMs / 1000).toFixed(2)} s`],
  ["total: baseline over every profile", `${(baselineMs / 1000).toFixed(2)} s`],
];
const width = Math.max(...rows.map((r) => r[0]!.length));
console.log(`OnePath engine benchmark (node ${process.version}, ${new Date().toISOString()})`);
for (const [label, value] of rows) console.log(`${label!.padEnd(width)}  ${value}`);
if (sink < 0) console.log(sink);
