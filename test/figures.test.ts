/**
 * Partnership figures through the SDK: who may read them, that a small count is never shown,
 * that nothing identifying leaves, and that an export is audited (a plain read is not).
 */
import {
  CaseReferToServiceDocument,
  CaseStateDocument,
  OrganisationsDocument,
  PartnershipFiguresDocument,
  PartnershipFiguresExportDocument,
  ServiceCreateDocument,
  type PartnershipFiguresQuery,
} from '@waymark/sdk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { monthOf } from '../apps/api/src/modules/figures/periods.ts';
import { people, startTestApi, type TestApi } from './support/api.ts';
import { openCase } from './support/cases.ts';

let api: TestApi;
let coventryArea: string;
/** The area's Relay global id, as caseOpen takes it. */
let areaId: string;
beforeAll(async () => {
  api = await startTestApi();
  coventryArea = (await api.prisma.area.findUniqueOrThrow({ where: { code: 'coventry' }, select: { id: true } })).id;
  areaId = Buffer.from(`Area:${coventryArea}`).toString('base64');
});
afterAll(() => api.stop());

// The cases opened here fall in this month; the period covers the year before it too, so the
// seeded cases (opened hours before the template was made) are inside whatever the date.
const thisMonth = monthOf(new Date());
const period = { from: `${Number(thisMonth.slice(0, 4)) - 1}-01`, to: thisMonth, granularity: 'QUARTER' as const };

type Figures = Extract<PartnershipFiguresQuery['partnershipFigures'], { __typename: 'PartnershipFigures' }>;

async function figures(email: string, threshold?: number): Promise<Figures> {
  const { partnershipFigures } = await api.as(email).query(PartnershipFiguresDocument, {
    areaCode: 'coventry',
    period,
    threshold,
  });
  if (partnershipFigures.__typename !== 'PartnershipFigures') throw new Error(JSON.stringify(partnershipFigures));
  return partnershipFigures;
}

const concernsIn = (kind: 'LOCATION' | 'PERPETRATOR') =>
  api.prisma.case.count({ where: { areaId: coventryArea, concernKind: kind } });

describe('partnershipFigures', () => {
  beforeAll(async () => {
    const lead = api.as(people.coventryLead);
    for (let i = 0; i < 6; i++)
      await openCase(lead, { concernKind: 'LOCATION', concern: 'Figures test location', areaId });
    await openCase(lead, { concernKind: 'PERPETRATOR', concern: 'Figures test perpetrator', areaId });
  });

  it('shows the partnership auditor counts at or over the threshold and "fewer than 5" for the rest', async () => {
    const result = await figures(people.auditor);
    expect(result.threshold).toBe(5);
    const concerns = result.tables.find((t) => t.id === 'concerns')!;
    const row = (label: string) => concerns.rows.find((r) => r.label === label)!;
    const locations = await concernsIn('LOCATION');
    expect(locations).toBeGreaterThanOrEqual(6);
    expect(row('Location').total).toMatchObject({ kind: 'COUNT', value: locations, display: String(locations) });
    const perpetrators = await concernsIn('PERPETRATOR');
    expect(perpetrators).toBeLessThan(5);
    expect(row('Perpetrator').total).toMatchObject({ kind: 'FEWER_THAN', value: null, display: 'fewer than 5' });
    // No count from 1 to 4 anywhere, in any cell or total.
    for (const table of result.tables)
      for (const cell of [
        ...table.rows.flatMap((r) => [...r.cells, ...(r.total ? [r.total] : [])]),
        ...(table.columnTotals ?? []),
        ...(table.total ? [table.total] : []),
      ])
        if (cell.kind === 'COUNT') expect(cell.value === 0 || cell.value! >= 5, `${table.id}`).toBe(true);
  });

  it('lets the threshold be raised but never lowered below the partnership’s', async () => {
    expect((await figures(people.coventryLead, 7)).threshold).toBe(7);
    for (const threshold of [4, 2]) {
      const { partnershipFigures } = await api
        .as(people.auditor)
        .query(PartnershipFiguresDocument, { areaCode: 'coventry', period, threshold });
      expect(partnershipFigures.__typename).toBe('ValidationError');
    }
  });

  it('refuses a malformed or too long period, naming the field and not the value', async () => {
    for (const bad of [
      { ...period, from: '2026-13' },
      { from: '2020-01', to: '2026-12', granularity: 'MONTH' as const },
    ]) {
      const { partnershipFigures } = await api
        .as(people.auditor)
        .query(PartnershipFiguresDocument, { areaCode: 'coventry', period: bad });
      if (partnershipFigures.__typename !== 'ValidationError') throw new Error('expected ValidationError');
      expect(partnershipFigures.fieldErrors[0]!.path[0]).toBe('period');
      expect(partnershipFigures.message).not.toContain(bad.from);
    }
  });

  it('is forbidden to a lead of another area and to roles without oversight', async () => {
    for (const email of [
      people.bexleyLead,
      people.coventryCaseworker,
      people.platformAdmin,
      people.salvationArmyPartner,
    ])
      await expect(
        api.as(email).query(PartnershipFiguresDocument, { areaCode: 'coventry', period }),
      ).rejects.toMatchObject({ name: 'ForbiddenError' });
  });

  it('carries nothing identifying and is not an identifying read', async () => {
    const before = await api.prisma.auditEvent.count({ where: { action: 'case.read.identifying' } });
    const text = JSON.stringify(await figures(people.auditor));
    for (const canary of inject('canaries').strings) expect(text).not.toContain(canary);
    // Demo subjects' names, references and ids do not appear either.
    expect(text).not.toMatch(/Demo|Person One|WM-\d{4}-|6f1d2c1e/);
    expect(await api.prisma.auditEvent.count({ where: { action: 'case.read.identifying' } })).toBe(before);
  });
});

describe('support referrals in the figures', () => {
  it('count referrals to a hidden service (a safe house) together, never by its name', async () => {
    const admin = api.as(people.directoryAdmin);
    const { organisations } = await admin.query(OrganisationsDocument, { first: 20, filter: { search: 'Adavu' } });
    const { serviceCreate } = await admin.mutate(ServiceCreateDocument, {
      input: {
        organisationId: organisations.edges.find((e) => e.node.slug === 'adavu')!.node.id,
        name: 'Figures test safe house',
        description: 'A refuge.',
        referralRoute: 'PHONE',
        phones: ['024 7622 1234'],
        categories: ['ACCOMMODATION'],
        areaCodes: ['coventry'],
        restricted: true,
        hidden: true,
        restrictedDetails: 'Address given on referral.',
      },
    });
    if (serviceCreate.__typename !== 'ServicePayload') throw new Error(JSON.stringify(serviceCreate));
    const lead = api.as(people.coventryLead);
    for (let i = 0; i < 5; i++) {
      const opened = await openCase(lead, { concernKind: 'POTENTIAL_VICTIM', concern: 'Needs a refuge.', areaId });
      const { case: state } = await lead.query(CaseStateDocument, { id: opened.case.id });
      const { caseReferToService } = await lead.mutate(CaseReferToServiceDocument, {
        input: { caseId: state!.id, expectedVersion: state!.version, serviceId: serviceCreate.service.id },
      });
      expect(caseReferToService.__typename).toBe('CasePayload');
    }
    const result = await figures(people.auditor);
    const support = result.tables.find((t) => t.id === 'supportReferrals')!;
    expect(support.rows).toEqual([
      {
        label: 'Services not named (restricted and hidden)',
        cells: [{ kind: 'COUNT', value: 5, display: '5' }],
        total: null,
      },
    ]);
    expect(JSON.stringify(result)).not.toContain('Figures test safe house');
  });
});

describe('partnershipFiguresExport', () => {
  it('exports the figures as CSV and audits the export without any value from it', async () => {
    const { partnershipFiguresExport: result } = await api.as(people.auditor).query(PartnershipFiguresExportDocument, {
      areaCode: 'coventry',
      period,
      format: 'FIGURES_CSV',
    });
    if (result.__typename !== 'FiguresExport') throw new Error(JSON.stringify(result));
    expect(result.content.split('\r\n')[0]).toBe('table,title,row,column,value');
    expect(result.content).toContain(
      'concerns,"Concerns raised, by what they are about",Perpetrator,Total,fewer than 5',
    );
    const audit = await api.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'figures.export' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ entityType: 'Area', entityId: coventryArea });
    expect(audit.data).toMatchObject({ format: 'FIGURES_CSV', threshold: 5, k: 11, period });
  });

  it('exports the record-level extract in HTCDS field names with no class under k', async () => {
    const lead = api.as(people.coventryLead);
    // Twelve alike potential victims make one class of at least 11; one unlike them cannot hide.
    for (let i = 0; i < 12; i++)
      await openCase(lead, {
        concernKind: 'POTENTIAL_VICTIM',
        concern: 'Figures test victim',
        areaId,
        exploitationTypes: ['LABOUR'],
        subject: { gender: 'MALE', estimatedAge: 30, nationality: 'Romanian' },
      });
    const { partnershipFiguresExport: result } = await lead.query(PartnershipFiguresExportDocument, {
      areaCode: 'coventry',
      period,
      format: 'HTCDS_CSV',
    });
    if (result.__typename !== 'FiguresExport') throw new Error(JSON.stringify(result));
    const [header, ...lines] = result.content.trim().split('\r\n');
    expect(header).toBe(
      'yearOfRegistration,gender,majorityStatus,citizenship,isForcedLabour,isSexualExploit,isOtherExploit,isForcedMarriage,isOrganRemoval,wmk_referral',
    );
    expect(result.recordsReleased).toBe(lines.length);
    expect(lines.length).toBeGreaterThanOrEqual(12);
    const classes = new Map<string, number>();
    for (const line of lines) classes.set(line, (classes.get(line) ?? 0) + 1);
    for (const size of classes.values()) expect(size).toBeGreaterThanOrEqual(11);
    // Every potential victim is either released in a class of k or more, or left out.
    const victims = await api.prisma.case.count({ where: { areaId: coventryArea, concernKind: 'POTENTIAL_VICTIM' } });
    expect(result.recordsReleased! + result.recordsDropped!).toBe(victims);
    expect(result.standard).toMatch(/HTCDS/);
    expect(
      await api.prisma.auditEvent.count({
        where: { action: 'figures.export', data: { path: ['format'], equals: 'HTCDS_CSV' } },
      }),
    ).toBe(1);
  });
});
