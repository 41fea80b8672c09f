import { rm } from "node:fs/promises";

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as { flexiTestPg?: { stop(): Promise<void>; dataDir: string } }).flexiTestPg;
  if (!pg) return;
  await pg.stop();
  await rm(pg.dataDir, { recursive: true, force: true });
}
