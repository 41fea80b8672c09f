/**
 * Glue between react-admin's data provider and the typed operations of each resource folder:
 * generic handlers (lists, single records) written against the generated operation types and
 * only here widened to the `<RecordType>` generics react-admin declares, and custom methods that
 * send one typed operation each (actions, the wizard's steps, the pages that are no list).
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type {
  DataProvider,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  RaRecord,
} from "react-admin";
import { flexi } from "./flexi";

/** What one resource supports; react-admin calls only these. */
export type ResourceHandlers = Partial<
  Pick<
    DataProvider,
    "getList" | "getOne" | "getMany" | "getManyReference" | "update" | "create" | "delete" | "updateMany"
  >
>;

/** A custom data-provider method that sends one typed operation with its variables and returns its answer. */
export function operation<Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Result, Variables>,
): (...variables: Variables extends Record<string, never> ? [] : [Variables]) => Promise<Result> {
  return (...[variables]) => flexi.request(document, variables as Variables | undefined);
}

type Handler<K extends keyof ResourceHandlers> = NonNullable<ResourceHandlers[K]>;

export function listHandler<R extends RaRecord>(
  load: (params: GetListParams) => Promise<GetListResult<R>>,
): Handler<"getList"> {
  return ((_resource: string, params: GetListParams) => load(params)) as Handler<"getList">;
}

export function oneHandler<R extends RaRecord>(load: (id: string) => Promise<R>): Handler<"getOne"> {
  return (async (_resource: string, params: GetOneParams): Promise<GetOneResult<R>> => ({
    data: await load(String(params.id)),
  })) as Handler<"getOne">;
}

/** getMany through the single-record query (the API's filters have no id list for these types). */
export function manyHandler<R extends RaRecord>(load: (id: string) => Promise<R>): Handler<"getMany"> {
  return (async (_resource: string, params: GetManyParams): Promise<GetManyResult<R>> => ({
    data: await Promise.all(params.ids.map((id) => load(String(id)))),
  })) as Handler<"getMany">;
}

/** react-admin's page to the API's `first` and `offset`. */
export function pageOf(params: GetListParams, defaultPerPage = 25): { first: number; offset: number } {
  const perPage = Math.min(params.pagination?.perPage ?? defaultPerPage, 500);
  const page = params.pagination?.page ?? 1;
  return { first: perPage, offset: (page - 1) * perPage };
}

/** A filter value the user left empty (react-admin keeps "" and [] in its filter state). */
export function isBlank(value: unknown): boolean {
  return value == null || value === "" || (Array.isArray(value) && value.length === 0);
}

/**
 * For useGetOne on a record page: react-admin seeds its getOne cache with the rows of a list it
 * loaded (without `meta`), and a page needs more than a row holds; a meta of its own gives the
 * page its own cache entry.
 */
export const PAGE_META = { meta: { page: true } } as const;
