import { Field, ID, InputType, ObjectType } from "type-graphql";
import type { IncomeSubject } from "../../access";
import { DateTimeFilter, IdFilter } from "../../graphql/common.types";
import { connectionType } from "../../graphql/connection";
import { RECORD_ID } from "../../graphql/descriptions";
import { DateTimeScalar } from "../../graphql/scalars";
import type * as plain from "./audit.service";

@ObjectType({ description: "One field's value before and after a change." })
export class FieldChange implements plain.FieldChange {
  /** Whose pay `before` and `after` show, when they show pay (the back office's read is audited). */
  paySubject!: IncomeSubject;
  @Field(() => String, { description: 'The field\'s name, e.g. "lastName" or "status".' }) field!: string;
  @Field(() => String, {
    nullable: true,
    description: "The value before, as text; null: it had none, or it is withheld (see withheld).",
  })
  before!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The value after, as text; null: it has none, or it is withheld (see withheld).",
  })
  after!: string | null;
  @Field(() => Boolean, {
    description:
      "true: the values are pay (a declaration's total or properties) of a declaration the caller may not read, and before and after are null; false: they are shown as recorded.",
  })
  withheld!: boolean;
}

@ObjectType({
  description:
    "Who changed which record when, and why: every back-office change and access change. Pay in its changes is shown only to who may read the declaration (FieldChange.withheld).",
})
export class AuditEntry implements plain.AuditEntry {
  actorId!: string;
  joinedActor!: plain.AuditEntry["joinedActor"];
  employerId!: string | null;
  @Field(() => ID, { description: RECORD_ID }) id!: string;
  @Field(() => DateTimeScalar, { description: "When it happened." }) at!: Date;
  @Field(() => String, {
    description:
      'What was done: the mutation\'s name, e.g. "correctDeclaration" or "grantAccess", or "readIncome" / "readFlexiIncome" for a back-office read of pay.',
  })
  action!: string;
  @Field(() => String, { description: 'The kind of record, e.g. "WageDeclaration".' }) entityType!: string;
  @Field(() => ID, { description: "The id of the record changed or read." }) entityId!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The reason the back office gave; for a read of pay, the GraphQL operation's name; null when there is none.",
  })
  reason!: string | null;
  @Field(() => [FieldChange], { description: "The fields that changed, with before and after; empty for a read." })
  changes!: FieldChange[];
}

export const AuditEntryConnection = connectionType(AuditEntry, "AuditEntry");

@InputType({ description: "Which audit entries to list; the conditions given all apply." })
export class AuditEntryFilter implements plain.AuditEntryFilter {
  @Field(() => IdFilter, { nullable: true, description: "Entries about these records (their ids)." })
  entityId?: IdFilter;
  @Field(() => IdFilter, { nullable: true, description: "Entries of these users (User.id)." }) actorId?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true, description: "Entries made in this span of time." })
  at?: DateTimeFilter;
  @Field(() => Boolean, {
    nullable: true,
    description: "true: only the back office's reads of income; false: only changes; unset: both.",
  })
  reads?: boolean;
}
