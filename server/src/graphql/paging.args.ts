import { ArgsType, Field, Int } from "type-graphql";
import type { PageArgs } from "../db/page";

/**
 * The contract's cursor paging arguments of a list (db/page.ts checks and applies them):
 * forwards with first/after, backwards with last/before.
 */
@ArgsType()
export class CursorPagingArgs implements PageArgs {
  @Field(() => Int, { nullable: true }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
  @Field(() => Int, { nullable: true, description: "Backwards: the last rows (before `before`)." })
  last?: number;
  @Field(() => String, { nullable: true }) before?: string;
}

/** The paging arguments of a top-level list: the cursors, or an offset instead. */
@ArgsType()
export class PagingArgs extends CursorPagingArgs {
  @Field(() => Int, { nullable: true }) offset?: number;
}
