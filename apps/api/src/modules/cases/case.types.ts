/** The case, its subject and its history as GraphQL types, and the case enums. */
import { builder } from '../../builder.ts';
import {
  CaseEventKind as CaseEventKindValues,
  CaseStatus as CaseStatusValues,
  ExploitationType as ExploitationTypeValues,
  ConcernKind as ConcernKindValues,
  Gender as GenderValues,
  ImmigrationStatus as ImmigrationStatusValues,
  RecourseToPublicFunds as RecourseValues,
} from '../../generated/prisma/enums.ts';
import {
  bestInterestsFact,
  CAPACITY_DECISIONS,
  capacityForDecision,
  isTreatedAsChild,
  type CapacityDecision,
  type Facts,
} from '@waymark/pathways';
import { prisma } from '../../db/client.ts';
import type { Case as CaseRow, CaseEvent as CaseEventRow, Person as PersonRow } from '../../generated/prisma/client.ts';
import { Person } from '../orgs/orgs.types.ts';
import { AGE_SUBJECT_SELECT, caseFacts } from '../pathways/engine-adapter.ts';
import { ClockType } from '../pathways/pathways.types.ts';
import { mostPressing } from './deadlines.ts';
import { disclose, mayReadIdentity, visibleCasesWhere } from './case-access.ts';
import './case-records.types.ts';

export const CaseStatus = builder.enumType('CaseStatus', { values: Object.values(CaseStatusValues) });
export const ConcernKind = builder.enumType('ConcernKind', {
  description: 'What a concern is about (Coventry protocol, Initial Identification & Safeguarding).',
  values: Object.values(ConcernKindValues),
});
export const Gender = builder.enumType('Gender', { values: Object.values(GenderValues) });
export const ImmigrationStatus = builder.enumType('ImmigrationStatus', {
  values: Object.values(ImmigrationStatusValues),
});
export const RecourseToPublicFunds = builder.enumType('RecourseToPublicFunds', {
  description: 'Whether the person has recourse to public funds (NRPF: no).',
  values: Object.values(RecourseValues),
});
export const CaseEventKind = builder.enumType('CaseEventKind', { values: Object.values(CaseEventKindValues) });
export const ExploitationType = builder.enumType('ExploitationType', { values: Object.values(ExploitationTypeValues) });

export const AgeGroup = builder.enumType('CaseAgeGroup', { values: ['CHILD', 'ADULT', 'UNKNOWN'] as const });

const consentAnswer = (value: unknown) => (value === true ? 'GIVEN' : value === false ? 'DECLINED' : null);

const DECISION_NAMES: Record<CapacityDecision, string> = {
  nrmConsent: 'NRM_CONSENT',
  shareDetails: 'SHARE_DETAILS',
  supportReferral: 'SUPPORT_REFERRAL',
};

/** Capacity for one decision as the engine reads it (one reading, engine capacityForDecision). */
const CapacityForDecision = builder
  .objectRef<{ decision: CapacityDecision; facts: Facts }>('CapacityForDecision')
  .implement({
    fields: (t) => ({
      decision: t.string({ description: 'A CapacityDecision value.', resolve: (c) => DECISION_NAMES[c.decision] }),
      capacity: t.string({
        nullable: true,
        description: 'HAS_CAPACITY or LACKS_CAPACITY; null while in doubt and not assessed, or never asked.',
        resolve: (c) => {
          const found = capacityForDecision(c.facts, c.decision);
          return found === 'hasCapacity' ? 'HAS_CAPACITY' : found === 'lacksCapacity' ? 'LACKS_CAPACITY' : null;
        },
      }),
      bestInterests: t.string({
        nullable: true,
        description: 'PROCEED or DO_NOT_PROCEED when a best-interests decision was recorded.',
        resolve: (c) => {
          const value = c.facts[bestInterestsFact(c.decision)];
          return value === 'proceed' ? 'PROCEED' : value === 'doNotProceed' ? 'DO_NOT_PROCEED' : null;
        },
      }),
    }),
  });

/** Consent as recorded (facts consentToNrm, consentToShareDetails, capacity per decision). */
const Consent = builder.objectRef<Facts>('CaseConsent').implement({
  fields: (t) => ({
    nrm: t.string({
      nullable: true,
      description: 'GIVEN or DECLINED (withdrawn counts as declined); null when not asked (always for a child).',
      resolve: (f) => consentAnswer(f.consentToNrm),
    }),
    shareDetails: t.string({ nullable: true, resolve: (f) => consentAnswer(f.consentToShareDetails) }),
    capacityInDoubt: t.boolean({
      nullable: true,
      resolve: (f) => (typeof f.capacityInDoubt === 'boolean' ? f.capacityInDoubt : null),
    }),
    capacity: t.field({
      type: [CapacityForDecision],
      description:
        'Capacity per decision (latest assessment, or presumed where not in doubt) and any best-interests decision.',
      resolve: (f) => CAPACITY_DECISIONS.map((decision) => ({ decision, facts: f })),
    }),
    notAskedBecauseChild: t.boolean({ resolve: (f) => isTreatedAsChild(f) === true }),
  }),
});

const CaseNote = builder.objectRef<CaseEventRow & { actor: PersonRow }>('CaseNote').implement({
  fields: (t) => ({
    text: t.string({ resolve: (e) => String((e.data as { text?: string }).text ?? '') }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
    author: t.field({ type: Person, resolve: (e) => e.actor }),
  }),
});

const WITHHELD = 'Identifying: null (and `redacted` true) when you have no need to know who the person is.';

/** The person the case is about, as far as they are known. */
export const CaseSubject = builder.objectRef<CaseRow>('CaseSubject').implement({
  description:
    'Identifying fields (names, aliases, date of birth) are disclosed only to people with need, and each disclosure is audited.',
  fields: (t) => ({
    redacted: t.boolean({
      description:
        'True when identifying fields were withheld from you: they read null whether or not they are recorded.',
      resolve: (row, _args, context) => !mayReadIdentity(context.viewer, row),
    }),
    givenName: t.string({
      nullable: true,
      description: WITHHELD,
      resolve: (row, _args, context) => disclose(context, row, row.givenName),
    }),
    familyName: t.string({
      nullable: true,
      description: WITHHELD,
      resolve: (row, _args, context) => disclose(context, row, row.familyName),
    }),
    aliases: t.stringList({
      nullable: true,
      description: WITHHELD,
      resolve: (row, _args, context) => disclose(context, row, row.aliases),
    }),
    dateOfBirth: t.field({
      type: 'Date',
      nullable: true,
      description: WITHHELD,
      resolve: (row, _args, context) => disclose(context, row, row.dateOfBirth),
    }),
    estimatedAge: t.exposeInt('estimatedAge', { nullable: true }),
    ageUncertain: t.exposeBoolean('ageUncertain'),
    claimedAge: t.exposeInt('claimedAge', { nullable: true, description: 'The age the person says they are.' }),
    reasonToBelieveChild: t.exposeBoolean('reasonToBelieveChild', {
      nullable: true,
      description: 'Reason to believe the person is a child (003 7.4); null when not said.',
    }),
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
  // node(id) answers null, exactly as case(id) does, for a case the viewer may not see.
  nullable: true,
  findUnique: (id, { viewer }) => ({ id, AND: [visibleCasesWhere(viewer)] }),
  fields: (t) => ({
    reference: t.exposeString('reference', { description: 'Human reference, e.g. WM-2026-000123.' }),
    concernKind: t.expose('concernKind', { type: ConcernKind }),
    status: t.expose('status', { type: CaseStatus }),
    version: t.exposeInt('version', { description: 'Pass as expectedVersion to any mutation that changes the case.' }),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    identifiedAt: t.expose('identifiedAt', {
      type: 'DateTime',
      description: 'When the person was identified; the first pathway’s clocks count from here.',
    }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    owningOrganisation: t.relation('owningOrganisation'),
    area: t.relation('area'),
    openedBy: t.relation('openedBy'),
    subject: t.field({ type: CaseSubject, resolve: (row) => row }),
    ageGroup: t.field({
      type: AgeGroup,
      description: 'CHILD when the person is, or is presumed to be, a child (presumption of age, 003 7.4).',
      resolve: (row) => {
        const child = isTreatedAsChild(caseFacts(row, new Date()));
        return child === undefined ? 'UNKNOWN' : child ? 'CHILD' : 'ADULT';
      },
    }),
    exploitationTypes: t.field({ type: [ExploitationType], resolve: (row) => row.exploitationTypes }),
    facts: t.field({
      type: 'JSONObject',
      description:
        "The facts the pathways read, by name, as the rules read them now: the age facts derived from the subject (date of birth, estimate, presumption of age) on today's date.",
      resolve: (row) => caseFacts(row, new Date()) as Record<string, unknown>,
    }),
    consent: t.field({ type: Consent, resolve: (row) => caseFacts(row, new Date()) }),
    assignedTo: t.relation('assignedTo', {
      nullable: true,
      description: 'The Modern Slavery lead the case was handed to.',
    }),
    assignedAt: t.expose('assignedAt', { type: 'DateTime', nullable: true }),
    acceptedAt: t.expose('acceptedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the lead accepted responsibility (000 step 3).',
    }),
    closeReason: t.exposeString('closeReason', { nullable: true }),
    nextDeadline: t.field({
      type: ClockType,
      nullable: true,
      description: 'The most pressing running or overdue deadline across the case’s tracks.',
      // The same shape as the `tracks` relation below (and CaseTrack's own select), so Pothos
      // merges both into one load instead of a query per case. The facts the clocks read are
      // the case's own columns, not each track's case (a statement more per read).
      select: {
        status: true,
        ...AGE_SUBJECT_SELECT,
        tracks: {
          orderBy: { startedAt: 'asc' },
          select: {
            id: true,
            caseId: true,
            pathwayId: true,
            pathwayVersion: true,
            step: true,
            events: true,
            startedAt: true,
            closedAt: true,
          },
        },
      },
      resolve: (row) => (row.status === 'OPEN' ? mostPressing(row.tracks, caseFacts(row, new Date())) : null),
    }),
    tracks: t.relation('tracks', { query: { orderBy: { startedAt: 'asc' } } }),
    nrmReferrals: t.relation('nrmReferrals', { query: { orderBy: { submittedAt: 'asc' } } }),
    dutiesToNotify: t.relation('dutiesToNotify', { query: { orderBy: { submittedAt: 'asc' } } }),
    decisions: t.relation('decisions', { query: { orderBy: [{ decidedOn: 'asc' }, { recordedAt: 'asc' }] } }),
    meetings: t.relation('meetings', { query: { orderBy: { scheduledFor: 'asc' } } }),
    serviceReferrals: t.relation('serviceReferrals', { query: { orderBy: { referredAt: 'asc' } } }),
    notes: t.field({
      type: [CaseNote],
      description: 'Notes, oldest first.',
      resolve: (row) =>
        prisma.caseEvent.findMany({
          where: { caseId: row.id, kind: 'NOTE_ADDED' },
          orderBy: { occurredAt: 'asc' },
          include: { actor: true },
        }),
    }),
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
  nullable: true,
  findUnique: (id, { viewer }) => ({ id, case: visibleCasesWhere(viewer) }),
  description: 'One entry in a case history. Events are never edited or deleted.',
  fields: (t) => ({
    kind: t.expose('kind', { type: CaseEventKind }),
    occurredAt: t.expose('occurredAt', {
      type: 'DateTime',
      description: 'When it happened in the world (may be earlier than recordedAt when recorded after the fact).',
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', description: 'When it was recorded in Waymark.' }),
    caseVersion: t.exposeInt('caseVersion'),
    actor: t.relation('actor'),
    organisation: t.relation('organisation'),
    data: t.field({ type: 'JSONObject', resolve: (event) => event.data as Record<string, unknown> }),
  }),
});
