/**
 * GraphQL over HTTP conformance: the `graphql-http` audit suite against the real
 * server; every MUST passes. The audits' queries touch `__typename` only, so they need no data.
 */
import { serverAudits } from "graphql-http";
import { startTestApi, type TestApi } from "../test/api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ controls: false });
});
afterAll(() => api.close());

const audits = serverAudits({ url: () => api.server.url });

it.each(audits.filter((audit) => audit.name.startsWith("MUST")).map((audit) => [audit.name, audit] as const))(
  "%s",
  async (_name, audit) => {
    const result = await audit.fn();
    expect({
      status: result.status,
      reason: result.status === "ok" ? undefined : (result as { reason?: string }).reason,
    }).toEqual({ status: "ok", reason: undefined });
  },
);

it.each(audits.filter((audit) => audit.name.startsWith("SHOULD")).map((audit) => [audit.name, audit] as const))(
  "%s",
  async (_name, audit) => {
    const result = await audit.fn();
    expect({
      status: result.status,
      reason: result.status === "ok" ? undefined : (result as { reason?: string }).reason,
    }).toEqual({ status: "ok", reason: undefined });
  },
);
