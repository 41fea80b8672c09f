import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription } from "type-graphql";
import { canSeeDeclarationEvent, canSeeEmployerDeclarations, signedIn } from "../../auth/tenancy";
import { isUuid } from "../../db/ids";
import { badUserInput } from "../../errors";
import type { StatusEvent } from "../../events/status-event-source";
import type { RequestContext } from "../../graphql/context";
import { DateTimeScalar } from "../../graphql/scalars";
import { toDeclaration } from "./declaration-rows";
import { DeclarationStatus, WageDeclaration } from "./declaration.type";

@ObjectType({ description: "A change of a declaration's status." })
export class DeclarationStatusEvent {
  event!: StatusEvent;
  @Field(() => String, { description: "Give it as `after` to resume from this event." }) cursor!: string;
  @Field(() => DeclarationStatus, { nullable: true }) from!: DeclarationStatus | null;
  @Field(() => DeclarationStatus) to!: DeclarationStatus;
  @Field(() => DateTimeScalar) at!: Date;
}

interface StatusArgs {
  employerId?: string | null;
  declarationId?: string | null;
  after?: string | null;
}

/** A cursor is the event's sequence number; anything else is refused before subscribing. */
function parseAfter(after: string | null | undefined): number | null {
  if (after == null) return null;
  if (!/^\d{1,15}$/.test(after)) throw badUserInput([{ path: ["after"], code: "INVALID_FORMAT", message: "after is not a cursor of a status event." }]);
  return Number(after);
}

@Resolver(() => DeclarationStatusEvent)
export class StatusEventResolver {
  @Subscription(() => DeclarationStatusEvent, {
    description: "Status changes the caller may see, in commit order. With `after` (a cursor of an earlier event) it first replays every later event, then goes live: none lost, none twice.",
    subscribe: async ({ args, context }) => {
      const ctx = context as RequestContext;
      const viewer = signedIn(ctx.viewer);
      const { employerId, declarationId, after } = args as StatusArgs;
      const from = parseAfter(after);
      // Ids that are not UUIDs match nothing, as in every filter.
      const wantedEmployer = employerId == null ? null : isUuid(employerId) ? employerId : "";
      const wantedDeclaration = declarationId == null ? null : isUuid(declarationId) ? declarationId : "";
      // A subscription for one employer ends when the user loses the right to see it.
      const allowed = (v: typeof viewer) => wantedEmployer === null || canSeeEmployerDeclarations(v, wantedEmployer) || v.ssin !== null;
      let stop = () => undefined as void;
      const { live, unregister } = await ctx.services.liveViewers.register(viewer, allowed, () => stop());
      const stream = await ctx.services.statusRelay.subscribe(
        (event) => canSeeDeclarationEvent(live.viewer, event)
          && (wantedEmployer === null || event.employerId === wantedEmployer)
          && (wantedDeclaration === null || event.declarationId === wantedDeclaration),
        from,
        unregister,
      );
      stop = stream.end;
      return stream;
    },
  })
  declarationStatusChanged(
    @Root() event: StatusEvent,
    @Arg("employerId", () => ID, { nullable: true }) _employerId?: string,
    @Arg("declarationId", () => ID, { nullable: true }) _declarationId?: string,
    @Arg("after", () => String, { nullable: true }) _after?: string,
  ): DeclarationStatusEvent {
    return Object.assign(new DeclarationStatusEvent(), {
      event,
      cursor: String(event.seq),
      from: event.from as DeclarationStatus | null,
      to: event.to as DeclarationStatus,
      at: event.at,
    });
  }

  @FieldResolver(() => WageDeclaration, { description: "The declaration as it stands now." })
  declaration(@Root() statusEvent: DeclarationStatusEvent, @Ctx() _ctx: RequestContext): WageDeclaration {
    return toDeclaration(statusEvent.event.declaration);
  }
}
