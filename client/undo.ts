// Undo and redo of the view's own edits (expand, hide, show again, filters): each edit records the part of the
// view it may change, so undo puts that part back and redo puts the edit back again. A new edit forgets the redos.
import type { AppState } from './app-state.ts';

/** The part of the view that undo and redo restore. */
export interface UndoableView {
  expanded: string[];
  hidden: string[];
  hiddenTieTypes: string[];
  hiddenKinds: string[];
}

export interface UndoEntry {
  view: UndoableView;
  /** What the edit did, for the buttons: "expand of WYAAT" → "Undo expand of WYAAT", "Redo expand of WYAAT". */
  action: string;
}

type Edited = Pick<AppState, keyof UndoableView | 'undo' | 'redo'>;

export function undoableOf(state: UndoableView): UndoableView {
  const { expanded, hidden, hiddenTieTypes, hiddenKinds } = state;
  return { expanded, hidden, hiddenTieTypes, hiddenKinds };
}

/** The patch of an edit, recorded so it can be undone. */
export function recorded<P extends Partial<AppState>>(state: Edited, action: string, patch: P): P & Pick<AppState, 'undo' | 'redo'> {
  return { ...patch, undo: [...state.undo, { view: undoableOf(state), action }], redo: [] };
}

export function undo(state: Edited): Partial<AppState> | null {
  const last = state.undo.at(-1);
  if (!last) return null;
  return { ...last.view, undo: state.undo.slice(0, -1), redo: [...state.redo, { view: undoableOf(state), action: last.action }] };
}

export function redo(state: Edited): Partial<AppState> | null {
  const next = state.redo.at(-1);
  if (!next) return null;
  return { ...next.view, redo: state.redo.slice(0, -1), undo: [...state.undo, { view: undoableOf(state), action: next.action }] };
}
