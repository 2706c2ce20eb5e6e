/** How a checklist form labels a field that is needed only for one answer to another (003 7.4). */
import { describe, expect, it } from 'vitest';
import { labelOf } from './TrackChecklist.tsx';

const response = {
  name: 'response',
  label: "The child's answer",
  type: 'enum',
  values: ['accepted', 'declined'],
  required: true,
  requiredIf: null,
};
const reasons = {
  name: 'declineReasons',
  label: "The child's reasons for declining",
  type: 'text',
  values: [],
  required: false,
  requiredIf: { field: 'response', equals: 'declined' },
};

describe('checklist field labels', () => {
  it('say when a field is needed: always, for one answer to another field, or never', () => {
    expect(labelOf(response, [response, reasons])).toBe("The child's answer");
    expect(labelOf(reasons, [response, reasons])).toBe(
      "The child's reasons for declining (needed when the child's answer is declined)",
    );
    expect(labelOf({ ...reasons, requiredIf: null }, [response, reasons])).toBe(
      "The child's reasons for declining (optional)",
    );
  });
});
