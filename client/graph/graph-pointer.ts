// The pointer on the drawing: drag an organisation to pin it where it is dropped, click to select, double-click to
// expand, hover for a tooltip (d3-drag, attached before the camera's d3-zoom so dragging a node does not pan).
import type { Selection } from 'd3-selection';
import { drag as d3drag, type D3DragEvent } from 'd3-drag';
import { count } from '../view-helpers.ts';
import type { Camera } from './camera.ts';
import type { Layout } from './layout.ts';
import type { SceneNode } from './scene.ts';

export interface PointerTarget {
  readonly canvas: HTMLCanvasElement;
  readonly tooltip: HTMLElement;
  readonly camera: Camera;
  /** The organisation under a point given in CSS pixels of the canvas; null also while nothing is drawn. */
  find(x: number, y: number): SceneNode | null;
  layout(): Layout | null;
  size(): { width: number; height: number };
  tooltipText(item: SceneNode): string;
  select(id: string | null): void;
  expand(id: string): void;
  hover(id: string | null): void;
  /** A dragged organisation moved: positions changed. */
  moved(): void;
  /** A dragged organisation was dropped (and stays pinned there). */
  dropped(item: SceneNode): void;
  redraw(): void;
}

type Subject = { item: SceneNode; x: number; y: number };
type DragEvent = D3DragEvent<HTMLCanvasElement, unknown, Subject>;

export function attachPointer(selection: Selection<HTMLCanvasElement, unknown, null, undefined>, target: PointerTarget): { destroy(): void } {
  const { canvas, tooltip, camera } = target;
  let dragged: { item: SceneNode; moved: boolean } | null = null;
  const toWorld = (x: number, y: number): [number, number] => [(x - camera.transform.x) / camera.transform.k, (y - camera.transform.y) / camera.transform.k];

  const behaviour = d3drag<HTMLCanvasElement, unknown, Subject>()
    .container(canvas)
    .clickDistance(4)
    .subject((event: DragEvent) => {
      const item = target.find(event.x, event.y);
      if (!item) return null as unknown as Subject;
      return { item, x: item.node.x! * camera.transform.k + camera.transform.x, y: item.node.y! * camera.transform.k + camera.transform.y };
    })
    .on('start', (event: DragEvent) => {
      dragged = { item: event.subject.item, moved: false };
      canvas.classList.add('is-dragging');
    })
    .on('drag', (event: DragEvent) => {
      const layout = target.layout();
      if (!dragged || !layout) return;
      if (!dragged.moved) {
        dragged.moved = true;
        layout.hold(0.2, dragged.item.node);
      }
      const [x, y] = toWorld(event.x, event.y);
      layout.pin(dragged.item.node, x, y);
      tooltip.hidden = true;
      target.moved();
    })
    .on('end', () => {
      canvas.classList.remove('is-dragging');
      const layout = target.layout();
      if (dragged?.moved && layout) {
        // The node stays where it was dropped (pinned) until released: positions people choose are kept.
        layout.hold(0, dragged.item.node);
        target.dropped(dragged.item);
      }
      dragged = null;
      target.redraw();
    });
  selection.call(behaviour).call(camera.behaviour).on('dblclick.zoom', null);

  const local = (event: MouseEvent) => {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const hitAt = (event: MouseEvent) => {
    const { x, y } = local(event);
    return target.find(x, y);
  };

  function showTooltip(item: SceneNode, x: number, y: number) {
    const [name, detail] = [document.createElement('strong'), document.createElement('span')];
    name.textContent = item.org.name;
    detail.textContent = target.tooltipText(item);
    tooltip.replaceChildren(name, detail);
    tooltip.hidden = false;
    const { width, height } = target.size();
    const left = Math.min(Math.max(4, x + 14), width - tooltip.offsetWidth - 4);
    const top = y + 16 + tooltip.offsetHeight > height ? y - tooltip.offsetHeight - 10 : y + 16;
    tooltip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  const onClick = (event: MouseEvent) => target.select(hitAt(event)?.node.id ?? null);
  const onDoubleClick = (event: MouseEvent) => {
    const item = hitAt(event);
    if (!item) return;
    event.preventDefault();
    target.expand(item.node.id);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (dragged || event.buttons) return;
    const item = hitAt(event);
    canvas.classList.toggle('is-over-node', item !== null);
    if (item) {
      const { x, y } = local(event);
      showTooltip(item, x, y);
    } else {
      tooltip.hidden = true;
    }
    target.hover(item?.node.id ?? null);
  };
  const onPointerLeave = () => {
    tooltip.hidden = true;
    target.hover(null);
  };
  canvas.addEventListener('click', onClick);
  canvas.addEventListener('dblclick', onDoubleClick);
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerleave', onPointerLeave);

  return {
    destroy() {
      selection.on('.drag', null);
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('dblclick', onDoubleClick);
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerleave', onPointerLeave);
    },
  };
}

/** "NHS trust · 25 ties (12 in view) · pinned". */
export function tooltipDetail(kind: string, degree: number, inView: number, pinned: boolean): string {
  return `${kind} · ${count(degree, 'tie', 'ties')}${inView !== degree ? ` (${inView} in view)` : ''}${pinned ? ' · pinned' : ''}`;
}
