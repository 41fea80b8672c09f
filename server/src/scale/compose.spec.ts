/**
 * docker-compose.yml and the Dockerfile, held to the project: no container engine runs
 * here, so this reads them. The services exist (PostgreSQL, two API replicas, a controls worker,
 * one entry in front); every command runs a file the build produces; every environment variable
 * of the API and worker services is a setting of server/src/config.ts; the Dockerfile's COPY
 * sources exist and are in the build context; the entry proxies /graphql with WebSocket upgrade
 * to every API replica.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { REPO_ROOT } from "../test/cluster";

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
  volumes?: (string | { source?: string; target?: string })[];
  ports?: (string | number | { published?: string | number })[];
  deploy?: { replicas?: number };
}

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");
const compose = parse(read("docker-compose.yml"), { merge: true }) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const services = compose.services;

function commandOf(service: Service): string[] {
  if (service.command === undefined) return [];
  return Array.isArray(service.command) ? service.command : service.command.split(/\s+/);
}
function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env))
    return Object.fromEntries(env.map((line) => [line.split("=")[0]!, line.slice(line.indexOf("=") + 1)]));
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v ?? "")]));
}
/** The node options the services may pass (those of `npm start`). */
const NODE_FLAGS = /^--max-semi-space-size=\d+$/;

const runs = (service: Service, file: string) => commandOf(service).includes(file);
const names = (pick: (s: Service) => boolean) =>
  Object.entries(services)
    .filter(([, s]) => pick(s))
    .map(([name]) => name);

const apiNames = names((s) => runs(s, "server/dist/main.js"));
const workerNames = names((s) => runs(s, "server/dist/worker.js"));
const postgresNames = names((s) => /^postgres:\d+/.test(s.image ?? ""));
const entryNames = names((s) => /^(nginx|caddy)(:|$)/.test(s.image ?? ""));

/**
 * The settings readConfig (server/src/config.ts) reads: `env.NAME` there and in the modules it
 * hands the environment to (its relative imports, e.g. security/settings.ts). These are the only
 * variables a process of the product knows.
 */
const SETTINGS = (() => {
  const config = read("server/src/config.ts");
  const readers = [...config.matchAll(/from "\.\/([^"]+)"/g)].map((m) => `server/src/${m[1]}.ts`);
  const names = [config, ...readers.map(read)].flatMap((source) =>
    [...source.matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!),
  );
  return new Set(names);
})();
/** The variables of the README's "Settings" table. */
const DOCUMENTED = new Set([...read("README.md").matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]!));

/** A glob of .dockerignore or tsconfig (`*`, `**`) as a test on a relative path or any of its parents. */
function globMatches(pattern: string, file: string): boolean {
  const body = pattern.replace(/^\.?\//, "").replace(/\/$/, "");
  const regex = new RegExp(
    "^" +
      body
        .split(/(\*\*\/|\*\*|\*)/)
        .map((part) =>
          part === "**/"
            ? "(?:.*/)?"
            : part === "**"
              ? ".*"
              : part === "*"
                ? "[^/]*"
                : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"),
        )
        .join("") +
      "(?:/.*)?$",
  );
  return regex.test(file);
}

describe("docker-compose.yml", () => {
  it("has PostgreSQL (official 16 or 17, with a healthcheck and a volume), two API replicas, a controls worker and one entry", () => {
    expect(postgresNames).toHaveLength(1);
    const postgres = services[postgresNames[0]!]!;
    expect(postgres.image).toMatch(/^postgres:1[67](\b|$)/);
    expect(postgres.healthcheck?.test).toBeDefined();
    const volume = (postgres.volumes ?? []).map((v) => (typeof v === "string" ? v.split(":")[0]! : (v.source ?? "")));
    expect(volume.some((v) => Object.keys(compose.volumes ?? {}).includes(v))).toBe(true);

    const replicas = apiNames.reduce((n, name) => n + (services[name]!.deploy?.replicas ?? 1), 0);
    expect(replicas).toBeGreaterThanOrEqual(2);
    expect(workerNames.length).toBeGreaterThanOrEqual(1);
    expect(entryNames).toHaveLength(1);
    // Everything from outside goes through the entry.
    for (const name of [...apiNames, ...workerNames]) expect(services[name]!.ports ?? []).toEqual([]);
    expect(services[entryNames[0]!]!.ports?.length).toBeGreaterThan(0);
  });

  it("every service it depends on exists; the API and worker wait for a healthy PostgreSQL", () => {
    for (const [name, service] of Object.entries(services)) {
      const deps = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});
      for (const dep of deps) expect(`${name} -> ${dep}: ${dep in services}`).toBe(`${name} -> ${dep}: true`);
    }
    for (const name of [...apiNames, ...workerNames]) {
      const deps = services[name]!.depends_on as Record<string, { condition?: string }>;
      expect(deps[postgresNames[0]!]?.condition).toBe("service_healthy");
    }
  });

  it("every command runs `node` on a file that `npm run build --workspace server` produces from an existing source", () => {
    const rootScripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
    expect(rootScripts.build).toContain("npm run build --workspace server");
    expect(rootScripts.build).toContain("npm run build --workspace console");
    const serverBuild = (JSON.parse(read("server/package.json")) as { scripts: Record<string, string> }).scripts.build;
    expect(serverBuild).toBe("tsc -p tsconfig.build.json");

    // tsconfig.build.json extends server/tsconfig.json: rootDir src, outDir dist, include src/**/*.ts.
    const buildConfig = JSON.parse(read("server/tsconfig.build.json")) as {
      extends?: string;
      exclude?: string[];
      include?: string[];
    };
    const baseConfig = JSON.parse(read(path.join("server", buildConfig.extends ?? "tsconfig.json"))) as {
      compilerOptions: { rootDir: string; outDir: string };
      include: string[];
    };
    const include = buildConfig.include ?? baseConfig.include;
    const { rootDir, outDir } = baseConfig.compilerOptions;

    const nodeServices = names((s) => commandOf(s)[0] === "node");
    expect(nodeServices.sort()).toEqual([...apiNames, ...workerNames].sort());
    for (const name of nodeServices) {
      const [program, ...args] = commandOf(services[name]!);
      // V8 settings may come before the file (the same as `npm start`'s).
      const flags = args.filter((arg) => arg.startsWith("--"));
      const [file, ...rest] = args.filter((arg) => !arg.startsWith("--"));
      expect([program, rest, flags.filter((flag) => !NODE_FLAGS.test(flag))]).toEqual(["node", [], []]);
      const prefix = `server/${outDir}/`;
      expect(file!.startsWith(prefix)).toBe(true);
      const source = `${rootDir}/${file!.slice(prefix.length).replace(/\.js$/, ".ts")}`;
      expect(existsSync(path.join(REPO_ROOT, "server", source))).toBe(true);
      expect(include.some((glob) => globMatches(glob, source))).toBe(true);
      expect((buildConfig.exclude ?? []).filter((glob) => globMatches(glob, source))).toEqual([]);
    }
  });

  it("every environment variable of the API and worker services is a setting of server/src/config.ts, listed in the README", () => {
    for (const core of ["DATABASE_URL", "JWT_SECRET", "PORT", "CONTROLS_WORKER"]) expect(SETTINGS).toContain(core);
    for (const name of [...apiNames, ...workerNames]) {
      const variables = Object.keys(environmentOf(services[name]!));
      expect(`${name}: ${variables.filter((v) => !SETTINGS.has(v)).join(", ")}`).toBe(`${name}: `);
      expect(`${name}: ${variables.filter((v) => !DOCUMENTED.has(v)).join(", ")}`).toBe(`${name}: `);
    }
  });

  it("the APIs share one JWT_SECRET and DATABASE_URL with each other and the worker, run no controls, and reach the compose PostgreSQL", () => {
    const apis = apiNames.map((name) => environmentOf(services[name]!));
    const workers = workerNames.map((name) => environmentOf(services[name]!));
    expect(new Set(apis.map((env) => env.JWT_SECRET)).size).toBe(1);
    expect(apis[0]!.JWT_SECRET).toBeTruthy();
    expect(new Set([...apis, ...workers].map((env) => env.DATABASE_URL)).size).toBe(1);
    for (const env of apis) expect(env.CONTROLS_WORKER).toBe("false");
    for (const env of workers) expect(env.CONTROLS_WORKER ?? "ignored by worker.js").not.toBe("false");

    const url = new URL(apis[0]!.DATABASE_URL!);
    const postgres = environmentOf(services[postgresNames[0]!]!);
    expect([
      url.hostname,
      decodeURIComponent(url.username),
      decodeURIComponent(url.password),
      url.pathname.slice(1),
    ]).toEqual([postgresNames[0], postgres.POSTGRES_USER, postgres.POSTGRES_PASSWORD, postgres.POSTGRES_DB]);
  });

  it("the API healthcheck asks a path the server serves", () => {
    const server = read("server/src/server.ts") + read("server/src/ops/routes.ts");
    for (const name of apiNames) {
      const test = [services[name]!.healthcheck?.test ?? []].flat().join(" ");
      const paths = [...test.matchAll(/127\.0\.0\.1:(\d+)(\/[a-z]+)/g)];
      expect(paths).toHaveLength(1);
      expect(paths[0]![1]).toBe(environmentOf(services[name]!).PORT);
      expect(server).toContain(`"${paths[0]![2]}"`);
    }
  });
});

describe("the Dockerfile", () => {
  const built = [...apiNames, ...workerNames].map((name) => services[name]!.build);
  const dockerfiles = [
    ...new Set(
      built.map((b) => {
        expect(b).toBeDefined();
        const context = typeof b === "string" ? b : (b?.context ?? ".");
        const file = typeof b === "string" ? "Dockerfile" : (b?.dockerfile ?? "Dockerfile");
        return JSON.stringify({ context: path.normalize(context), file });
      }),
    ),
  ].map((text) => JSON.parse(text) as { context: string; file: string });

  it("referenced by the services exists, builds with npm ci and npm run build on Node 24 LTS slim, and runs the built API", () => {
    expect(dockerfiles.length).toBeGreaterThan(0);
    for (const { context, file } of dockerfiles) {
      const dockerfile = read(path.join(context, file));
      const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]);
      expect(stages.length).toBeGreaterThanOrEqual(2); // multi-stage
      for (const image of stages) expect(image).toMatch(/^node:24(\.\d+)*-(bookworm-|trixie-)?slim$/);
      expect(dockerfile).toMatch(/^RUN npm ci\s*$/m);
      expect(dockerfile).toMatch(/^RUN npm run build\s*$/m);
      expect(dockerfile).toMatch(/^CMD \["node", "--max-semi-space-size=64", "server\/dist\/main\.js"\]$/m);
      expect(dockerfile).toMatch(/^COPY --from=\S+ \/app\/server\/dist server\/dist$/m);
      expect(dockerfile).toMatch(/^COPY --from=\S+ \/app\/console\/dist console\/dist$/m);
      // Its own variables are settings too.
      const variables = [...dockerfile.matchAll(/^ENV\s+([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);
      expect(variables.filter((v) => !SETTINGS.has(v))).toEqual([]);
    }
  });

  it("copies only sources that exist in the build context and that .dockerignore lets through", () => {
    for (const { context, file } of dockerfiles) {
      const dockerfile = read(path.join(context, file));
      const ignoreFile = path.join(REPO_ROOT, context, ".dockerignore");
      const ignored = existsSync(ignoreFile)
        ? readFileSync(ignoreFile, "utf8")
            .split("\n")
            .map((l) => l.trim())
            .filter((l) => l && !l.startsWith("#"))
        : [];
      expect(ignored.filter((p) => p.startsWith("!"))).toEqual([]); // re-inclusions are not handled here
      const copies = [...dockerfile.matchAll(/^COPY\s+(?!--from)(.+)$/gm)].map((m) =>
        m[1]!
          .trim()
          .split(/\s+/)
          .filter((w) => !w.startsWith("--")),
      );
      expect(copies.length).toBeGreaterThan(3);
      for (const words of copies) {
        for (const source of words.slice(0, -1)) {
          const full = path.join(REPO_ROOT, context, source);
          expect(`${source}: ${existsSync(full)}`).toBe(`${source}: true`);
          expect(`${source}: ${ignored.filter((p) => globMatches(p, path.normalize(source)))}`).toBe(`${source}: `);
          if (statSync(full).isDirectory()) expect(source).not.toMatch(/node_modules|dist/);
        }
      }
      // What the runtime needs is never left out of the context.
      for (const needed of [
        "package-lock.json",
        "server/src/main.ts",
        "server/src/worker.ts",
        "console/src/main.tsx",
        "console/index.html",
      ]) {
        expect(`${needed}: ${ignored.filter((p) => globMatches(p, needed))}`).toBe(`${needed}: `);
      }
    }
  });
});

describe("the entry", () => {
  const [entryName] = entryNames;
  const entry = services[entryName!]!;
  const mounts = (entry.volumes ?? []).map((v) =>
    typeof v === "string" ? v.split(":") : [v.source ?? "", v.target ?? ""],
  );
  const configMount = mounts.find(([source]) => source!.startsWith("./"));

  it("mounts a configuration file of the project", () => {
    expect(configMount).toBeDefined();
    expect(existsSync(path.join(REPO_ROOT, configMount![0]!))).toBe(true);
  });

  it("proxies / and /graphql to every API replica, with WebSocket upgrade on /graphql, and waits for healthy APIs", () => {
    const config = read(configMount![0]!);
    const upstream = /upstream\s+(\S+)\s*\{([^}]*)\}/.exec(config);
    expect(upstream).not.toBeNull();
    const servers = [...upstream![2]!.matchAll(/^\s*server\s+([^\s;]+)/gm)].map((m) => m[1]);
    expect(servers.sort()).toEqual(apiNames.map((name) => `${name}:${environmentOf(services[name]!).PORT}`).sort());

    const location = (where: string) =>
      new RegExp(`location\\s+${where.replace("/", "\\/")}\\s*\\{([^}]*)\\}`).exec(config)?.[1] ?? "";
    const graphql = location("/graphql");
    expect(graphql).toContain(`proxy_pass http://${upstream![1]};`);
    expect(graphql).toMatch(/proxy_http_version 1\.1;/);
    expect(graphql).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    const connection = /proxy_set_header Connection (\$\w+);/.exec(graphql)?.[1];
    expect(connection).toBeDefined();
    // The Connection variable maps an Upgrade request to "upgrade".
    expect(config).toMatch(new RegExp(`map \\$http_upgrade \\${connection}\\s*\\{[^}]*default\\s+upgrade;`));
    expect(location("/")).toContain(`proxy_pass http://${upstream![1]};`);
    // The metrics are for the internal network only.
    expect(config).toMatch(/location = \/metrics \{ return 404; \}/);

    const deps = entry.depends_on as Record<string, { condition?: string }>;
    for (const name of apiNames) expect(deps[name]?.condition).toBe("service_healthy");
  });
});
