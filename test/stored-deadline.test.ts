/**
 * The stored next deadline (issue 18 item 3; apps/api/src/modules/cases/stored-deadline.ts): every
 * change leaves `Case.nextDueAt` equal to the due time of the most pressing running or overdue
 * clock the API shows on the case, the `cases` filters and order and `myWork` read it, and time
 * alone (a deadline passing, an 18th birthday) changes their answers with nothing written.
 *
 * Coventry's Transition to Adulthood: the NRM decision is due by the end of the day before the
 * 18th birthday, a clock that follows the date of birth.
 */
import {
  CaseCloseDocument,
  CaseEnrolDocument,
  CaseReopenDocument,
  CasesDocument,
  CaseTransitionDocument,
  CaseUpdateSubjectDocument,
  MyWorkDocument,
  type CaseStateFragment,
  type CasesQuery,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { openCase, succeeded, track } from './support/cases.ts';
import { useClock } from './support/clock.ts';

// The day before the 18th birthday of a child born on 11 December 2008 (the API's test tokens last a day).
useClock('2026-12-10T10:00:00Z');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const rowId = (globalId: string) =>
  Buffer.from(globalId, 'base64')
    .toString()
    .replace(/^Case:/, '');

/** What the database holds for the case. */
async function stored({ id }: { id: string }) {
  return api.prisma.case.findUniqueOrThrow({
    where: { id: rowId(id) },
    select: { nextDueAt: true, deadlineRecomputeAt: true },
  });
}

/** The due time of the most pressing running or overdue clock, as the API shows the case. */
function shown(state: CaseStateFragment): string | null {
  const due = state.tracks
    .flatMap((t) => t.deadlines)
    .filter((d) => (d.status === 'running' || d.status === 'overdue') && d.dueAt)
    .map((d) => Date.parse(d.dueAt!));
  return due.length ? new Date(Math.min(...due)).toISOString() : null;
}

async function expectStoredAsShown(state: CaseStateFragment) {
  expect((await stored(state)).nextDueAt?.toISOString() ?? null).toBe(state.status === 'OPEN' ? shown(state) : null);
}

describe('the stored next deadline', () => {
  it('follows each kind of change, and time alone moves the lists with nothing written', async () => {
    const lead = api.as(people.coventryLead);
    const opened = await openCase(lead, {
      concernKind: 'POTENTIAL_VICTIM',
      concern: 'Young person approaching 18, open to the Horizon team.',
      subject: { givenName: 'Stored', familyName: 'Deadline-Canary', dateOfBirth: '2008-12-12' },
    });
    // No track, no clock.
    expect(await stored(opened.case)).toEqual({
      nextDueAt: null,
      deadlineRecomputeAt: null,
    });
    const input = (state: CaseStateFragment) => ({ caseId: state.id, expectedVersion: state.version });
    let state = succeeded(
      (
        await lead.mutate(CaseEnrolDocument, {
          input: {
            caseId: opened.case.id,
            expectedVersion: opened.case.version,
            pathwayId: 'coventry-transition-to-adulthood',
          },
        })
      ).caseEnrol,
    );
    await expectStoredAsShown(state);
    // A transition starts the NRM-before-18 clock: due by the end of 11 December (London).
    state = succeeded(
      (
        await lead.mutate(CaseTransitionDocument, {
          input: {
            ...input(state),
            trackId: track(state, 'coventry-transition-to-adulthood').id,
            transition: 'openToServices',
            facts: { openToChildrensServices: true },
          },
        })
      ).caseTransition,
    );
    await expectStoredAsShown(state);
    expect(await stored(state)).toEqual({
      nextDueAt: new Date('2026-12-11T23:59:59.999Z'),
      // The 18th birthday, when the age facts change with nothing recorded.
      deadlineRecomputeAt: new Date('2026-12-12T00:00:00.000Z'),
    });

    // A corrected date of birth moves the clock, and the stored deadline with it.
    state = succeeded(
      (
        await lead.mutate(CaseUpdateSubjectDocument, {
          input: { ...input(state), subject: { dateOfBirth: '2008-12-11' } },
        })
      ).caseUpdateSubject,
    );
    await expectStoredAsShown(state);
    expect((await stored(state)).nextDueAt).toEqual(new Date('2026-12-10T23:59:59.999Z'));

    // Closed: nothing due; reopened: due again.
    state = succeeded(
      (await lead.mutate(CaseCloseDocument, { input: { ...input(state), reason: 'Moved out of the area.' } }))
        .caseClose,
    );
    expect(await stored(state)).toEqual({ nextDueAt: null, deadlineRecomputeAt: null });
    state = succeeded(
      (await lead.mutate(CaseReopenDocument, { input: { ...input(state), reason: 'Came back to Coventry.' } }))
        .caseReopen,
    );
    await expectStoredAsShown(state);
    expect((await stored(state)).nextDueAt).toEqual(new Date('2026-12-10T23:59:59.999Z'));

    const ids = async (filter: Record<string, unknown>) =>
      (await lead.query(CasesDocument, { first: 100, filter })).cases.edges.map((e) => e.node.id);
    expect(await ids({ overdue: false })).toContain(state.id);
    expect(await ids({ overdue: true })).not.toContain(state.id);
    expect(await ids({ dueBefore: '2026-12-11T00:00:00Z' })).toContain(state.id);
    expect(await ids({ dueBefore: '2026-12-10T00:00:00Z' })).not.toContain(state.id);

    // The 18th birthday passes with nothing written: the deadline before it is overdue now, in
    // the filters, the "overdue first" order and myWork; the row's recompute time has passed,
    // so the read refreshed it (no later age change: nothing more to recompute).
    vi.setSystemTime(new Date('2026-12-11T01:00:00Z'));
    expect(await ids({ overdue: true })).toContain(state.id);
    expect(await ids({ overdue: false })).not.toContain(state.id);
    expect((await stored(state)).deadlineRecomputeAt).toBeNull();
    const { cases } = await lead.query(CasesDocument, { first: 100, orderBy: 'DUE_SOONEST' });
    const order = cases.edges.map((e) => e.node.id);
    const due = await api.prisma.case.findMany({
      where: { id: { in: order.map(rowId) } },
      select: { id: true, nextDueAt: true },
    });
    const dueOf = new Map(due.map((d) => [d.id, d.nextDueAt?.getTime() ?? null]));
    const times = order.map((id) => dueOf.get(rowId(id))!);
    expect(times).toContain(dueOf.get(rowId(state.id)));
    expect(times.every((t) => t !== null)).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(cases.pageInfo.hasNextPage).toBe(false);
    expect(cases.totalCount).toBe(order.length);
    // Paged by the cursor, the same order.
    const paged: string[] = [];
    let after: string | null | undefined = null;
    do {
      const page: CasesQuery = await lead.query(CasesDocument, { first: 3, after, orderBy: 'DUE_SOONEST' });
      paged.push(...page.cases.edges.map((e) => e.node.id));
      after = page.cases.pageInfo.hasNextPage ? page.cases.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(order);
    const { myWork } = await lead.query(MyWorkDocument, { first: 100 });
    expect(myWork.find((w) => w.case.id === state.id)?.nextDeadline).toMatchObject({
      clock: 'nrmBeforeEighteen',
      status: 'overdue',
    });
  });
});
