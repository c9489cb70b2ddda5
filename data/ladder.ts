// The PM ladder: where a first PM job sits and what comes after it. New graduates aim at
// associate (APM/RPM) programmes; people switching in with work experience usually aim at PM.
export const LEVEL_IDS = ["apm", "pm", "senior-pm", "principal-pm"] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

export type Level = {
  id: LevelId;
  name: string;
  summary: string;
  work: string[];
  whoStartsHere: string;
};

export const ladder: Level[] = [
  {
    id: "apm",
    name: "Associate Product Manager",
    summary: "Learns the craft on a real product, with a senior PM close by.",
    work: [
      "Digs into data to find out what customers actually do",
      "Builds working relationships with engineering, design and sales",
      "Runs well-defined projects from plan to launch",
    ],
    whoStartsHere:
      "Mostly new graduates and early-career switchers. Programmes are tiny and competitive: Google's APM takes about 0.5% of applicants, and Meta's RPM takes new graduates or people with 1-4 years of experience, with no degree required.",
  },
  {
    id: "pm",
    name: "Product Manager",
    summary: "Owns a product area from the first idea to launch and beyond.",
    work: [
      "Gets stakeholders to agree on the problem worth solving",
      "Keeps the backlog in priority order and says no often",
      "Takes work end to end through launch, then iterates on what customers say",
    ],
    whoStartsHere: "Most people switching in from another role with a few years of work behind them.",
  },
  {
    id: "senior-pm",
    name: "Senior Product Manager",
    summary: "Handles complex products and sets their strategy and vision.",
    work: [
      "Writes the long-term roadmap and the reasoning behind it",
      "Mentors associate PMs and PMs",
      "Represents the product to leadership",
    ],
    whoStartsHere: "PMs with a few launches and a track record of good calls.",
  },
  {
    id: "principal-pm",
    name: "Principal Product Manager",
    summary: "Owns a whole problem space and sets direction across product lines.",
    work: ["Decides which problems the company should take on in a space", "Aligns several teams and products behind one direction"],
    whoStartsHere: "Senior PMs whose influence already reaches past their own team.",
  },
];

export const getLevel = (id: LevelId): Level => ladder.find((l) => l.id === id)!;
