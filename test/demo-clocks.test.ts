/**
 * The demo data shows every clock state a lead meets: each demo lead's My work has an overdue
 * clock, one due within two days (what the admin tags "Due soon") and one running further off.
 * Seeded relative to the time of seeding, so independent of the clock.
 */
import { MyWorkDocument } from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api.ts';

const DUE_SOON_MS = 48 * 3_600_000;
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

async function states(email: string) {
  const { myWork } = await api.as(email).query(MyWorkDocument, { first: 50 });
  const now = Date.now();
  return new Set(
    myWork.map(({ nextDeadline: d }) =>
      d.status === 'overdue' ? 'overdue' : Date.parse(d.dueAt!) - now <= DUE_SOON_MS ? 'due soon' : 'running',
    ),
  );
}

describe('demo leads’ clocks', () => {
  it.each(['lead.coventry@waymark.example', 'lead.bexley@waymark.example', 'lead.london@waymark.example'])(
    'gives %s running, due-soon and overdue clocks',
    async (email) => {
      expect([...(await states(email))].sort()).toEqual(['due soon', 'overdue', 'running']);
    },
  );
});
