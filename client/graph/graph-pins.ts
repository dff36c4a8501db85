// Pins: organisations stay where a person dropped them until released (one, with P, or all at once).
import type { Layout } from './layout.ts';
import type { LayoutNode } from './simulation.ts';

export interface Pins {
  count(): number;
  isPinned(id: string): boolean;
  unpin(id: string): void;
  releaseAll(): void;
}

/** `changed` hears the number of pins left after a release. */
export function createPins(layout: () => Layout | null, nodeOf: (id: string) => LayoutNode | undefined, changed: (pinned: number) => void): Pins {
  const count = () => layout()?.nodes.filter((node) => node.fx != null).length ?? 0;
  return {
    count,
    isPinned: (id) => nodeOf(id)?.fx != null,
    unpin(id) {
      const node = nodeOf(id);
      const active = layout();
      if (!node || !active || node.fx == null) return;
      active.unpin(node);
      // A big view moves only around the released organisation: the rest of the drawing stays as it is.
      active.reheat(0.08, [node]);
      changed(count());
    },
    releaseAll() {
      const active = layout();
      if (!active) return;
      const released = active.nodes.filter((node) => node.fx != null);
      for (const node of released) active.unpin(node);
      if (released.length) active.reheat(0.15, released);
      changed(0);
    },
  };
}
