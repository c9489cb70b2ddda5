// Where the wizard starts, computed the same way on the server (which renders the question) and in
// the browser (which takes over that markup without a change): the machine's first state for the
// answers in the address, moved to the question the address names if it is on the path.
import { initialTransition, transition, type SnapshotFrom } from "xstate";
import type { Answers } from "@/data/answers";
import { copy } from "@/data/copy";
import type { QuestionId } from "@/data/ids";
import type { WizardUrl } from "@/lib/wizard-url";
import { wizardMachine } from "./wizard-machine";

export type WizardStart = { answers: Answers; question: QuestionId | null; notice: string | null };

export const FRESH_START: WizardStart = { answers: {}, question: null, notice: null };

export function startFromUrl(url: WizardUrl): WizardStart {
  if (url.restart) return { answers: {}, question: null, notice: copy.restarted };
  if (!url.answers) return { answers: {}, question: null, notice: copy.unreadableLink };
  return { answers: url.answers, question: url.question, notice: null };
}

export function startingSnapshot(start: WizardStart): SnapshotFrom<typeof wizardMachine> {
  const [snapshot] = initialTransition(wizardMachine, { answers: start.answers, notice: start.notice });
  if (!start.question) return snapshot;
  return transition(wizardMachine, snapshot, { type: "answer.change", question: start.question })[0];
}
