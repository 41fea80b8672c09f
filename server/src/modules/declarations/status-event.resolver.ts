import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { User } from "../access/access.type";
import { userOf } from "./declaration.loaders";
import { canSeeEmployerDeclarations, RULES, signedIn } from "../../access";
import { isUuid } from "../../db/ids";
import { parseLogCursor } from "../../events/log-relay";
import { loadEventsOf, type StatusEvent } from "../../events/status-event-source";
import type { GraphQLContext } from "../../graphql/context";
import { DateTimeScalar } from "../../graphql/scalars";
import { toDeclaration } from "./declaration-rows";
import { DeclarationStatus, WageDeclaration } from "./declaration.type";
import { isEventReasonCode, type EventReasonCode } from "./lifecycle-engine";

/** A reason the API wrote itself on a status event (the GraphQL enum StatusEventReasonCode). */
export enum StatusEventReasonCode {
  CONTROLS_RUN_AGAIN = "CONTROLS_RUN_AGAIN",
}

registerEnumType(StatusEventReasonCode, {
  name: "StatusEventReasonCode",
  description:
    "What a status change's reason says when the API wrote it itself rather than a person: show a text of your own for it, in the reader's language.",
  valuesConfig: {
    CONTROLS_RUN_AGAIN: {
      description:
        "The back office ran the controls again (revalidateDeclaration, revalidateDeclarations): the version went back to PENDING.",
    },
  },
});

const REASON_CODES: Record<EventReasonCode, StatusEventReasonCode> = {
  CONTROLS_RUN_AGAIN: StatusEventReasonCode.CONTROLS_RUN_AGAIN,
};

@ObjectType({ description: "A change of a declaration's status." })
export class DeclarationStatusEvent {
  event!: StatusEvent;
  @Field(() => String, { description: "Give it as `after` to resume from this event." }) cursor!: string;
  @Field(() => DeclarationStatus, { nullable: true, description: "The status before; null if there was none." })
  from!: DeclarationStatus | null;
  @Field(() => DeclarationStatus, { description: "The status after." }) to!: DeclarationStatus;
  @Field(() => DateTimeScalar, { description: "When the change was committed." }) at!: Date;
  @Field(() => Int, { description: "The version whose status changed." }) versionNumber!: number;
  @Field(() => String, {
    nullable: true,
    description:
      "Why: the reason a person gave (the back office), or words the API wrote itself in English, which `reasonCode` then names.",
  })
  reason!: string | null;
  @Field(() => StatusEventReasonCode, {
    nullable: true,
    description:
      "The reason as a code when the API wrote it itself (then `reason` holds the API's English words): translate the code rather than show or match `reason`. Null when a person gave the reason or there is none.",
  })
  reasonCode!: StatusEventReasonCode | null;
  actorId!: string | null;
}

interface StatusArgs {
  employerId?: string | null;
  declarationId?: string | null;
  after?: string | null;
}

@Resolver(() => DeclarationStatusEvent)
export class StatusEventResolver {
  @Subscription(() => DeclarationStatusEvent, {
    description:
      "Status changes the caller may see (its employers' with FLEXI_AT_WORK, all for the back office, their own for a worker), in commit order. With `after` (a cursor of an earlier event) it first replays every later event, then goes live: none lost, none twice. Drafts send no events. A subscription for one employer ends when the caller loses the right to see it. Errors: UNAUTHENTICATED; BAD_USER_INPUT (after).",
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const viewer = signedIn(ctx.viewer);
      const { employerId, declarationId, after } = args as StatusArgs;
      const from = parseLogCursor(after, "after is not a cursor of a status event.");
      // Ids that are not UUIDs match nothing, as in every filter.
      const wantedEmployer = employerId == null ? null : isUuid(employerId) ? employerId : "";
      const wantedDeclaration = declarationId == null ? null : isUuid(declarationId) ? declarationId : "";
      // A subscription for one employer ends when the user loses the right to see it.
      const allowed = (v: typeof viewer) =>
        wantedEmployer === null || canSeeEmployerDeclarations(v, wantedEmployer) || v.ssin !== null;
      let stop = () => undefined as void;
      const { live, unregister } = await ctx.services.liveViewers.register(viewer, allowed, () => stop());
      const stream = await ctx.services.statusRelay.subscribe(
        (event) =>
          // A status event never concerns a draft: the first one is DRAFT -> PENDING.
          RULES.wageDeclaration.allows(live.viewer, {
            employerId: event.employerId,
            ssin: event.ssin,
            status: event.to,
          }) &&
          (wantedEmployer === null || event.employerId === wantedEmployer) &&
          (wantedDeclaration === null || event.declarationId === wantedDeclaration),
        from,
        unregister,
      );
      stop = stream.end;
      return stream;
    },
  })
  declarationStatusChanged(
    @Root() event: StatusEvent,
    @Arg("employerId", () => ID, { nullable: true, description: "Only events of this employer's declarations." })
    _employerId?: string,
    @Arg("declarationId", () => ID, { nullable: true, description: "Only events of this declaration." })
    _declarationId?: string,
    @Arg("after", () => String, {
      nullable: true,
      description: "The cursor of an event already received: every later event is sent first, then the new ones.",
    })
    _after?: string,
  ): DeclarationStatusEvent {
    return toStatusEvent(event);
  }

  @FieldResolver(() => WageDeclaration, { description: "The declaration as it stands now." })
  declaration(@Root() statusEvent: DeclarationStatusEvent, @Ctx() _ctx: GraphQLContext): WageDeclaration {
    return toDeclaration(statusEvent.event.declaration);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who made the change; null for the controls." })
  actor(@Root() statusEvent: DeclarationStatusEvent, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return statusEvent.actorId ? userOf(ctx, statusEvent.actorId) : null;
  }
}

export function toStatusEvent(event: StatusEvent): DeclarationStatusEvent {
  return Object.assign(new DeclarationStatusEvent(), {
    event,
    cursor: String(event.seq),
    from: event.from as DeclarationStatus | null,
    to: event.to as DeclarationStatus,
    at: event.at,
    versionNumber: event.versionNumber,
    reason: event.reason,
    reasonCode: isEventReasonCode(event.reasonCode) ? REASON_CODES[event.reasonCode] : null,
    actorId: event.actorId,
  });
}

/** WageDeclaration.statusEvents: the declaration's status log, oldest first. */
@Resolver(() => WageDeclaration)
export class DeclarationStatusLogResolver {
  @FieldResolver(() => [DeclarationStatusEvent], {
    description: "Every status change of the declaration, oldest first.",
  })
  statusEvents(@Root() declaration: WageDeclaration, @Ctx() ctx: GraphQLContext): Promise<DeclarationStatusEvent[]> {
    return ctx.loaders
      .get<string, DeclarationStatusEvent[]>("declaration.statusEvents", async (ids) => {
        const byDeclaration = new Map<string, DeclarationStatusEvent[]>();
        for (const event of await loadEventsOf(ctx.db, ids)) {
          byDeclaration.set(event.declarationId, [
            ...(byDeclaration.get(event.declarationId) ?? []),
            toStatusEvent(event),
          ]);
        }
        return ids.map((id) => byDeclaration.get(id) ?? []);
      })
      .load(declaration.id);
  }
}
