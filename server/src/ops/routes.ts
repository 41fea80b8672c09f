/** The operations endpoints beside /healthz: /readyz and /metrics (issue 7). */
import { Router } from "express";
import type { Db } from "../db/db";
import { metricsText } from "./metrics";
import { checkReadiness } from "./readiness";
import { requestLogger } from "./request-log";

export function opsRoutes(db: Db): Router {
  const router = Router();
  router.get("/readyz", async (_req, res) => {
    const readiness = await checkReadiness(db);
    res.setHeader("Cache-Control", "no-store");
    if (readiness.ready) res.json({ status: "ready" });
    else res.status(503).json({ status: "not ready", reason: readiness.reason });
  });
  router.get("/metrics", async (req, res) => {
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
