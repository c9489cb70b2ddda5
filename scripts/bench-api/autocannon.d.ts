// The part of autocannon's programmatic API that bench-api uses (the package ships no types).
declare module "autocannon" {
  export type Context = Record<string, unknown>;
  export type RequestSpec = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** builds each request just before it is sent */
    setupRequest?: (request: RequestSpec, context: Context) => RequestSpec;
    onResponse?: (status: number, body: string, context: Context) => void;
  };
  export type Options = { url: string; connections: number; duration: number; timeout?: number; requests: RequestSpec[] };
  export type Histogram = { average: number; mean: number; p50: number; p99: number; max: number; total: number };
  export type Result = {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
