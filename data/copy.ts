// Sentences the engine assembles from catalog phrases. Kept here so all copy lives in data/.
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

const list = (items: string[]) =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

export const copy = {
  setAside: (topics: string[]) =>
    topics.length === 1
      ? `Your answer about ${topics[0]} no longer changes the result, so we set it aside.`
      : `Your answers about ${list(topics)} no longer change the result, so we set them aside.`,
  restarted: "Started again from the first question.",
  restoreFailed: "We couldn't read your earlier answers, so the questions start fresh.",
  restoreMigrated: "The questions have changed since your last visit; we kept the answers that still apply.",
  reason: (points: number, phrase: string) => `${signed(points)}: ${capital(phrase)}.`,
  openReason: "No hard blocker applies to you, and every other route was ruled out or scored lower.",
  outscored: (name: string, score: number, winner: string, gap: number, drag?: string) =>
    `${name} scored ${score}, ${gap} ${gap === 1 ? "point" : "points"} behind ${winner}` +
    (drag ? `; what held it back most: ${drag}.` : "."),
  outscoredTie: (name: string, winner: string) =>
    `${name} tied with ${winner}, and ${winner} usually leads to an offer sooner.`,
  behind: "Can't catch up any more with your answers so far.",
  flip: (phrases: string[], name: string) => `If ${list(phrases)}, ${name} would win.`,
  noFlip: (name: string) => `No change to one or two answers would make ${name} win.`,
  closeSecond: (name: string, gap: number) =>
    gap === 0
      ? `${name} tied on points; it lost only on the tie-break, so it is worth a look too.`
      : `${name} came a close second, just ${gap} point behind.`,
};
