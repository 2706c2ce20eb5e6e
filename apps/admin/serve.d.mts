// Types for serve.mjs (plain JavaScript so `node serve.mjs` needs no build), for TypeScript
// callers that do not check JavaScript: the root start script and test/admin.test.ts.
// serve.mjs itself is type-checked against its JSDoc by `pnpm typecheck`.

export interface AdminServerOptions {
  /** 0 picks a free port. Default 5173. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where the API listens; /graphql is appended. Default http://127.0.0.1:4000. */
  apiUrl?: string;
  /** The built admin. Default apps/admin/dist. */
  distDir?: string;
}

export interface AdminServer {
  /** e.g. http://127.0.0.1:5173 */
  url: string;
  close(): Promise<void>;
}

/** Rejects with an AdminServerError (one-line message) when the build is missing or the port is taken. */
export declare function startAdminServer(options?: AdminServerOptions): Promise<AdminServer>;
export declare function adminConfigFromEnv(env: NodeJS.ProcessEnv): { port: number; apiUrl: string };
export declare class AdminServerError extends Error {}
export declare const securityHeaders: Record<string, string>;
export declare const defaultDistDir: string;
