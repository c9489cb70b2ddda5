// The wizard's saved state (in localStorage): what is written after each step, and what is made of
// it again on arrival or when another tab saves. What is read is checked field by field
// (lib/answer-values.ts, so the wizard's bundle needs no zod) and against the engine: garbage or an
// unknown shape starts fresh, an older or inconsistent state keeps the answers that still apply;
// either way the person is told.
import type { Answers } from "@/data/answers";
import { CATALOG_VERSION } from "@/data/catalog";
import { copy } from "@/data/copy";
import { isAnswer, isQuestionId, isRecord, toAnswers } from "@/lib/answer-values";
import { isOnPath, replay, type WizardPath } from "@/lib/wizard-path";
import { FRESH, settle, type Draft, type WizardState } from "./wizard-steps";

export const STORAGE_KEY = "onepath.wizard";
export const STORAGE_VERSION = 2;

type Saved = Pick<WizardState, "answers" | "current" | "draft" | "notice">;
type Stored = { state: "asking" | "result"; catalog: string; context: Saved };

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
const parseStoredV1 = (json: unknown): Answers | null => (isRecord(json) && json.version === 1 ? toAnswers(json.answers) : null);

export function serialize({ answers, current, draft, notice }: WizardState): string {
  const state = current === null ? "result" : "asking";
  return JSON.stringify({ version: STORAGE_VERSION, catalog: CATALOG_VERSION, state, context: { answers, current, draft, notice } });
}

/** The saved state when it is exactly one the wizard could be in now, else null. */
function intact({ state, context }: Stored, path: WizardPath): WizardState | null {
  if (path.dropped.length) return null;
  const { current, draft } = context;
  if (state === "result") return current === null && path.next === null ? { ...context, path, notice: null } : null;
  if (current === null || !isOnPath(path, current) || (draft !== null && !isAnswer(current, draft))) return null;
  // A notice was for the moment it appeared, not for every reload.
  return { ...context, path, notice: null };
}

/**
 * What was saved, as a state to go on from: `intact` when it is exactly as saved, else a repair
 * (the answers that still apply, or a fresh start) with a notice. Null when nothing was saved.
 * `known` is a path worked out before, followed as far as its answers agree.
 */
export function restore(raw: string | null, known?: WizardPath): { state: WizardState; intact: boolean } | null {
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { state: { ...FRESH, notice: copy.restoreFailed }, intact: false };
  }
  const stored = parseStored(json);
  if (stored) {
    const path = replay(stored.context.answers, known);
    const state = stored.catalog === CATALOG_VERSION ? intact(stored, path) : null;
    if (state) return { state, intact: true };
    return { state: settle(stored.context.answers, copy.restoreMigrated, path), intact: false };
  }
  const old = parseStoredV1(json);
  if (old) return { state: settle(old, copy.restoreMigrated, known), intact: false };
  return { state: { ...FRESH, notice: copy.restoreFailed }, intact: false };
}
