/**
 * PostGraphile 5 (Amber preset, no GraphiQL, no watch, no row-level security) on `node:http`, the
 * peer that `npm run bench` measures beside the API and the raw-SQL baseline (bench/peer.ts
 * installs it into PEER_DIR and starts this file as a child). Plain CommonJS: PostGraphile is
 * not a dependency of the project, so it is required from PEER_DIR/node_modules.
 *
 * Environment: DATABASE_URL, PEER_DIR, PORT (0: any free port), DATABASE_POOL_SIZE (default 20,
 * the API's). Prints `listening <port>` when ready.
 */
"use strict";
const { createServer } = require("node:http");
const { createRequire } = require("node:module");
const path = require("node:path");

// PostGraphile 5.1 (grafast 1.1) calls Promise.withResolvers, which Node 22 has and Node 20 lacks;
// without it every connection field fails with "Cannot read properties of undefined (reading 'items')".
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const peerRequire = createRequire(path.join(path.resolve(process.env.PEER_DIR ?? "."), "package.json"));
const { postgraphile } = peerRequire("postgraphile");
const { grafserv } = peerRequire("postgraphile/grafserv/node");
const { PostGraphileAmberPreset } = peerRequire("postgraphile/presets/amber");
const { makePgService } = peerRequire("postgraphile/adaptors/pg");

async function main() {
  const preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [
      makePgService({
        connectionString: process.env.DATABASE_URL,
        schemas: ["public"],
        poolConfig: { max: Number(process.env.DATABASE_POOL_SIZE ?? 20), application_name: "bench-postgraphile" },
      }),
    ],
    grafserv: { graphiql: false, watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.on("error", (error) => {
    console.error(error);
    process.exit(1);
  });
  await serv.addTo(server);
  // Build the schema before saying ready, so that the first measured request does not pay for it.
  await pgl.getSchema();
  server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
    console.log(`listening ${server.address().port}`);
  });
  const stop = () => {
    server.close();
    pgl.release().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
