/**
 * The viewers of this process's open subscriptions, kept current: when a user's rights change
 * (events/access-events.ts announces it after commit, from any process), each of that user's
 * subscriptions re-reads them; one that may no longer see what it asked for is ended (the
 * client gets `complete`), the others filter with the new rights from the next event on.
 */
import type { Viewer } from "../auth/viewer";
import { ACCESS_CHANGED_CHANNEL } from "./access-events";
import type { PgListener } from "./pg-listener";

export interface LiveViewer {
  /** The rights as of the last change; filters read this on every event. */
  viewer: Viewer;
}

interface Registration {
  live: LiveViewer;
  /** Whether the subscription may go on with these rights. */
  allowed: (viewer: Viewer) => boolean;
  end: () => void;
}

export class LiveViewers {
  private readonly byUser = new Map<string, Set<Registration>>();
  private listening: Promise<void> | undefined;

  constructor(
    private readonly listener: PgListener,
    private readonly reload: (userId: string, sessionId: string) => Promise<Viewer | null>,
  ) {}

  /**
   * Registers a subscription's viewer; returns the live holder and a function to call when the
   * subscription ends.
   */
  async register(
    viewer: Viewer,
    allowed: (viewer: Viewer) => boolean,
    end: () => void,
  ): Promise<{ live: LiveViewer; unregister: () => void }> {
    this.listening ??= this.listener.listen(ACCESS_CHANGED_CHANNEL, {
      onNotification: (userId) => void this.refresh(userId),
    });
    await this.listening;
    const registration: Registration = { live: { viewer }, allowed, end };
    const set = this.byUser.get(viewer.userId) ?? new Set();
    set.add(registration);
    this.byUser.set(viewer.userId, set);
    return {
      live: registration.live,
      unregister: () => {
        set.delete(registration);
        if (set.size === 0) this.byUser.delete(viewer.userId);
      },
    };
  }

  /** Re-reads a user's rights for each of their open subscriptions; ends those no longer allowed. */
  private async refresh(userId: string): Promise<void> {
    const registrations = [...(this.byUser.get(userId) ?? [])];
    const bySession = new Map<string, Promise<Viewer | null>>();
    for (const registration of registrations) {
      const sessionId = registration.live.viewer.sessionId;
      if (!bySession.has(sessionId))
        bySession.set(
          sessionId,
          this.reload(userId, sessionId).catch(() => null),
        );
      const viewer = await bySession.get(sessionId)!;
      if (viewer && registration.allowed(viewer)) registration.live.viewer = viewer;
      else registration.end();
    }
  }
}
