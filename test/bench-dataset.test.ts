/**
 * The benchmark's data-set builder (bench/dataset) at a tiny size, on this file's copy of the
 * seeded test database: the cases it makes are ones Waymark itself serves (real pathway
 * histories, intact hash chains, the same deadlines as the case they were copied from). It
 * is not a benchmark: nothing here is timed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDatabase } from '../apps/api/src/db/client.ts';
import { verifyCaseHistory } from '../apps/api/src/modules/audit/audit.verify.ts';
import { copiesOf, populate } from '../bench/dataset/build.ts';
import { CASE, WORKLIST } from '../bench/workloads.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';

const CASES = 80;
let api: TestApi;
let built: Awaited<ReturnType<typeof populate>>;

async function graphql(query: string, variables?: unknown) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await api.tokenFor(people.coventryLead)}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: Record<string, any>; errors?: unknown[] };
}

beforeAll(async () => {
  api = await startTestApi();
  built = await currentDatabase().withSql((sql) => populate(sql, CASES, { seed: 18, perDemo: 2 }));
});
afterAll(() => api?.stop());

describe('bench data set', () => {
  it('holds exactly the cases asked for, copies of templates that walked real pathways', async () => {
    expect(await api.prisma.case.count()).toBe(CASES);
    expect(built.copies).toBeGreaterThan(0);
    const walked = await api.prisma.caseTrack.findMany({
      where: { caseId: { in: built.templates.map((t) => t.caseId) } },
      select: { step: true, pathwayId: true },
    });
    // The walk left the start of some pathways: histories are more than an opening.
    expect(walked.some((t) => t.step !== 'identified' && t.pathwayId === 'bexley-referral')).toBe(true);
  });

  it('keeps every case history a valid hash chain', async () => {
    const verified = await verifyCaseHistory();
    expect(verified.firstBroken).toBeNull();
    expect(verified.checked).toBeGreaterThan(CASES);
  });

  it('serves a copy through the API as it serves its template, apart from id and reference', async () => {
    const template = built.templates.find((t) => t.pathwayId === 'coventry-pre-nrm')!;
    const [copy] = copiesOf(built, template.caseId);
    const read = async (id: string) =>
      (await graphql(CASE, { id: Buffer.from(`Case:${id}`).toString('base64') })).data.case;
    const [original, copied] = [await read(template.caseId), await read(copy!.id)];
    expect(copied).not.toBeNull();
    expect(copied.reference).toMatch(/^WM-B-\d{7}$/);
    expect(copied.tracks).toEqual(original.tracks);
    expect(copied.nextDeadline).toEqual(original.nextDeadline);
    expect(copied.timeline).toEqual(original.timeline);
    expect(copied.subject).toEqual(original.subject);
  });

  it('lists the copies in the worklist, newest first', async () => {
    const { data } = await graphql(WORKLIST);
    const references: string[] = data.cases.edges.map((e: { node: { reference: string } }) => e.node.reference);
    expect(references.some((r) => r.startsWith('WM-B-'))).toBe(true);
    const openedAt = data.cases.edges.map((e: { node: { openedAt: string } }) => Date.parse(e.node.openedAt));
    expect(openedAt).toEqual([...openedAt].sort((a, b) => b - a));
  });
});
