/**
 * Glue between react-admin's generic data-provider signatures and this area's typed loaders:
 * each loader is written against the generated operation types, and only here is it widened to
 * the `<RecordType>` generics react-admin declares.
 */
import type {
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  RaRecord,
} from "react-admin";
import type { ResourceHandlers } from "../../api/dataProvider";

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
