import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateTimeFilter, IdFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { DateTimeScalar } from "../../graphql/scalars";

@ObjectType({ description: "One field's value before and after a change." })
export class FieldChange {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ description: "Who changed which record when, and why: every back-office change and access change." })
export class AuditEntry {
  actorId!: string;
  employerId!: string | null;
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => String, { description: 'What was done, e.g. "correctDeclaration".' }) action!: string;
  @Field(() => String, { description: 'The kind of record, e.g. "WageDeclaration".' }) entityType!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => [FieldChange]) changes!: FieldChange[];
}

export const AuditEntryConnection = connectionType(AuditEntry, "AuditEntry");

@InputType()
export class AuditEntryFilter {
  @Field(() => IdFilter, { nullable: true }) entityId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) actorId?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true }) at?: DateTimeFilter;
  @Field(() => Boolean, {
    nullable: true,
    description: "true: only the back office's reads of income; false: only changes; unset: both.",
  })
  reads?: boolean;
}
