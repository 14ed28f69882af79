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
