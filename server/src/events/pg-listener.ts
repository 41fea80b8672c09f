/**
 * One LISTEN connection per process for every channel the process follows (status events,
 * e-Box messages, access changes). NOTIFY is delivered after commit, so a handler only ever
 * hears of committed changes. After a lost connection it reconnects and tells every handler
 * (`onReconnect`), so that relays catch up from their logs.
 */
import { Client } from "pg";
import { logger } from "../ops/logger";

export interface ChannelHandler {
  onNotification(payload: string): void;
  /** Called when the connection is lost: notifications are missed until `onReconnect`. */
  onDisconnect?(): void;
  /** Called after a reconnect: notifications may have been missed meanwhile. */
  onReconnect?(): void;
}

/** Waits between reconnection attempts: doubled from the first to the last. */
const RECONNECT_BACKOFF_MS = { first: 250, max: 5000 };

export class PgListener {
  private client: Client | undefined;
  private connecting: Promise<Client> | undefined;
  private readonly handlers = new Map<string, ChannelHandler[]>();
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private failedAttempts = 0;

  constructor(private readonly connectionString: string) {}

  /** Starts following a channel (connecting on first use); resolves once LISTEN is in place. */
  async listen(channel: string, handler: ChannelHandler): Promise<void> {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
    const known = this.handlers.get(channel);
    // The same handler twice (a retried listen) would hear every notification twice.
    if (!known?.includes(handler)) this.handlers.set(channel, [...(known ?? []), handler]);
    const client = await this.connect();
    if (!known) await client.query(`LISTEN ${channel}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<Client> {
    this.connecting ??= this.open().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  private async open(): Promise<Client> {
    const client = new Client({
      connectionString: this.connectionString,
      application_name: "flexi-listener",
      // A server that vanished without closing the connection (a cut network) is noticed too.
      keepAlive: true,
    });
    client.on("notification", (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler.onNotification(message.payload ?? "");
    });
    // A failure while connecting rejects open(); once connected, an error or an end (the server
    // stopped or was killed, a network cut) loses the connection.
    const lost = (error: Error | undefined) => {
      if (this.client !== client) return;
      logger.error({ err: error }, "listener: connection lost; reconnecting");
      this.client = undefined;
      this.connecting = undefined;
      for (const handlers of this.handlers.values()) for (const handler of handlers) handler.onDisconnect?.();
      this.scheduleReconnect();
    };
    client.on("error", (error) => lost(error));
    client.on("end", () => lost(undefined));
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      throw new Error("listener: closed");
    }
    this.client = client;
    return client;
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer !== undefined) return;
    const wait = Math.min(RECONNECT_BACKOFF_MS.first * 2 ** this.failedAttempts, RECONNECT_BACKOFF_MS.max);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.reconnect();
    }, wait);
    this.reconnectTimer.unref();
  }

  private async reconnect(): Promise<void> {
    if (this.closed) return;
    try {
      await this.connect();
    } catch {
      this.failedAttempts += 1;
      this.scheduleReconnect();
      return;
    }
    this.failedAttempts = 0;
    logger.info("listener: reconnected");
    for (const handlers of this.handlers.values()) for (const handler of handlers) handler.onReconnect?.();
  }
}
