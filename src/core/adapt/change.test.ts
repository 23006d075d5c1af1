import { describe, expect, it } from 'vitest';
import { addNote, changedSummary, type WeekNotes } from './change.js';
import { REFERENCE_PLAN as PLAN } from './plan.fixture.js';

describe('week notes', () => {
  it('collect sentences per week and head them with the kind of week', () => {
    const notes: WeekNotes = new Map();
    addNote(notes, 3, 'First.');
    addNote(notes, 3, 'Second.');
    expect(notes.get(3)).toEqual(['First.', 'Second.']);
    expect(changedSummary(PLAN.weeks[3]!, false, notes.get(3)!)).toBe(
      'Base, lighter week: First. Second.',
    );
    expect(changedSummary(PLAN.weeks[4]!, false, ['x.'])).toBe('Build: x.');
    expect(changedSummary(PLAN.weeks[11]!, true, ['x.'])).toBe('Race week: x.');
  });
});
