import { request as httpRequest, type ClientRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { startSession } from "~/auth/session.server";
import { createUser } from "~/auth/users.server";
import { prisma } from "~/db.server";
import { createApp } from "../../server/app";

// The real HTTP app (server/app.ts: Express, its middleware, the Remix build) in this test's
// process, on a free port and the test database. For tests that must speak HTTP as a hostile
// client would: raw methods, chunked bodies, forged headers. Needs `npm run build` first,
// which `npm test` does before Vitest runs.

const root = path.resolve(import.meta.dirname, "../..");

export interface HttpApp {
  origin: string;
  port: number;
  close: () => Promise<void>;
}

export async function startHttpApp(): Promise<HttpApp> {
  const app = await createApp(root);
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** Milliseconds from sending to the end of the response. */
  ms: number;
}

/**
 * One request exactly as given, through node:http (fetch refuses methods like TRACE and
 * rewrites Host). `chunks` sends a chunked body, one write per chunk; `body` a sized one.
 */
export function rawRequest(
  app: HttpApp,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Iterable<Buffer | string> },
): Promise<RawResponse> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: app.port, method: options.method ?? "GET", path: options.path, headers: options.headers },
      (res) => {
        // An event stream never ends: its status and headers are the answer.
        if (res.headers["content-type"]?.startsWith("text/event-stream")) {
          res.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: "", ms: Date.now() - started });
          return;
        }
        const parts: Buffer[] = [];
        res.on("data", (part: Buffer) => parts.push(part));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString("utf8"), ms: Date.now() - started }),
        );
        res.on("error", reject);
      },
    );
    // A server that stops reading a too-large body may close the socket under the writer.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ECONNRESET") return;
      reject(error);
    });
    if (options.chunks) {
      void (async () => {
        for (const chunk of options.chunks!) {
          if (req.destroyed) return;
          if (!req.write(chunk)) await drainedOrClosed(req);
        }
        req.end();
      })();
    } else {
      req.end(options.body);
    }
  });
}

function drainedOrClosed(req: ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      req.off("drain", done);
      req.off("close", done);
      resolve();
    };
    req.on("drain", done);
    req.on("close", done);
  });
}

export interface SignedInUser {
  userId: string;
  email: string;
  /** The Cookie header of a fresh session. */
  cookie: string;
  /** The session's anti-forgery token, for the `csrf` field of workspace forms. */
  csrf: string;
}

/** A fresh session of an existing user, as if they had signed in: its cookie and anti-forgery token. */
export async function sessionOf(userId: string): Promise<Pick<SignedInUser, "cookie" | "csrf">> {
  // The in-process app speaks plain HTTP, so the session's cookie is the one for http.
  const setCookie = await startSession(new Request("http://127.0.0.1/signin"), userId);
  const session = await prisma.session.findFirstOrThrow({ where: { userId }, orderBy: { expiresAt: "desc" } });
  return { cookie: setCookie.split(";")[0]!, csrf: session.csrfToken };
}

/** A new user of the given role with a session, as if they had signed in. */
export async function signedInUser(role: "ADMIN" | "ORGANISER" | "EVALUATOR", projectIds: string[] = []): Promise<SignedInUser> {
  const email = `${role.toLowerCase()}-${crypto.randomUUID()}@example.org`;
  const user = await createUser({ email, name: role, role, password: "a-long-test-password", projectIds });
  return { userId: user.id, email, ...(await sessionOf(user.id)) };
}
