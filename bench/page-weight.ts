import http from "node:http";
import { gzipSync } from "node:zlib";
import { benchDatabase, formatInt, requireBuild, runBench, startApp } from "./support";

// bench/page-weight: what a resident's phone downloads to show the answering page.
// Starts the built app against a fresh database, loads /s/DAUGAV/answer?lang=lv (without
// cookies), collects every script and stylesheet the page loads and sizes each one:
//   raw     bytes of the file as served (Accept-Encoding: identity)
//   gzip-9  those bytes compressed here with zlib level 9 — the figure held against the budget
//   served  bytes on the wire when the browser asks with Accept-Encoding: gzip (the server's
//           `compression` middleware: level 6, and files under 1 KB are sent uncompressed)
// Fails when the gzip-9 JS total exceeds the budget or when a chart library is loaded.

const jsBudget = 100 * 1024;
const pagePath = process.env.BENCH_PAGE ?? "/s/DAUGAV/answer?lang=lv";

interface Asset {
  url: string;
  kind: "js" | "css";
  /** How the page refers to it. */
  via: Set<string>;
  raw: number;
  gzip9: number;
  served: number;
  body: string;
}

/** GET without cookies; the body as received (not decompressed) and its headers. */
function get(url: string, acceptEncoding: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { "Accept-Encoding": acceptEncoding, "Accept-Language": "lv" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Static imports (`import … from "x"`, `import "x"`) and, if asked, dynamic `import("x")` of a module. */
function moduleImports(source: string, dynamic: boolean): string[] {
  const found = [...source.matchAll(/(?:\bfrom|\bimport)\s*["']((?:\/|\.\.?\/)[^"']+)["']/g)].map((m) => m[1]!);
  if (dynamic) found.push(...[...source.matchAll(/\bimport\(\s*["']((?:\/|\.\.?\/)[^"']+)["']\s*\)/g)].map((m) => m[1]!));
  return found;
}

interface RemixManifest {
  entry: { module: string; imports?: string[] };
  routes: Record<string, { module: string; imports?: string[]; css?: string[]; parentId?: string }>;
}

function pageReferences(html: string) {
  const references: { url: string; kind: "js" | "css"; via: string }[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attribute(tag, "rel");
    const href = attribute(tag, "href");
    if (!href) continue;
    if (rel === "stylesheet") references.push({ url: href, kind: "css", via: "link stylesheet" });
    if (rel === "modulepreload") references.push({ url: href, kind: "js", via: "modulepreload" });
  }
  const inlineScripts: string[] = [];
  for (const [, attributes, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attribute(`<script ${attributes}>`, "src");
    if (src) references.push({ url: src, kind: "js", via: "script src" });
    else inlineScripts.push(content ?? "");
  }
  for (const script of inlineScripts) {
    for (const url of moduleImports(script, true)) references.push({ url, kind: "js", via: "inline module import" });
  }

  // Remix's own list: the entry and every route module of the matched chain, with their imports.
  const manifestScript = inlineScripts.find((s) => s.includes("window.__remixManifest"));
  const manifestJson = manifestScript && /window\.__remixManifest\s*=\s*(\{[\s\S]*?\});\s*\n/.exec(manifestScript)?.[1];
  if (!manifestJson) throw new Error("window.__remixManifest not found in the page");
  const manifest = JSON.parse(manifestJson) as RemixManifest;
  const chain = [...(manifestScript.match(/window\.__remixRouteModules\s*=\s*\{[^}]*\}/)?.[0] ?? "").matchAll(/"([^"]+)":route\d+/g)].map(
    (m) => m[1]!,
  );
  const routeIds = chain.length ? chain : Object.keys(manifest.routes);
  references.push({ url: manifest.entry.module, kind: "js", via: "manifest entry" });
  for (const url of manifest.entry.imports ?? []) references.push({ url, kind: "js", via: "manifest entry" });
  for (const id of routeIds) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`Route ${id} is missing from window.__remixManifest`);
    references.push({ url: route.module, kind: "js", via: "manifest route" });
    for (const url of route.imports ?? []) references.push({ url, kind: "js", via: "manifest route" });
    for (const url of route.css ?? []) references.push({ url, kind: "css", via: "manifest route css" });
  }
  return { references, routeIds };
}

async function measure(baseUrl: string): Promise<number> {
  const page = await get(`${baseUrl}${pagePath}`, "identity");
  if (page.status !== 200) throw new Error(`GET ${pagePath} answered ${page.status}, expected 200 (no cookies were sent)`);
  const html = page.body.toString("utf8");
  const { references, routeIds } = pageReferences(html);

  const assets = new Map<string, Asset>();
  const queue: { url: string; kind: "js" | "css"; via: string }[] = [...references];
  while (queue.length) {
    const reference = queue.shift()!;
    const url = new URL(reference.url, `${baseUrl}${pagePath}`);
    if (url.origin !== baseUrl) throw new Error(`The page loads ${url.href} from another origin`);
    const known = assets.get(url.pathname);
    if (known) {
      known.via.add(reference.via);
      continue;
    }
    const plain = await get(url.href, "identity");
    if (plain.status !== 200) throw new Error(`GET ${url.pathname} answered ${plain.status}`);
    const wire = await get(url.href, "gzip");
    const asset: Asset = {
      url: url.pathname,
      kind: reference.kind,
      via: new Set([reference.via]),
      raw: plain.body.length,
      gzip9: gzipSync(plain.body, { level: 9 }).length,
      served: wire.body.length,
      body: plain.body.toString("utf8"),
    };
    assets.set(url.pathname, asset);
    // What the browser fetches next: a module's static imports.
    if (asset.kind === "js") {
      for (const imported of moduleImports(asset.body, false)) {
        queue.push({ url: new URL(imported, url).pathname, kind: "js", via: "imported by a module" });
      }
    }
  }

  const rows = [...assets.values()].sort((a, b) => (a.kind === b.kind ? b.gzip9 - a.gzip9 : a.kind === "js" ? -1 : 1));
  const width = Math.max(...rows.map((a) => a.url.length), 10);
  const line = (label: string, raw: number | string, gzip: number | string, served: number | string, note = "") =>
    console.log(`${label.padEnd(width)}  ${String(raw).padStart(9)}  ${String(gzip).padStart(9)}  ${String(served).padStart(9)}  ${note}`);

  console.log(`\nPage: ${pagePath}   route chain: ${routeIds.join(" > ")}`);
  console.log("Sizes in bytes. gzip-9 = zlib level 9 here (the budget figure); served = on the wire with Accept-Encoding: gzip.\n");
  line("file", "raw", "gzip-9", "served", "loaded via");
  line("-".repeat(width), "-".repeat(9), "-".repeat(9), "-".repeat(9), "-".repeat(10));
  for (const a of rows) line(a.url, formatInt(a.raw), formatInt(a.gzip9), formatInt(a.served), [...a.via].join(", "));
  const total = (kind: "js" | "css", key: "raw" | "gzip9" | "served") =>
    rows.filter((a) => a.kind === kind).reduce((sum, a) => sum + a[key], 0);
  line("-".repeat(width), "-".repeat(9), "-".repeat(9), "-".repeat(9));
  for (const kind of ["js", "css"] as const) {
    const count = rows.filter((a) => a.kind === kind).length;
    line(`total ${kind.toUpperCase()} (${count} files)`, formatInt(total(kind, "raw")), formatInt(total(kind, "gzip9")), formatInt(total(kind, "served")));
  }
  line("HTML document (not in the budget)", formatInt(page.body.length), formatInt(gzipSync(page.body, { level: 9 }).length), "");

  const problems: string[] = [];
  const jsTotal = total("js", "gzip9");
  const ratio = jsTotal / jsBudget;
  console.log(
    `\nJS gzip-9: ${formatInt(jsTotal)} bytes (${(jsTotal / 1024).toFixed(1)} KB)   budget: ${formatInt(jsBudget)} bytes (100 KB)   ratio: ${ratio.toFixed(2)}`,
  );
  console.log(`CSS gzip-9: ${formatInt(total("css", "gzip9"))} bytes`);
  if (jsTotal > jsBudget) problems.push(`JS is over budget by ${formatInt(jsTotal - jsBudget)} bytes (${((ratio - 1) * 100).toFixed(0)} %)`);

  const unlisted = rows.filter((a) => a.kind === "js" && !a.via.has("modulepreload"));
  if (unlisted.length) console.log(`Note: loaded without a modulepreload link (an extra round trip): ${unlisted.map((a) => a.url).join(", ")}`);

  const chartFiles = rows.filter((a) => /chart/i.test(a.url));
  if (chartFiles.length) problems.push(`chart code is loaded: ${chartFiles.map((a) => a.url).join(", ")}`);
  const chartJs = rows.filter((a) => /Chart\.js v\d|chart\.js\/auto|new Chart\(/.test(a.body));
  if (chartJs.length) problems.push(`Chart.js is bundled into ${chartJs.map((a) => a.url).join(", ")}`);
  if (!chartFiles.length && !chartJs.length) console.log("No chart library: no file name contains \"chart\" and no file contains Chart.js.");

  for (const problem of problems) console.error(`FAIL: ${problem}`);
  if (!problems.length) console.log("OK: within budget.");
  return problems.length ? 1 : 0;
}

requireBuild();
await runBench(async () => {
  console.log("Creating a fresh database and starting the app (migrations and demo seed take a while)…");
  const database = await benchDatabase();
  const app = await startApp(database.url);
  return measure(app.baseUrl);
});
