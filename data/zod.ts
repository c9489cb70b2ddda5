// The zod every schema that can reach the browser uses: zod/mini, whose functional API bundles to a
// few kB (the classic build adds about 28 kB gzipped to a page), in jitless mode, so that parsing
// never probes `new Function` (a Content-Security-Policy without 'unsafe-eval' reports the probe).
// Import it as `import * as z from "@/data/zod"`, never zod/mini directly, so the setting always
// comes first. Error messages come from zod's English locale, which only the server loads
// (server/http.ts): the browser shows its own words. Server-only settings (server/config.ts) use
// classic zod.
import { config } from "zod/mini";

config({ jitless: true });

export * from "zod/mini";
