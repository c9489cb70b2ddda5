// Saving the wizard to localStorage after every step and restoring it on load. What is stored is
// checked field by field (lib/answer-values.ts, so the wizard's bundle needs no zod) and against
// the engine: garbage or an unknown shape starts fresh, an older or inconsistent state keeps the
// answers that still apply; either way the person is told.
import type { SnapshotFrom } from "xstate";
import type { Answers } from "@/data/answers";
import { CATALOG_VERSION } from "@/data/catalog";
import { copy } from "@/data/copy";
import { isAnswer, isQuestionId, isRecord, toAnswers } from "@/lib/answer-values";
import { isOnPath, replay } from "@/lib/wizard-path";
import { wizardMachine, type Draft, type WizardContext, type WizardInput } from "./wizard-machine";

export const STORAGE_KEY = "onepath.wizard";
export const STORAGE_VERSION = 2;

type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

type Stored = { state: "asking" | "result"; catalog: string; context: WizardContext };

const isDraft = (value: unknown): value is Draft =>
  typeof value === "string" || (Array.isArray(value) && value.every((v) => typeof v === "string"));

/** The current version's shape, or null. */
function parseStored(json: unknown): Stored | null {
  if (!isRecord(json) || json.version !== STORAGE_VERSION || typeof json.catalog !== "string") return null;
  if (json.state !== "asking" && json.state !== "result") return null;
  const context = json.context;
  if (!isRecord(context)) return null;
  const answers = toAnswers(context.answers);
  const { current, draft, notice } = context;
  if (!answers || !(current === null || isQuestionId(current))) return null;
  if (!(draft === null || isDraft(draft)) || !(notice === null || typeof notice === "string")) return null;
  return { state: json.state, catalog: json.catalog, context: { answers, current, draft, notice } };
}

/** Version 1 stored only the answers; they are still good. */
const parseStoredV1 = (json: unknown): Answers | null =>
  isRecord(json) && json.version === 1 ? toAnswers(json.answers) : null;

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
  const stored = parseStored(json);
  if (stored) {
    const { state, context, catalog } = stored;
    if (catalog === CATALOG_VERSION && isConsistent(state, context)) {
      // A notice was for the moment it appeared, not for every reload.
      return {
        snapshot: wizardMachine.resolveState({ value: state, context: { ...context, notice: null } }),
        input: {},
      };
    }
    return { input: { answers: context.answers, notice: copy.restoreMigrated } };
  }
  const old = parseStoredV1(json);
  if (old) return { input: { answers: old, notice: copy.restoreMigrated } };
  return { input: { notice: copy.restoreFailed } };
}
