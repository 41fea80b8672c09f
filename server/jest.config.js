/** Jest for the server: @swc/jest keeps decorator metadata (TypeORM and type-graphql need it). */
const path = require("node:path");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.join(__dirname, ".."),
  roots: ["<rootDir>/server/src", "<rootDir>/sdk/src"],
  testMatch: ["**/*.spec.ts"],
  testEnvironment: "node",
  globalSetup: "<rootDir>/server/src/test/global-setup.ts",
  globalTeardown: "<rootDir>/server/src/test/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  testTimeout: 30000,
  // jose is ESM only: Node's require() loads it in the server, Jest needs it compiled to CommonJS.
  transformIgnorePatterns: ["/node_modules/(?!jose/)"],
  transform: {
    "^.+\\.(tsx?|js)$": [
      "@swc/jest",
      {
        jsc: {
          target: "es2022",
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        },
        module: { type: "commonjs" },
      },
    ],
  },
};
