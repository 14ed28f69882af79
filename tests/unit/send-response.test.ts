import express from "express";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sendResponse } from "../../server/remix-handler";

// The server writes streamed bodies (the raw exports) only as fast as the client reads them,
// and stops reading them when the client goes away.

const chunk = new Uint8Array(16 * 1024).fill(65);
const chunks = 5000; // 80 MB in all

function countingBody() {
  const state = { pulls: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulls++;
        if (state.pulls > chunks) controller.close();
        else controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { body, state };
}

let close = () => {};
afterEach(() => close());

async function serve(body: ReadableStream<Uint8Array>) {
  const app = express();
  app.get("/", (_req, res, next) => sendResponse(res, new Response(body)).catch(next));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  close = () => {
    server.closeAllConnections();
    server.close();
  };
  return (server.address() as AddressInfo).port;
}

/** A client that sends the request and then reads nothing until told to. */
async function pausedClient(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  socket.pause();
  socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  return socket;
}

async function settled(state: { pulls: number }) {
  for (let seen = -1, since = Date.now(); state.pulls <= chunks && Date.now() - since < 500; ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (state.pulls !== seen) [seen, since] = [state.pulls, Date.now()];
  }
}

describe("sendResponse", () => {
  it("reads the body no faster than the client takes it", async () => {
    const { body, state } = countingBody();
    const socket = await pausedClient(await serve(body));
    await settled(state);
    // Socket buffers hold a few megabytes at most: far from the 80 MB of the whole body.
    expect(state.pulls).toBeLessThan(chunks / 4);

    let received = 0;
    socket.on("data", (data: Buffer) => (received += data.length));
    const ended = new Promise((resolve) => socket.once("end", resolve));
    socket.resume();
    await ended;
    expect(received).toBeGreaterThan(chunks * chunk.length);
    expect(state.pulls).toBe(chunks + 1);
  }, 30_000);

  it("cancels the body when the client goes away", async () => {
    const { body, state } = countingBody();
    const socket = await pausedClient(await serve(body));
    await settled(state);
    socket.destroy();
    for (let i = 0; i < 40 && !state.cancelled; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(state.cancelled).toBe(true);
    expect(state.pulls).toBeLessThan(chunks / 4);
  });
});
