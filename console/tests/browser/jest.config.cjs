/**
 * Browser tests (npm run test:browser): playwright-core drives Debian's Chromium against the real
 * server, on a real PostgreSQL with the demo data. Each test file gets its own database cloned
 * from a template with the demo loaded, and its own server with the built console. A test that
 * fails is run once more, its first failure printed and listed by .ci/run (retry.ts).
 */
const path = require("node:path");

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.join(__dirname, "..", "..", ".."),
  roots: ["<rootDir>/console/tests/browser"],
  testMatch: ["**/*.browser.ts"],
  testEnvironment: "node",
  globalSetup: "<rootDir>/console/tests/browser/global-setup.ts",
  globalTeardown: "<rootDir>/server/src/test/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  setupFilesAfterEnv: ["<rootDir>/console/tests/browser/retry.ts"],
  testTimeout: 90000,
  maxWorkers: 2,
  transform: {
    "^.+\\.tsx?$": [
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
