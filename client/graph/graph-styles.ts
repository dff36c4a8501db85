// How kinds and tie types look (colour, dash, words), from /api/meta, with safe fallbacks: colours are data, so
// only well-formed CSS colours get through to the canvas, the SVG export and the legend.
import type { Meta } from '../types.ts';

export interface KindStyle {
  id: string;
  label: string;
  plural: string;
  colour: string;
}

export interface TieStyle {
  id: string;
  label: string;
  inverseLabel: string;
  colour: string;
  dash: number[];
  /** Reads the same both ways: drawn without an arrowhead. */
  symmetric: boolean;
}

export interface GraphStyles {
  kind(id: string): KindStyle;
  tie(type: string): TieStyle;
}

const FALLBACK_COLOURS = ['#4c6a92', '#8a5a9e', '#2f8f83', '#b5651d', '#6b7d2a', '#a23b5b', '#3d7bb0', '#7a6a55'];
const COLOUR = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla)\([0-9.,%\s/deg-]{1,60}\))$/i;

export function safeColour(value: string | null | undefined, fallback: string): string {
  return value && COLOUR.test(value.trim()) ? value.trim() : fallback;
}

function hash(text: string): number {
  let value = 0;
  for (let index = 0; index < text.length; index += 1) value = (value * 31 + text.charCodeAt(index)) >>> 0;
  return value;
}

const readable = (id: string) => id.toLowerCase().replace(/[_-]+/g, ' ');

export function createStyles(meta: Meta | null): GraphStyles {
  const kinds = new Map<string, KindStyle>();
  const ties = new Map<string, TieStyle>();
  for (const kind of meta?.kinds ?? []) {
    kinds.set(kind.id, { id: kind.id, label: kind.label, plural: kind.plural, colour: safeColour(kind.colour, FALLBACK_COLOURS[hash(kind.id) % FALLBACK_COLOURS.length]!) });
  }
  for (const type of meta?.tieTypes ?? []) {
    const dash = Array.isArray(type.dash) ? type.dash.filter((part) => Number.isFinite(part) && part >= 0 && part < 100) : [];
    ties.set(type.id, { id: type.id, label: type.label, inverseLabel: type.inverseLabel, colour: safeColour(type.colour, '#7b8594'), dash, symmetric: type.symmetric === true });
  }
  return {
    kind(id) {
      return kinds.get(id) ?? { id, label: readable(id), plural: readable(id), colour: FALLBACK_COLOURS[hash(id) % FALLBACK_COLOURS.length]! };
    },
    tie(type) {
      return ties.get(type) ?? { id: type, label: readable(type), inverseLabel: `${readable(type)} (reverse)`, colour: '#7b8594', dash: [], symmetric: false };
    },
  };
}

const cache = new WeakMap<Meta, GraphStyles>();
let withoutMeta: GraphStyles | null = null;
/** The styles for a vocabulary, made once per /api/meta answer. */
export function stylesFor(meta: Meta | null): GraphStyles {
  if (!meta) return (withoutMeta ??= createStyles(null));
  let styles = cache.get(meta);
  if (!styles) cache.set(meta, (styles = createStyles(meta)));
  return styles;
}
