import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { EboxMessageTypeCode } from "../../domain/ebox-texts";
import { DateTimeFilter, IdFilter, PageInfo } from "../../graphql/common.types";
import type { ConnectionResult } from "../../graphql/connection";
import { DateTimeScalar } from "../../graphql/scalars";

/** What a message reports; the values are the domain's codes (domain/ebox-texts.ts). */
export enum EboxMessageType {
  DECLARATION_ACCEPTED = "DECLARATION_ACCEPTED",
  DECLARATION_ACCEPTED_WITH_WARNINGS = "DECLARATION_ACCEPTED_WITH_WARNINGS",
  DECLARATION_REFUSED = "DECLARATION_REFUSED",
  MODIFICATION_PROCESSED = "MODIFICATION_PROCESSED",
  DELETION_PROCESSED = "DELETION_PROCESSED",
  CORRECTED_BY_BACK_OFFICE = "CORRECTED_BY_BACK_OFFICE",
  SUBMISSION_SUMMARY = "SUBMISSION_SUMMARY",
}
registerEnumType(EboxMessageType, { name: "EboxMessageType" });

// The compiler refuses a GraphQL value without a domain code, or the reverse.
type SameValues<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const ENUM_MATCHES_DOMAIN: SameValues<`${EboxMessageType}`, EboxMessageTypeCode> = true;
void ENUM_MATCHES_DOMAIN;

@ObjectType({ description: "A message in an employer's e-Box, shown in the reader's language." })
export class EboxMessage {
  @Field(() => ID) id!: string;
  employerId!: string;
  /** The declaration or submission the message concerns; resolved by their modules. */
  declarationId!: string | null;
  submissionId!: string | null;
  @Field(() => EboxMessageType) type!: EboxMessageType;
  @Field(() => String, { description: "In the reader's language." }) subject!: string;
  @Field(() => String, { description: "In the reader's language." }) body!: string;
  @Field(() => DateTimeScalar) receivedAt!: Date;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When a user of the employer first marked it read; null: unread.",
  })
  readAt!: Date | null;
  @Field(() => String, {
    description:
      "The message's place in the e-Box log, in commit order: give it as `after` to eboxMessageReceived to receive every later message.",
  })
  logCursor!: string;
}

@ObjectType("EboxMessageEdge")
class EboxMessageEdge {
  @Field(() => String) cursor!: string;
  @Field(() => EboxMessage) node!: EboxMessage;
}

/** The usual connection, plus the unread count the console shows. */
@ObjectType("EboxMessageConnection")
export class EboxMessageConnection implements ConnectionResult<EboxMessage> {
  @Field(() => [EboxMessage]) nodes!: EboxMessage[];
  @Field(() => [EboxMessageEdge]) edges!: EboxMessageEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
  @Field(() => Int, { description: "Unread messages that match the filter, whatever its `unread` condition says." })
  unreadCount!: number;
}

@InputType()
export class EboxMessageFilter {
  @Field(() => IdFilter, { nullable: true }) employerId?: IdFilter;
  @Field(() => Boolean, { nullable: true, description: "true: only unread messages; false: only read ones." })
  unread?: boolean;
  @Field(() => [EboxMessageType], { nullable: true }) type?: EboxMessageType[];
  @Field(() => DateTimeFilter, { nullable: true }) receivedAt?: DateTimeFilter;
}

export enum EboxMessageOrder {
  RECEIVED_AT_DESC = "RECEIVED_AT_DESC",
  RECEIVED_AT_ASC = "RECEIVED_AT_ASC",
}
registerEnumType(EboxMessageOrder, { name: "EboxMessageOrder" });
