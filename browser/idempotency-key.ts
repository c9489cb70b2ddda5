// A fresh Idempotency-Key: one per user action, kept for its retries (browser/plan-client.ts sends
// it). A module of its own: the saved plan's page asks for keys from its first load
// (components/plans/saved-plan.tsx), and the API client, with the contract's schemas, loads later.
export const newKey = (): string => crypto.randomUUID().replaceAll("-", "");
