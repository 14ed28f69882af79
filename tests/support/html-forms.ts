// Pages read as HTML, as a browser without JavaScript would send their forms: the forms a page
// renders (fields, values, submit buttons) and the links it offers. Values are kept as they
// go on the wire (percent-encoded), so a test can also send what no browser would.

/** Percent-encodes the UTF-8 bytes of a string; a lone surrogate becomes U+FFFD as in a browser. */
export function encode(text: string) {
  return [...Buffer.from(text, "utf8")]
    .map((byte) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`))
    .join("");
}

export interface Submission {
  method: "get" | "post";
  /** Path and query the form is sent to. */
  action: string;
  /** Field names and wire-encoded values, in order. */
  fields: [string, string][];
}

/** An urlencoded body (or query) of wire-encoded fields. */
export function formBody(fields: [string, string][]) {
  return fields.map(([name, value]) => `${encode(name)}=${value}`).join("&");
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'", nbsp: "\u00a0" };
const decode = (html: string) => html.replace(/&(#x?[0-9a-f]+|\w+);/gi, (all, name: string) => entities[name.toLowerCase()] ?? all);
const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : null;
};

/**
 * Every way each form of a page can be sent: one submission per named submit button. A form
 * without an action goes to the page's own address; of radio buttons and checkboxes sharing
 * a name, the first is sent.
 */
export function formsOf(html: string, pageAddress: string): Submission[] {
  const submissions: Submission[] = [];
  for (const [, open, body] of html.matchAll(/(<form\b[^>]*>)([\s\S]*?)<\/form>/g)) {
    const method = attribute(open!, "method")?.toLowerCase() === "post" ? "post" : "get";
    const action = attribute(open!, "action") ?? pageAddress;
    const fields: [string, string][] = [];
    const buttons: [string, string][] = [];
    for (const [tag, element] of body!.matchAll(/<(input|select|textarea|button)\b[^>]*>/g)) {
      const name = attribute(tag, "name");
      if (!name) continue;
      let value = attribute(tag, "value") ?? "";
      if (element === "select") {
        const options = body!.slice(body!.indexOf(tag)).split("</select>")[0]!;
        const selected = /<option\b[^>]*\sselected=""[^>]*>/.exec(options)?.[0] ?? /<option\b[^>]*>/.exec(options)?.[0] ?? "";
        value = attribute(selected, "value") ?? "";
      } else if (element === "textarea") {
        value = decode(body!.slice(body!.indexOf(tag) + tag.length).split("</textarea>")[0]!);
      }
      const type = attribute(tag, "type");
      if (element === "button" || type === "submit") buttons.push([name, encode(value)]);
      else if ((type === "radio" || type === "checkbox") && fields.some(([n]) => n === name)) continue;
      else fields.push([name, encode(value)]);
    }
    const variants = buttons.length ? buttons.map((button) => [...fields, button]) : [fields];
    for (const variant of variants) submissions.push({ method, action, fields: variant });
  }
  return submissions;
}

/** The page's links to its own site. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => decode(m[1]!)).filter((href) => href.startsWith("/"));
}
