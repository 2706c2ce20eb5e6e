import { describe, expect, it } from 'vitest';
import { escalationReason, escalationRecipients, type EscalationDirectory } from './escalations.ts';

const directory: EscalationDirectory = {
  members: new Map([
    [
      'council',
      [
        { personId: 'lead-1', role: 'LEAD' },
        { personId: 'worker-1', role: 'CASEWORKER' },
      ],
    ],
  ]),
  overseers: new Map([['coventry', ['msl-1']]]),
};
const note = 'the meeting was due';

describe('escalation recipients', () => {
  it('a role in the owning organisation: exactly the people holding it there', () => {
    const clock = { onOverdue: { action: 'escalate', to: { label: 'SPoC', role: 'CASEWORKER' }, note } } as const;
    expect(escalationRecipients(clock, { owningOrganisationId: 'council', areaId: 'coventry' }, directory)).toEqual({
      people: ['worker-1'],
      to: 'SPoC',
      contact: null,
      fallback: false,
    });
  });

  it("the area's overseers, with the contact the pathway names; the case's leads where the area has none", () => {
    const clock = {
      label: 'Notify children’s services',
      onOverdue: { action: 'escalate', to: { label: 'MSL', areaOversight: true, contact: 'msl' }, note },
    } as const;
    const overseen = escalationRecipients(clock, { owningOrganisationId: 'council', areaId: 'coventry' }, directory);
    expect(overseen).toMatchObject({ people: ['msl-1'], contact: 'msl', fallback: false });
    const unseen = escalationRecipients(clock, { owningOrganisationId: 'council', areaId: 'herts' }, directory);
    expect(unseen).toMatchObject({ people: ['lead-1'], fallback: true });
    expect(escalationReason(clock, unseen)).toBe(
      "Overdue: Notify children’s services. Escalated to MSL (no one holds it in Waymark: the case's leads): the meeting was due.",
    );
  });

  it('a clock that only flags is escalated to the leads', () => {
    const clock = { onOverdue: { action: 'flag', note } } as const;
    expect(
      escalationRecipients(clock, { owningOrganisationId: 'council', areaId: 'coventry' }, directory).people,
    ).toEqual(['lead-1']);
  });
});
