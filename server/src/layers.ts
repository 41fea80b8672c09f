/**
 * The layers of the server, bottom first. A file may import files of its own layer and of the
 * layers below it, never above, and no chain of imports (type-only ones included) may lead back
 * to where it started. server/src/layers.spec.ts reads this list and checks every import of
 * server/src; it also checks that the console and the SDK never import server code.
 *
 * - base: what every layer may use: the domain error type (errors.ts) and the process's logger.
 * - domain: the rules of wage declarations, dates, money, identifiers, permission codes; plain
 *   TypeScript without a database or a transport.
 * - db: PostgreSQL: SQL building, the connection, paging, the TypeORM entities (which only
 *   describe tables for migrations) and the migrations.
 * - access: who asks and what they may see (auth/, access/), the request context every service
 *   receives (auth/request-context.ts), protections of the API (security/), and the change
 *   notifications of the database (events/). These folders are one level: they use each other.
 * - services: what the API does, one service per module (`*.service.ts` and the plain helpers
 *   beside it in modules/), the controls (controls/), and services.ts, which builds them.
 * - ops: what an operator sees: request logs, metrics, readiness.
 * - graphql: the GraphQL schema: object, input and argument types, resolvers, the GraphQL
 *   request context and the one place that turns domain errors into GraphQL errors.
 * - server: the HTTP and WebSocket server, the processes' entry points, their configuration from
 *   the environment (config.ts) and the demo data a fresh process loads.
 *
 * Specs and test helpers (`*.spec.ts`, test/, proofs/, scale/, conformance/) may import anything.
 * Where a file belongs: an exact `files` entry first, then a `suffixes` entry, then the longest
 * `folders` entry that contains it.
 */
export interface Layer {
  name: string;
  /** Paths relative to server/src. */
  files?: readonly string[];
  /** Name endings, wherever the file is. */
  suffixes?: readonly string[];
  /** Folders relative to server/src, with a trailing slash. */
  folders?: readonly string[];
}

export const LAYERS: readonly Layer[] = [
  { name: "base", files: ["errors.ts", "layers.ts", "ops/logger.ts", "ops/mask.ts"] },
  { name: "domain", folders: ["domain/"], files: ["auth/permissions.ts"] },
  { name: "db", folders: ["db/"], suffixes: [".entity.ts"] },
  { name: "access", folders: ["auth/", "access/", "security/", "events/"] },
  { name: "services", folders: ["modules/", "controls/"], suffixes: [".service.ts"], files: ["services.ts"] },
  { name: "ops", folders: ["ops/"] },
  {
    name: "graphql",
    folders: ["graphql/"],
    suffixes: [".type.ts", ".input.ts", ".args.ts", ".resolver.ts", ".loaders.ts"],
  },
  {
    name: "server",
    folders: ["demo/", "http/"],
    files: ["server.ts", "main.ts", "worker.ts", "startup.ts", "config.ts"],
  },
];

/** Files outside the order: they may import any layer (nothing of the product imports them). */
export const FREE: Layer = {
  name: "tests",
  suffixes: [".spec.ts"],
  folders: ["test/", "proofs/", "scale/", "conformance/"],
};

/** The product folders of the other workspaces, which must not import anything of server/. */
export const CLIENT_SOURCES: readonly string[] = ["console/src", "sdk/src"];
