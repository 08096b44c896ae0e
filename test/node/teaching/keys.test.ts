import { describe, expect, it } from 'vitest';
import { deckAction, stepIndex } from '../../../dashboard/src/classroom/keys';

describe('classroom keys', () => {
  it('steps forward with arrows, PageDown (clickers) and Space; back with PageUp and Shift+Space', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((key) => deckAction({ key }))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((key) => deckAction({ key }))).toEqual(['previous', 'previous', 'previous']);
    expect(deckAction({ key: ' ', shiftKey: true })).toBe('previous');
    expect(deckAction({ key: 'Home' })).toBe('first');
    expect(deckAction({ key: 'End' })).toBe('last');
    expect(deckAction({ key: 'Escape' })).toBe('leave');
    expect(deckAction({ key: 'f' })).toBe('fullscreen');
  });

  it('leaves Space to a focused button, typing to a text field, and browser shortcuts alone', () => {
    expect(deckAction({ key: ' ', inControl: true })).toBeNull();
    expect(deckAction({ key: 'f', inControl: true })).toBe('fullscreen');
    expect(deckAction({ key: 'f', inTextField: true })).toBeNull();
    expect(deckAction({ key: ' ', inTextField: true })).toBeNull();
    expect(deckAction({ key: 'PageDown', inControl: true })).toBe('next');
    expect(deckAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(deckAction({ key: 'End', ctrlKey: true })).toBeNull();
    expect(deckAction({ key: 'x' })).toBeNull();
  });

  it('clamps at both ends of the deck', () => {
    expect(stepIndex(0, 10, 'previous')).toBe(0);
    expect(stepIndex(9, 10, 'next')).toBe(9);
    expect(stepIndex(3, 10, 'next')).toBe(4);
    expect(stepIndex(3, 10, 'last')).toBe(9);
    expect(stepIndex(3, 10, 'first')).toBe(0);
    expect(stepIndex(0, 0, 'next')).toBe(0);
  });
});
