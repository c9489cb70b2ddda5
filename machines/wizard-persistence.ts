// Saving the wizard to localStorage after every step and restoring it on load. What is stored is
// parsed with zod and checked against the engine: garbage or an unknown shape starts fresh, an
// older or inconsistent state keeps the answers that still apply; either way the person is told.
import { z } from "zod";
import type { SnapshotFrom } from "xstate";
import { Answers } from "@/data/answers";
import { CATALOG_VERSION } from "@/data/catalog";
import { copy } from "@/data/copy";
import { QuestionIdSchema } from "@/data/schema";
import { isOnPath, replay } from "@/lib/wizard-path";
import { isAnswer, wizardMachine, type WizardContext, type WizardInput } from "./wizard-machine";

export const STORAGE_KEY = "onepath.wizard";
export const STORAGE_VERSION = 2;

type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

const Draft = z.union([z.string(), z.array(z.string())]);
const Stored = z.object({
  version: z.literal(STORAGE_VERSION),
  catalog: z.string(),
  state: z.enum(["asking", "result"]),
  context: z.object({
    answers: Answers,
    current: QuestionIdSchema.nullable(),
    draft: Draft.nullable(),
    notice: z.string().nullable(),
  }),
});
/** Version 1 stored only the answers; they are still good. */
const StoredV1 = z.object({ version: z.literal(1), answers: Answers });

export function serialize(snapshot: WizardSnapshot): string {
  const state = snapshot.matches("result") ? "result" : "asking";
  return JSON.stringify({ version: STORAGE_VERSION, catalog: CATALOG_VERSION, state, context: snapshot.context });
}

/** How to start the actor: a resolved snapshot to continue from (if any) and input otherwise. */
export type Restored = { snapshot?: WizardSnapshot; input: WizardInput };

function isConsistent(state: "asking" | "result", context: WizardContext): boolean {
  const path = replay(context.answers);
  if (path.dropped.length) return false;
  if (state === "result") return context.current === null && path.next === null;
  if (context.current === null) return false;
  return isOnPath(path, context.current) && (context.draft === null || isAnswer(context.current, context.draft));
}

export function restore(raw: string | null): Restored {
  if (raw === null) return { input: {} };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { input: { notice: copy.restoreFailed } };
  }
  const stored = Stored.safeParse(json);
  if (stored.success) {
    const { state, context, catalog } = stored.data;
    if (catalog === CATALOG_VERSION && isConsistent(state, context)) {
      // A notice was for the moment it appeared, not for every reload.
      return {
        snapshot: wizardMachine.resolveState({ value: state, context: { ...context, notice: null } }),
        input: {},
      };
    }
    return { input: { answers: context.answers, notice: copy.restoreMigrated } };
  }
  const old = StoredV1.safeParse(json);
  if (old.success) return { input: { answers: old.data.answers, notice: copy.restoreMigrated } };
  return { input: { notice: copy.restoreFailed } };
}
