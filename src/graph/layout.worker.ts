/**
 * The layout worker: runs `layoutSteps` for the latest request and posts its messages, pausing
 * between slices so that a `cancel` or a newer request is heard while a layout runs.
 */
import { layoutSteps } from './layout';
import { isToWorker, type FromWorker } from './protocol';

// The worker's global, typed by hand: the project compiles against the DOM library, and a
// `webworker` lib reference here would change the global types of every other file.
interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
}
const scope = self as unknown as WorkerScope;

// Only the latest request is worth finishing: the view shows one network at a time.
let latest = -1;
const cancelled = new Set<number>();

// A MessageChannel round trip yields to the event loop without setTimeout's 4 ms clamp.
const pause = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

const post = (message: FromWorker) => {
  if (message.type === 'positions') scope.postMessage(message, [message.positions.buffer]);
  else scope.postMessage(message);
};

scope.onmessage = async (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isToWorker(message)) return;
  if (message.type === 'cancel') {
    cancelled.add(message.id);
    return;
  }
  latest = message.id;
  for (const step of layoutSteps(message)) {
    if (cancelled.has(message.id) || latest !== message.id) break;
    if (step) post(step);
    await pause();
  }
  cancelled.delete(message.id);
};
