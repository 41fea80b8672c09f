/** The operations endpoints beside /healthz: /readyz and /metrics. */
import { createHash, timingSafeEqual } from "node:crypto";
import { Router } from "express";
import { bearerToken } from "../auth/tokens";
import type { Db } from "../db/db";
import { metricsText } from "./metrics";
import { checkReadiness } from "./readiness";
import { requestLogger } from "./request-log";

/** `metricsToken`: when given, /metrics answers only requests that bear it (METRICS_TOKEN). */
export function opsRoutes(db: Db, metricsToken?: string): Router {
  const router = Router();
  router.get("/readyz", async (_req, res) => {
    const readiness = await checkReadiness(db);
    res.setHeader("Cache-Control", "no-store");
    if (readiness.ready) res.json({ status: "ready" });
    else res.status(503).setHeader("Retry-After", "2").json({ status: "not ready", reason: readiness.reason });
  });
  router.get("/metrics", async (req, res) => {
    if (metricsToken && !sameSecret(bearerToken(req.headers.authorization) ?? "", metricsToken)) {
      res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
      res.status(401).type("text/plain").send("metrics need the METRICS_TOKEN as a bearer token\n");
      return;
    }
    try {
      const { contentType, body } = await metricsText();
      res.setHeader("Content-Type", contentType);
      res.setHeader("Cache-Control", "no-store");
      res.send(body);
    } catch (error) {
      requestLogger(req).error({ err: error }, "metrics: cannot collect");
      res.status(500).type("text/plain").send("metrics unavailable\n");
    }
  });
  return router;
}

/** Compares secrets in constant time (their hashes, so that lengths do not show either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
