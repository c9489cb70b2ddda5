// The server's configuration, parsed once with zod. The database is chosen here: SQLite in a file
// (the embedded default, no server to run) unless DATABASE_URL points at PostgreSQL.
// No "server-only" here: the database commands in scripts/ parse the same environment outside Next.
import { z } from "zod";

const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const Env = z.object({
  DATABASE_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL")
      .refine((url) => URL.canParse(url), "not a valid URL")
      .optional(),
  ),
  ONEPATH_SQLITE_FILE: z.preprocess(blankIsUnset, z.string().default("data-local/onepath.sqlite")),
});
export type Env = z.infer<typeof Env>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`OnePath cannot start: bad environment (${problems})`);
  }
  return parsed.data;
}
