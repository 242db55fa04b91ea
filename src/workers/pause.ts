/**
 * Yields to the event loop, so that input, rendering and messages run before the next slice of
 * long work. A MessageChannel round trip does so without `setTimeout`'s 4 ms clamp.
 */
export function pause(): Promise<void> {
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
