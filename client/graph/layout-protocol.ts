// Messages between the graph view and the layout worker. Positions travel as transferable Float32Arrays
// (x0, y0, x1, y1, …), so a frame's worth of positions costs one copy-free hand-over, not a structured clone.

export interface StartMessage {
  type: 'start';
  ids: string[];
  degrees: Float32Array;
  /** Starting x, y per node (every node has one: the view places newcomers before the worker starts). */
  positions: Float32Array;
  /** Pinned fx, fy per node; NaN where the node is free. */
  pins: Float32Array;
  /** Pairs of node indices. */
  links: Uint32Array;
  alpha: number;
  /** Wall-clock time the layout may take before it stops where it is, ms. */
  budgetMs: number;
  /** Only these nodes (and what lies near them) move; null: everything moves (a fresh layout). */
  around: Uint32Array | null;
}

export type ToWorker =
  | StartMessage
  | { type: 'pin'; index: number; x: number; y: number }
  | { type: 'unpin'; index: number }
  /** Keeps the layout warm while a node is dragged (0 lets it cool); `around` is the dragged node. */
  | { type: 'alphaTarget'; value: number; around: number[] | null }
  /** `around` null: everything moves. */
  | { type: 'reheat'; alpha: number; around: number[] | null }
  | { type: 'stop' };

export interface PositionsMessage {
  type: 'positions';
  positions: Float32Array;
  alpha: number;
  /** True when the layout has settled (or used up its time) and the worker went idle. */
  settled: boolean;
}
