/**
 * Runs `work` every `pollMs` in the background, never two at once; `stop()` waits for the run in
 * progress. Work loops check `stopping()` to end early.
 */
export interface Poller {
  start(pollMs: number): void;
  stop(): Promise<void>;
  stopping(): boolean;
}

export function createPoller(work: () => Promise<unknown>, onError: (e: unknown) => void): Poller {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopping = false;
  return {
    start(pollMs) {
      if (timer) return;
      stopping = false;
      timer = setInterval(() => {
        if (running) return;
        running = work().catch(onError).finally(() => { running = undefined; });
      }, pollMs);
      timer.unref();
    },
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
    stopping: () => stopping,
  };
}
