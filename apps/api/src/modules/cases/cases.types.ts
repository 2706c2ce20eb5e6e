import { builder } from '../../builder.ts';
import {
  CaseEventKind as CaseEventKindValues,
  CaseStatus as CaseStatusValues,
  ConcernKind as ConcernKindValues,
  Gender as GenderValues,
  ImmigrationStatus as ImmigrationStatusValues,
  RecourseToPublicFunds as RecourseValues,
} from '../../generated/prisma/enums.ts';
import type { Case as CaseRow } from '../../generated/prisma/client.ts';
import { disclose, mayReadIdentity } from './case-access.ts';

export const CaseStatus = builder.enumType('CaseStatus', { values: Object.values(CaseStatusValues) });
export const ConcernKind = builder.enumType('ConcernKind', {
  description: 'What a concern is about (Coventry protocol, Initial Identification & Safeguarding).',
  values: Object.values(ConcernKindValues),
});
export const Gender = builder.enumType('Gender', { values: Object.values(GenderValues) });
export const ImmigrationStatus = builder.enumType('ImmigrationStatus', { values: Object.values(ImmigrationStatusValues) });
export const RecourseToPublicFunds = builder.enumType('RecourseToPublicFunds', {
  description: 'Whether the person has recourse to public funds (NRPF: no).',
  values: Object.values(RecourseValues),
});
export const CaseEventKind = builder.enumType('CaseEventKind', { values: Object.values(CaseEventKindValues) });

const WITHHELD = 'Identifying: null (and `redacted` true) when you have no need to know who the person is.';

/** The person the case is about, as far as they are known. */
export const CaseSubject = builder.objectRef<CaseRow>('CaseSubject').implement({
  description: 'Identifying fields (names, aliases, date of birth) are disclosed only to people with need, and each disclosure is audited.',
  fields: (t) => ({
    redacted: t.boolean({
      description: 'True when identifying fields were withheld from you: they read null whether or not they are recorded.',
      resolve: (row, _args, context) => !mayReadIdentity(context.viewer, row),
    }),
    givenName: t.string({ nullable: true, description: WITHHELD, resolve: (row, _args, context) => disclose(context, row, row.givenName) }),
    familyName: t.string({ nullable: true, description: WITHHELD, resolve: (row, _args, context) => disclose(context, row, row.familyName) }),
    aliases: t.stringList({ nullable: true, description: WITHHELD, resolve: (row, _args, context) => disclose(context, row, row.aliases) }),
    dateOfBirth: t.field({ type: 'Date', nullable: true, description: WITHHELD, resolve: (row, _args, context) => disclose(context, row, row.dateOfBirth) }),
    estimatedAge: t.exposeInt('estimatedAge', { nullable: true }),
    ageUncertain: t.exposeBoolean('ageUncertain'),
    gender: t.expose('gender', { type: Gender, nullable: true }),
    nationality: t.exposeString('nationality', { nullable: true }),
    languages: t.exposeStringList('languages'),
    interpreterNeeded: t.exposeBoolean('interpreterNeeded'),
    immigrationStatus: t.expose('immigrationStatus', { type: ImmigrationStatus, nullable: true }),
    recourseToPublicFunds: t.expose('recourseToPublicFunds', { type: RecourseToPublicFunds, nullable: true }),
  }),
});

export const Case = builder.prismaNode('Case', {
  id: { field: 'id' },
  fields: (t) => ({
    reference: t.exposeString('reference', { description: 'Human reference, e.g. WM-2026-000123.' }),
    concernKind: t.expose('concernKind', { type: ConcernKind }),
    status: t.expose('status', { type: CaseStatus }),
    version: t.exposeInt('version', { description: 'Pass as expectedVersion to any mutation that changes the case.' }),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    owningOrganisation: t.relation('owningOrganisation'),
    area: t.relation('area'),
    openedBy: t.relation('openedBy'),
    subject: t.field({ type: CaseSubject, resolve: (row) => row }),
    timeline: t.relatedConnection('events', {
      cursor: 'id',
      description: 'What happened to the case, newest first.',
      totalCount: true,
      query: { orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }] },
    }),
  }),
});

export const CaseEvent = builder.prismaNode('CaseEvent', {
  id: { field: 'id' },
  description: 'One entry in a case history. Events are never edited or deleted.',
  fields: (t) => ({
    kind: t.expose('kind', { type: CaseEventKind }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    caseVersion: t.exposeInt('caseVersion'),
    actor: t.relation('actor'),
    organisation: t.relation('organisation'),
    data: t.field({ type: 'JSONObject', resolve: (event) => event.data as Record<string, unknown> }),
  }),
});
