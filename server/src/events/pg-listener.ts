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

export class PgListener {
  private client: Client | undefined;
  private connecting: Promise<Client> | undefined;
  private readonly handlers = new Map<string, ChannelHandler[]>();
  private closed = false;

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
    const client = new Client({ connectionString: this.connectionString, application_name: "flexi-listener" });
    client.on("notification", (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler.onNotification(message.payload ?? "");
    });
    client.on("error", (error) => {
      logger.error({ err: error }, "listener: connection lost");
      this.client = undefined;
      this.connecting = undefined;
      for (const handlers of this.handlers.values()) for (const handler of handlers) handler.onDisconnect?.();
      if (!this.closed) setTimeout(() => void this.reconnect(), 1000).unref();
    });
    await client.connect();
    for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
    this.client = client;
    return client;
  }

  private async reconnect(): Promise<void> {
    try {
      await this.connect();
      for (const handlers of this.handlers.values()) for (const handler of handlers) handler.onReconnect?.();
    } catch {
      if (!this.closed) setTimeout(() => void this.reconnect(), 1000).unref();
    }
  }
}
