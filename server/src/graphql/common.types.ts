import { Field, ID, InputType, ObjectType } from "type-graphql";
import type { DateRange as PlainDateRange } from "../domain/dates";
import type { EqualityCondition, InstantCondition, TextCondition } from "../db/filters";
import { DateScalar, DateTimeScalar, SsinScalar } from "./scalars";

@ObjectType({
  description:
    "Where a page lies in its list: give `endCursor` as `after` for the next page, `startCursor` as `before` for the previous one.",
})
export class PageInfo {
  @Field(() => Boolean, {
    description: "Forwards: more rows follow this page. Backwards: the page was read before a cursor.",
  })
  hasNextPage!: boolean;
  @Field(() => Boolean, {
    description: "Forwards: the page was read after a cursor or an offset. Backwards: more rows precede this page.",
  })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "Cursor of the page's first row; null for an empty page." })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: "Cursor of the page's last row; null for an empty page." })
  endCursor!: string | null;
}

@ObjectType({ description: "A range of calendar days, both ends included." })
export class DateRange implements PlainDateRange {
  @Field(() => DateScalar, { description: "First day of the range." }) start!: string;
  @Field(() => DateScalar, { description: "Last day of the range (included), never before start." }) end!: string;
}

@InputType({
  description:
    "A range of calendar days, both ends included. An end before the start is BAD_USER_INPUT (RANGE_ORDER at `end`).",
})
export class DateRangeInput implements PlainDateRange {
  @Field(() => DateScalar, { description: "First day of the range." }) start!: string;
  @Field(() => DateScalar, { description: "Last day of the range (included); on or after start." }) end!: string;
}

@InputType({
  description:
    "Condition on a record id (UUID); the conditions given all apply. An id that is not a UUID matches nothing.",
})
export class IdFilter implements EqualityCondition {
  @Field(() => ID, { nullable: true, description: "Equal to this id." }) eq?: string;
  @Field(() => [ID], { nullable: true, description: "One of these ids; an empty list matches nothing." }) in?: string[];
}

@InputType({ description: "Condition on a text; the conditions given all apply." })
export class StringFilter implements TextCondition {
  @Field(() => String, { nullable: true, description: "Exactly this text (case-sensitive)." }) eq?: string;
  @Field(() => [String], { nullable: true, description: "One of these texts (case-sensitive)." }) in?: string[];
  @Field(() => String, {
    nullable: true,
    description: "Contains this text, ignoring case; `%` and `_` are plain characters here.",
  })
  contains?: string;
}

@InputType({ description: "Condition on an SSIN; the conditions given all apply." })
export class SsinFilter implements EqualityCondition {
  @Field(() => SsinScalar, { nullable: true, description: "Equal to this SSIN." }) eq?: string;
  @Field(() => [SsinScalar], { nullable: true, description: "One of these SSINs." }) in?: string[];
}

@InputType({ description: "Condition on a calendar date; the conditions given all apply." })
export class DateFilter {
  @Field(() => DateScalar, { nullable: true, description: "On this day." }) eq?: string;
  @Field(() => DateScalar, { nullable: true, description: "On or after this day." }) gte?: string;
  @Field(() => DateScalar, { nullable: true, description: "On or before this day." }) lte?: string;
}

@InputType({ description: "Condition on an instant; the conditions given all apply." })
export class DateTimeFilter implements InstantCondition {
  @Field(() => DateTimeScalar, { nullable: true, description: "At or after this instant." }) gte?: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: "At or before this instant." }) lte?: Date;
}
