/**
 * Classroom keyboard control (pure): arrows, PageUp/PageDown (what presentation clickers send),
 * Space and Shift+Space, Home/End, Escape to leave, F for full screen.
 */

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'fullscreen';

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** The focus is on a button or link, which Space activates itself. */
  inControl?: boolean;
  /** The focus is in a text field, where letters and Space are typing. */
  inTextField?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** What a key press does to the deck, or null to leave it to the browser. */
export function deckAction(press: KeyPress): DeckAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  if (NEXT.has(press.key)) return 'next';
  if (PREVIOUS.has(press.key)) return 'previous';
  if (press.key === 'Home') return 'first';
  if (press.key === 'End') return 'last';
  if (press.key === 'Escape') return 'leave';
  if (press.inTextField) return null;
  if (press.key === 'f' || press.key === 'F') return 'fullscreen';
  if (press.inControl) return null;
  if (press.key === ' ') return press.shiftKey ? 'previous' : 'next';
  return null;
}

/** The slide index after `action` from `index` in a deck of `count` (clamped; no wrap-around). */
export function stepIndex(index: number, count: number, action: 'next' | 'previous' | 'first' | 'last'): number {
  if (count <= 0) return 0;
  const last = count - 1;
  switch (action) {
    case 'next':
      return Math.min(last, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
