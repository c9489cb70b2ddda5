// Plan ids and edit tokens: unguessable strings from the operating system's cryptographic random
// source. The database keeps only a SHA-256 hash of each token, and finds a token by its hash.
import { createHash, randomBytes } from "node:crypto";

/** 144 bits: the plan's address, also its read-only share link. */
export const newPlanId = (): string => randomBytes(18).toString("base64url");
/** 256 bits: the right to change a plan. Shown once to its owner, never stored. */
export const newEditToken = (): string => randomBytes(32).toString("base64url");

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");
