/**
 * A web stream over an async iterable that reads the next chunk only when the reader asks for
 * one (highWaterMark 0): nothing is computed ahead of the download. Cancelling the stream
 * ends the iterable, so a cancelled download stops reading the database.
 */
export function readableFromIterable(make: () => AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<Uint8Array> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        iterator ??= make()[Symbol.asyncIterator]();
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      async cancel() {
        await iterator?.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

/** "Stereotipi un pilsoniskā līdzdalība" → "stereotipi-un-pilsoniska-lidzdaliba" (ASCII only, for file names). */
export function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || fallback.toLowerCase();
}
