import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar, SsinScalar } from "./scalars";

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
export class DateRange {
  @Field(() => DateScalar) start!: string;
  @Field(() => DateScalar) end!: string;
}

@InputType()
export class DateRangeInput {
  @Field(() => DateScalar) start!: string;
  @Field(() => DateScalar) end!: string;
}

@InputType()
export class IdFilter {
  @Field(() => ID, { nullable: true }) eq?: string;
  @Field(() => [ID], { nullable: true }) in?: string[];
}

@InputType()
export class StringFilter {
  @Field(() => String, { nullable: true }) eq?: string;
  @Field(() => [String], { nullable: true }) in?: string[];
  @Field(() => String, { nullable: true }) contains?: string;
}

@InputType()
export class SsinFilter {
  @Field(() => SsinScalar, { nullable: true }) eq?: string;
  @Field(() => [SsinScalar], { nullable: true }) in?: string[];
}

@InputType()
export class DateFilter {
  @Field(() => DateScalar, { nullable: true }) eq?: string;
  @Field(() => DateScalar, { nullable: true }) gte?: string;
  @Field(() => DateScalar, { nullable: true }) lte?: string;
}

@InputType()
export class DateTimeFilter {
  @Field(() => DateTimeScalar, { nullable: true }) gte?: Date;
  @Field(() => DateTimeScalar, { nullable: true }) lte?: Date;
}
