// The shape of what the renderer draws: positioned organisations and ties with what stands out, and the zoom.
import type { Organisation, Tie } from '../types.ts';
import type { GraphStyles } from './graph-styles.ts';
import type { LayoutLink, LayoutNode } from './simulation.ts';
import type { TieMark } from './tie-marks.ts';

export interface SceneNode {
  node: LayoutNode;
  org: Organisation;
  /** Labelled at any zoom (the best-connected organisations of the view). */
  important: boolean;
  /** Short label for crowded moments, full name when hovered or selected. */
  label: string;
  fullLabel: string;
}

export interface SceneLink {
  link: LayoutLink;
  tie: Tie;
  bend: number;
  flip: boolean;
}

export interface Emphasis {
  nodes: ReadonlySet<string>;
  links: ReadonlySet<string>;
  /** Opacity of everything not emphasised. */
  dimTo: number;
  /** Path highlighting draws a halo under the emphasised ties. */
  halo: boolean;
}

export interface Scene {
  nodes: SceneNode[];
  links: SceneLink[];
  styles: GraphStyles;
  selected: string | null;
  hovered: string | null;
  emphasis: Emphasis | null;
  /** Labels wanted now even if small (neighbours of the hovered or selected organisation). */
  labelBoost: ReadonlySet<string>;
  /** Bumped whenever positions change, so the hit-test index is rebuilt only when needed. */
  version: number;
  /** By id: ties drawn for their time (ended, or a comparison's added/ended/unchanged) rather than their type, and
   * organisations a comparison added or ended, ringed in that colour. */
  timeMarks: ReadonlyMap<string, TieMark>;
  /** Colour by something other than kind (the analysis's "Colour by"); absent, or a null answer, keeps the kind's.
   * Pictures leave it out: their legend names kinds. */
  nodeColour?: ((id: string) => string | null) | null;
}

export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}
