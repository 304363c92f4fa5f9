/**
 * The GPU context's losses and returns. When the device drops the context (a backgrounded tab
 * on a phone), MapLibre destroys its style (every call to it would throw) and rebuilds it,
 * without feature state, if the context comes back. While it is lost nothing may be sent to the
 * map; once the rebuilt style has loaded its sources, the owner sends everything again.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long a lost GPU context may take to come back before the reader is offered a reload. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 10_000;

export interface GpuContextHandlers {
  onLost(): void;
  /** The context did not come back within `CONTEXT_RESTORE_TIMEOUT_MS`. */
  onGone(): void;
  /** The context is back and the rebuilt style has loaded: send it everything again. */
  onRestored(): void;
}

export class GpuContext {
  private isLost = false;
  private timer = 0;
  private disposed = false;

  constructor(private readonly handlers: GpuContextHandlers) {}

  get lost(): boolean {
    return this.isLost;
  }

  bind(map: MapLibreMap): void {
    map.on('webglcontextlost', () => this.contextLost());
    map.on('webglcontextrestored', () => this.contextRestored(map));
  }

  dispose(): void {
    this.disposed = true;
    window.clearTimeout(this.timer);
  }

  private contextLost(): void {
    if (this.disposed) return;
    this.isLost = true;
    this.handlers.onLost();
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      if (this.isLost && !this.disposed) this.handlers.onGone();
    }, CONTEXT_RESTORE_TIMEOUT_MS);
  }

  private contextRestored(map: MapLibreMap): void {
    if (this.disposed) return;
    window.clearTimeout(this.timer);
    // The rebuilt style loads its sources again in the worker: wait until it has.
    // ('idle' counts too: a source that fails again must not keep the rest from coming back.)
    let done = false;
    const onData = (e?: { type?: string }) => {
      if (done || !map.style || (e?.type !== 'idle' && !map.isStyleLoaded())) return;
      done = true;
      map.off('data', onData);
      map.off('idle', onData);
      if (this.disposed) return;
      this.isLost = false;
      this.handlers.onRestored();
    };
    map.on('data', onData);
    map.on('idle', onData);
    onData();
  }
}
