// The DOM the graph view adds to its element: the canvas (focusable, described for screen readers), the visually
// hidden key help and live region, the tooltip, and for big views the canvas a worker draws on.
import { uid } from '../dom.ts';

export interface GraphElements {
  readonly canvas: HTMLCanvasElement;
  readonly tooltip: HTMLElement;
  /** Said by screen readers (polite live region). */
  announce(text: string): void;
  /** A second canvas under the first, for a worker to draw on (the first stays on top for pointer and keys). */
  addPictureCanvas(): HTMLCanvasElement;
  remove(): void;
}

const KEY_HELP = 'Arrow keys move along ties to a partner of the selected organisation (the one lying most nearly that way). Enter or E expands the selected one, H hides it, '
  + 'P releases its pin, F fits the network to the screen, plus and minus zoom, Escape clears the selection. '
  + 'The table view lists the same organisations and ties.';

export function createGraphElements(element: HTMLElement): GraphElements {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-canvas';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-roledescription', 'network diagram');
  const hint = document.createElement('p');
  hint.id = uid('graph-hint');
  hint.className = 'visually-hidden';
  hint.textContent = KEY_HELP;
  canvas.setAttribute('aria-describedby', hint.id);
  const announcer = document.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('aria-live', 'polite');
  const tooltip = document.createElement('div');
  tooltip.className = 'graph-tooltip';
  tooltip.hidden = true;
  element.append(canvas, hint, announcer, tooltip);
  let picture: HTMLCanvasElement | null = null;
  return {
    canvas,
    tooltip,
    announce(text) {
      announcer.textContent = text;
    },
    addPictureCanvas() {
      picture = document.createElement('canvas');
      picture.className = 'graph-picture';
      picture.setAttribute('aria-hidden', 'true');
      canvas.after(picture);
      return picture;
    },
    remove() {
      picture?.remove();
      canvas.remove();
      hint.remove();
      announcer.remove();
      tooltip.remove();
    },
  };
}
