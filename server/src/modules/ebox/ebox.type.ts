import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeFilter, IdFilter, PageInfo } from "../../graphql/common.types";
import type { ConnectionResult } from "../../graphql/connection";
import { CONNECTION_DESCRIPTIONS, EDGE_DESCRIPTIONS, RECORD_ID } from "../../graphql/descriptions";
import { DateTimeScalar } from "../../graphql/scalars";
import { EboxMessageOrder, EboxMessageType } from "./ebox.service";
import type * as plain from "./ebox.service";

export { EboxMessageOrder, EboxMessageType };

registerEnumType(EboxMessageType, {
  name: "EboxMessageType",
  description: "What an e-Box message reports.",
  valuesConfig: {
    DECLARATION_ACCEPTED: { description: "An original version was accepted (by the controls or the back office)." },
    DECLARATION_ACCEPTED_WITH_WARNINGS: {
      description: "An original version was accepted with warnings; the body lists the anomalies.",
    },
    DECLARATION_REFUSED: {
      description: "A version (original, modification or cancellation) was refused; the body lists the anomalies.",
    },
    MODIFICATION_PROCESSED: { description: "A modification was accepted and is now in force." },
    DELETION_PROCESSED: { description: "A deletion was processed: the declaration is CANCELLED." },
    CORRECTED_BY_BACK_OFFICE: {
      description:
        "The back office corrected the declaration (a new version, controlled again); the body gives its reason.",
    },
    SUBMISSION_SUMMARY: {
      description:
        "The outcome of a bulk submission's declarations (submitDeclarations), once all are controlled: one message instead of one per declaration. Later versions get their own messages.",
    },
  },
});

@ObjectType({ description: "A message in an employer's e-Box, shown in the reader's language." })
export class EboxMessage implements plain.EboxMessage {
  @Field(() => ID, { description: RECORD_ID }) id!: string;
  employerId!: string;
  /** The declaration or submission the message concerns; resolved by their modules. */
  declarationId!: string | null;
  submissionId!: string | null;
  /** Related records the list that read this message joined (only the fields asked); undefined: not joined. */
  joined!: plain.EboxJoined | undefined;
  @Field(() => EboxMessageType, { description: "What the message reports." }) type!: EboxMessageType;
  @Field(() => String, { description: "The subject line, in the reader's language." }) subject!: string;
  @Field(() => String, { description: "The text (plain text, several lines), in the reader's language." })
  body!: string;
  @Field(() => DateTimeScalar, { description: "When the message arrived in the e-Box." }) receivedAt!: Date;
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

@ObjectType("EboxMessageEdge", { description: "One EboxMessage of a page, with its cursor." })
class EboxMessageEdge {
  @Field(() => String, { description: EDGE_DESCRIPTIONS.cursor }) cursor!: string;
  @Field(() => EboxMessage, { description: "The EboxMessage." }) node!: EboxMessage;
}

/** The usual connection, plus the unread count the console shows. */
@ObjectType("EboxMessageConnection", { description: "One page of e-Box messages, with the unread count." })
export class EboxMessageConnection implements ConnectionResult<EboxMessage> {
  @Field(() => [EboxMessage], { description: CONNECTION_DESCRIPTIONS.nodes }) nodes!: EboxMessage[];
  @Field(() => [EboxMessageEdge], { description: CONNECTION_DESCRIPTIONS.edges }) edges!: EboxMessageEdge[];
  @Field(() => PageInfo, { description: CONNECTION_DESCRIPTIONS.pageInfo }) pageInfo!: PageInfo;
  @Field(() => Int, { description: CONNECTION_DESCRIPTIONS.totalCount }) totalCount!: number;
  @Field(() => Int, { description: "Unread messages that match the filter, whatever its `unread` condition says." })
  unreadCount!: number;
}

@InputType({ description: "Which e-Box messages to list; the conditions given all apply." })
export class EboxMessageFilter implements plain.EboxMessageFilter {
  @Field(() => IdFilter, { nullable: true, description: "Only messages of these employers' e-Boxes (by id)." })
  employerId?: IdFilter;
  @Field(() => Boolean, { nullable: true, description: "true: only unread messages; false: only read ones." })
  unread?: boolean;
  @Field(() => [EboxMessageType], { nullable: true, description: "Only messages of one of these types." })
  type?: EboxMessageType[];
  @Field(() => DateTimeFilter, { nullable: true, description: "Only messages received in this span of time." })
  receivedAt?: DateTimeFilter;
}

registerEnumType(EboxMessageOrder, {
  name: "EboxMessageOrder",
  description: "Orders of eboxMessages; without one, RECEIVED_AT_DESC (newest first).",
  valuesConfig: {
    RECEIVED_AT_DESC: { description: "Newest first (the default)." },
    RECEIVED_AT_ASC: { description: "Oldest first." },
  },
});
