// Chat answers run one per event-loop turn. Between two answers Node reads its sockets, so an ack (Slack's
// 3 seconds, Discord's deferral) waits behind at most the one answer being worked out, never behind a queue of
// them; the answers themselves go out in the order they were asked.
const queue: Array<() => void> = [];
let draining = false;

function drainOne(): void {
  queue.shift()?.();
  // An immediate queued from inside an immediate runs on the next turn, after the poll phase has read sockets.
  if (queue.length > 0) setImmediate(drainOne);
  else draining = false;
}

export function inItsOwnTurn<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queue.push(() => {
      try {
        resolve(work());
      } catch (error) {
        reject(error);
      }
    });
    if (!draining) {
      draining = true;
      setImmediate(drainOne);
    }
  });
}
