/**
 * What a case accumulates: its pathway tracks (with what may happen next and the deadlines),
 * NRM referrals, Duty to Notify notices, decisions and meetings.
 */
import { organisationsById } from '../orgs/organisations-by-id.ts';
import {
  allowedTransitions,
  checklist,
  optionsForConcern,
  deadlines,
  type ChecklistItem,
  type FactValue,
} from '@waymark/pathways';
import { prisma } from '../../db/client.ts';
import { builder } from '../../builder.ts';
import {
  DecisionResult as DecisionResultValues,
  DecisionType as DecisionTypeValues,
  MeetingKind as MeetingKindValues,
} from '../../generated/prisma/enums.ts';
import { Organisation, Person } from '../orgs/orgs.types.ts';
import { actorOf, AGE_SUBJECT_SELECT, caseFacts, definitionOf, trackOf } from '../pathways/engine-adapter.ts';
import {
  ClockType,
  Pathway,
  PathwayActionField,
  PathwayStep,
  TransitionOptionType,
} from '../pathways/pathways.types.ts';
import { visibleCasesWhere } from './case-access.ts';

export const DecisionType = builder.enumType('DecisionType', { values: Object.values(DecisionTypeValues) });
export const DecisionResult = builder.enumType('DecisionResult', { values: Object.values(DecisionResultValues) });
export const MeetingKind = builder.enumType('MeetingKind', {
  description: 'Strategy meeting (000), STRAT/MARM (003), SERAC (002), MARAC, MASH, or another multi-agency meeting.',
  values: Object.values(MeetingKindValues),
});

type Done = ChecklistItem['done'][number];

const ChecklistEntry = builder.objectRef<Done>('ChecklistEntry').implement({
  description: 'One time a step action was recorded.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (d) => new Date(d.at) }),
    values: t.field({ type: 'JSONObject', resolve: (d) => d.values as Record<string, FactValue> }),
    recordedBy: t.field({
      type: Person,
      nullable: true,
      resolve: (d) => (d.by ? prisma.person.findUnique({ where: { id: d.by } }) : null),
    }),
  }),
});

const ChecklistItemType = builder.objectRef<ChecklistItem>('ChecklistItem').implement({
  description: "One action of the current step's checklist: done (who, when, what) or outstanding.",
  fields: (t) => ({
    action: t.exposeString('action', { description: 'The action id, for caseRecordAction.' }),
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    required: t.exposeBoolean('required'),
    applies: t.exposeBoolean('applies', {
      nullable: true,
      description: 'False when its conditions do not hold; null until missingFacts are recorded.',
    }),
    missingFacts: t.exposeStringList('missingFacts'),
    outstanding: t.exposeBoolean('outstanding', { description: 'Required, applies and not recorded yet.' }),
    blocks: t.exposeStringList('blocks', { description: 'Transitions it holds back while outstanding.' }),
    canRecord: t.exposeBoolean('canRecord', { description: 'Whether the viewer may record it.' }),
    clock: t.exposeString('clock', { nullable: true, description: 'The deadline recording it meets.' }),
    records: t.field({ type: [PathwayActionField], resolve: (i) => i.records }),
    section: t.string({
      description: 'The source document and section.',
      resolve: (i) => `${i.source.file} ${i.source.section}`,
    }),
    done: t.field({ type: [ChecklistEntry], resolve: (i) => i.done }),
  }),
});

/**
 * The case's facts, loaded with the track (one statement for a page of cases, never one per
 * track) by the fields whose rules read them, and only then: a read that shows a track's step
 * alone (the case read) costs no statement for them.
 */
const CASE_FACTS = { case: { select: AGE_SUBJECT_SELECT } } as const;

export const CaseTrack = builder.prismaNode('CaseTrack', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, { viewer }) => ({ id, case: visibleCasesWhere(viewer) }),
  description: 'The case following one pathway, pinned to the pathway version it started on.',
  select: {
    caseId: true,
    pathwayId: true,
    pathwayVersion: true,
    step: true,
    events: true,
    startedAt: true,
    closedAt: true,
  },
  fields: (t) => ({
    pathwayId: t.exposeString('pathwayId'),
    pathwayVersion: t.exposeInt('pathwayVersion'),
    pathway: t.field({ type: Pathway, resolve: (row) => definitionOf(row) }),
    step: t.field({
      type: PathwayStep,
      resolve: (row) => definitionOf(row).steps.find((s) => s.id === row.step)!,
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    closedAt: t.expose('closedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the track was closed with its case before reaching an end step; its clocks stopped then.',
    }),
    allowedTransitions: t.field({
      type: [TransitionOptionType],
      description: 'Every transition out of the current step, for the viewer, now: enabled or blocked with reasons.',
      authScopes: { signedIn: true },
      select: CASE_FACTS,
      // No NRM referral or Duty to Notify is offered without a potential victim (engine rule).
      resolve: (row, _args, { viewer }) =>
        optionsForConcern(
          allowedTransitions(
            definitionOf(row),
            trackOf(row),
            caseFacts(row.case, new Date()),
            actorOf(viewer!),
            new Date(),
          ),
          row.case.concernKind,
        ),
    }),
    checklist: t.field({
      type: [ChecklistItemType],
      description: "The current step's actions, done and outstanding; record one with caseRecordAction.",
      authScopes: { signedIn: true },
      select: CASE_FACTS,
      resolve: (row, _args, { viewer }) =>
        checklist(definitionOf(row), trackOf(row), caseFacts(row.case, new Date()), actorOf(viewer!), new Date()),
    }),
    deadlines: t.field({
      type: [ClockType],
      description: 'Each clock of the pathway, computed from the recorded events.',
      select: CASE_FACTS,
      resolve: (row) =>
        deadlines(definitionOf(row), trackOf(row).events, new Date(), caseFacts(row.case, new Date()), row.closedAt),
    }),
  }),
});

export const NrmReferral = builder.prismaObject('NrmReferral', {
  fields: (t) => ({
    id: t.exposeID('id'),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    childNoConsentNeeded: t.exposeBoolean('childNoConsentNeeded', {
      description: 'True when the person was treated as a child, so no consent was needed.',
    }),
    organisation: t.relation('organisation'),
  }),
});

/** A Duty to Notify exposes no identity when anonymised: the fields do not exist on the type. */
export const DutyToNotify = builder.prismaObject('DutyToNotify', {
  fields: (t) => ({
    id: t.exposeID('id'),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    anonymised: t.exposeBoolean('anonymised'),
    organisation: t.relation('organisation'),
  }),
});

export const Decision = builder.prismaObject('Decision', {
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.expose('type', { type: DecisionType }),
    result: t.expose('result', { type: DecisionResult }),
    decidedOn: t.expose('decidedOn', { type: 'Date' }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
    reconsiderationRequestedAt: t.expose('reconsiderationRequestedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const Meeting = builder.prismaNode('Meeting', {
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, { viewer }) => ({ id, case: visibleCasesWhere(viewer) }),
  fields: (t) => ({
    kind: t.expose('kind', { type: MeetingKind }),
    scheduledFor: t.expose('scheduledFor', { type: 'DateTime' }),
    heldAt: t.expose('heldAt', { type: 'DateTime', nullable: true }),
    attendees: t.field({
      type: [Organisation],
      description: 'The organisations invited, by name.',
      resolve: (row, _args, context) => organisationsById(context, row.attendeeOrganisationIds),
    }),
    nrmDecision: t.string({
      nullable: true,
      resolve: (row) => (row.decisions as { nrm?: string } | null)?.nrm ?? null,
    }),
    leadFirstResponder: t.relation('leadFirstResponder', { nullable: true }),
    outcomeNotes: t.exposeString('outcomeNotes', { nullable: true }),
  }),
});
