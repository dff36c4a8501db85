// Messages between the graph view and the layout worker. Positions travel as transferable Float32Arrays
// (x0, y0, x1, y1, …), so a frame's worth of positions costs one copy-free hand-over, not a structured clone.

export interface StartMessage {
  type: 'start';
  ids: string[];
  degrees: Float32Array;
  /** Known x, y per node; NaN where the node is new. */
  positions: Float32Array;
  /** Pinned fx, fy per node; NaN where the node is free. */
  pins: Float32Array;
  /** Pairs of node indices. */
  links: Uint32Array;
  alpha: number;
}

export type ToWorker =
  | StartMessage
  | { type: 'pin'; index: number; x: number; y: number }
  | { type: 'unpin'; index: number }
  | { type: 'alphaTarget'; value: number }
  | { type: 'reheat'; alpha: number }
  | { type: 'stop' };

export interface PositionsMessage {
  type: 'positions';
  positions: Float32Array;
  alpha: number;
  /** True when the layout has settled and the worker went idle. */
  settled: boolean;
}
