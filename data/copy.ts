// Sentences the engine assembles from catalog phrases. Kept here so all copy lives in data/.
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

export const copy = {
  reason: (points: number, phrase: string) => `${signed(points)}: ${capital(phrase)}.`,
  openReason: "No hard blocker applies to you, and every other route was ruled out or scored lower.",
  outscored: (name: string, score: number, winner: string, gap: number, drag?: string) =>
    `${name} scored ${score}, ${gap} ${gap === 1 ? "point" : "points"} behind ${winner}` +
    (drag ? `; what held it back most: ${drag}.` : "."),
  outscoredTie: (name: string, winner: string) =>
    `${name} tied with ${winner}, and ${winner} usually leads to an offer sooner.`,
  flip: (phrases: string[], name: string) => `If ${phrases.join(" and ")}, ${name} would win.`,
  noFlip: (name: string) => `No change to one or two answers would make ${name} win.`,
  closeSecond: (name: string, gap: number) =>
    gap === 0
      ? `${name} tied on points; it lost only on the tie-break, so it is worth a look too.`
      : `${name} came a close second, just ${gap} point behind.`,
};
