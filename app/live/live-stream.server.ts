import { responseEvents } from "./response-events.server";
import { sharedLiveResults } from "./shared-live-results.server";

const heartbeatMs = 15_000;
const coalesceMs = 250;

/**
 * A Server-Sent Events stream of a survey's live results: the whole state at once (also after
 * every reconnect, so a dropped connection catches up), then again after each new response
 * announced by any app instance. Bursts of answers are coalesced: at most one computation runs
 * at a time, and one more follows it if answers arrived meanwhile.
 */
export function liveEventStream(request: Request, surveyId: string, lang: string): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let running = false;
      let again = false;
      // When the newest answer (or reconnection) was announced to this stream.
      let askedAt = performance.now();
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const send = async () => {
        if (closed) return;
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          write(`event: results\ndata: ${JSON.stringify(await sharedLiveResults(surveyId, lang, askedAt))}\n\n`);
        } catch {
          // The database is away: the reconnect announcement ("resync") sends the state again.
        } finally {
          running = false;
          if (again) {
            again = false;
            setTimeout(() => void send(), coalesceMs);
          }
        }
      };
      const unsubscribe = responseEvents.subscribe(surveyId, () => {
        askedAt = performance.now();
        void send();
      });
      const heartbeat = setInterval(() => write(": still here\n\n"), heartbeatMs);
      heartbeat.unref();
      stop = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      write("retry: 2000\n\n");
      void send();
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" },
  });
}
