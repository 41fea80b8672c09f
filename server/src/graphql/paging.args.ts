import { ArgsType, Field, Int } from "type-graphql";
import type { PageArgs } from "../db/page";
import { PAGE_ARGS } from "./descriptions";

/**
 * The contract's cursor paging arguments of a list (db/page.ts checks and applies them):
 * forwards with first/after, backwards with last/before.
 */
@ArgsType()
export class CursorPagingArgs implements PageArgs {
  @Field(() => Int, { nullable: true, description: PAGE_ARGS.first }) first?: number;
  @Field(() => String, { nullable: true, description: PAGE_ARGS.after }) after?: string;
  @Field(() => Int, { nullable: true, description: PAGE_ARGS.last }) last?: number;
  @Field(() => String, { nullable: true, description: PAGE_ARGS.before }) before?: string;
}

/** The paging arguments of a top-level list: the cursors, or an offset instead. */
@ArgsType()
export class PagingArgs extends CursorPagingArgs {
  @Field(() => Int, { nullable: true, description: PAGE_ARGS.offset }) offset?: number;
}
