// The database tables as Kysely sees them. JSON columns are text on both engines and are parsed
// with zod on the way out, so neither engine's JSON quirks leak into the app.
export type PlansTable = {
  id: string;
  token_hash: string;
  title: string;
  answers: string;
  snapshot: string;
  catalog_version: string;
  done: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type Database = { plans: PlansTable };
