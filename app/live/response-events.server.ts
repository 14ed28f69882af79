import { EventEmitter } from "node:events";
import pg from "pg";

/**
 * New responses, announced by PostgreSQL: every submission runs `pg_notify('balss_response',
 * surveyId)` in its transaction, so each app instance connected to the database hears about
 * answers stored by any instance, once they are committed. One listening connection per
 * process; if it drops (a database restart), it reconnects with a growing pause and tells
 * every subscriber to catch up, since announcements made meanwhile were missed.
 */
export const responseChannel = "balss_response";

type Listener = (event: "response" | "resync") => void;

class ResponseEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryMs = 250;

  subscribe(surveyId: string, listener: Listener): () => void {
    this.emitter.on(surveyId, listener);
    this.emitter.on("*resync", listener);
    void this.ensureConnected();
    return () => {
      this.emitter.off(surveyId, listener);
      this.emitter.off("*resync", listener);
    };
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect() {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 1000 });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners();
      void client.end().catch(() => {});
      this.scheduleReconnect();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (message) => {
      if (message.channel === responseChannel && message.payload) this.emitter.emit(message.payload, "response");
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${responseChannel}`);
      const reconnected = this.retryMs > 250;
      this.client = client;
      this.retryMs = 250;
      if (reconnected) this.emitter.emit("*resync", "resync");
    } catch {
      client.removeAllListeners();
      void client.end().catch(() => {});
      this.scheduleReconnect();
    }
  }

  private scheduleReconnect() {
    if (this.emitter.listenerCount("*resync") === 0) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 5000);
    setTimeout(() => void this.ensureConnected(), wait).unref();
  }
}

const globalForEvents = globalThis as unknown as { balssResponseEvents?: ResponseEvents };

export const responseEvents = (globalForEvents.balssResponseEvents ??= new ResponseEvents());
