/**
 * Age follows the person (issue 12 item 5): what Waymark says about a person's age is derived
 * from their date of birth on the day it is read, not stored when the case was opened. Here a
 * 17-year-old's case is opened the day before their 18th birthday and read again after it.
 */
import { CaseReferralPackDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { useClock } from './support/clock.ts';
import { openCase } from './support/cases.ts';

useClock('2026-06-01T11:00:00Z');
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

describe('age follows the person', () => {
  it("the NRM form's under-18 answer changes on the 18th birthday, with nothing recorded in between", async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Working in a car wash.',
      subject: { givenName: 'Nearly', familyName: 'Eighteen', dateOfBirth: '2008-06-02' },
    });
    const underAge = async () => {
      const { case: found } = await lead.query(CaseReferralPackDocument, { id: opened.case.id, kind: 'NRM' });
      const fields = found!.referralPack.sections.flatMap((s) => s.steps.flatMap((step) => step.fields));
      return fields.find((f) => f.key === 'pv-under-age')?.value;
    };
    expect(await underAge()).toBe('yes');
    vi.setSystemTime(new Date('2026-06-02T09:00:00+01:00')); // the birthday morning, London time
    expect(await underAge()).toBe('no');
  });
});
