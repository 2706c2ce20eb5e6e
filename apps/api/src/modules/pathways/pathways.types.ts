/**
 * Pathways are part of the API: partners render the flow and explain a blocked action from the
 * same definitions the engine enforces. Definitions are plain data, exposed as they are.
 */
import {
  CLOCK_STATUSES,
  getResource,
  toMermaid,
  type Action,
  type ActionRecordField,
  type BlockReason,
  type ClockInstance,
  type FactDefinition,
  type PathwayDefinition,
  type Step,
  type Transition,
  type TransitionOption,
} from '@waymark/pathways';
import { builder } from '../../builder.ts';
import { prisma } from '../../db/client.ts';
import { ResourceType } from './resources.types.ts';
import { Role } from '../orgs/orgs.types.ts';

export const Source = builder.objectRef<{ file: string; section: string }>('PathwaySource').implement({
  description: 'The seed document and section a pathway element comes from.',
  fields: (t) => ({ file: t.exposeString('file'), section: t.exposeString('section') }),
});

export const PathwayFact = builder.objectRef<FactDefinition>('PathwayFact').implement({
  description: 'A fact the pathway reads; record it with caseRecordFacts.',
  fields: (t) => ({
    name: t.exposeString('name'),
    label: t.exposeString('label'),
    type: t.string({ description: 'boolean, enum, date (YYYY-MM-DD) or number', resolve: (f) => f.type }),
    values: t.stringList({
      description: 'Allowed values of an enum fact.',
      resolve: (f) => (f.type === 'enum' ? f.values : []),
    }),
  }),
});

export const PathwayActionField = builder.objectRef<ActionRecordField>('PathwayActionField').implement({
  description: 'Something a step action records (whom it went to, a reference number...).',
  fields: (t) => ({
    name: t.exposeString('name'),
    label: t.exposeString('label'),
    type: t.string({ description: 'boolean, enum, date (YYYY-MM-DD), number or text', resolve: (f) => f.type }),
    values: t.stringList({
      description: 'Allowed values of an enum field.',
      resolve: (f) => (f.type === 'enum' ? f.values : []),
    }),
    required: t.boolean({ resolve: (f) => f.required ?? false }),
    requiredIf: t.field({
      type: 'JSONObject',
      nullable: true,
      description:
        'Required when another field of the same action holds a value: { field, equals } (e.g. reasons when declined).',
      resolve: (f) => f.requiredIf ?? null,
    }),
  }),
});

export const PathwayAction = builder.objectRef<Action>('PathwayAction').implement({
  description: 'Something to do at a step without moving on; a required one blocks the transitions it names.',
  fields: (t) => ({
    id: t.exposeString('id'),
    title: t.exposeString('title'),
    description: t.string({ nullable: true, resolve: (a) => a.description ?? null }),
    required: t.exposeBoolean('required'),
    recordedBy: t.field({
      type: Permission,
      description: 'Who may record it.',
      resolve: (a) => a.recordedBy,
    }),
    records: t.field({ type: [PathwayActionField], resolve: (a) => [...(a.records ?? [])] }),
    when: t.field({
      type: ['JSONObject'],
      description: 'The action applies only while these guards hold.',
      resolve: (a) => a.when ?? [],
    }),
    guards: t.field({
      type: ['JSONObject'],
      description: 'Recording it is refused unless these hold (a RuleViolationError names the rule).',
      resolve: (a) => a.guards ?? [],
    }),
    alsoAt: t.stringList({
      description: 'Other steps where it is shown and can still be recorded without holding anything back.',
      resolve: (a) => [...(a.alsoAt ?? [])],
    }),
    blocks: t.stringList({ resolve: (a) => [...(a.blocks ?? [])] }),
    clock: t.string({ nullable: true, resolve: (a) => a.clock ?? null }),
    source: t.field({ type: Source, resolve: (a) => a.source }),
  }),
});

export const PathwayStep = builder.objectRef<Step>('PathwayStep').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    terminal: t.boolean({ resolve: (s) => s.terminal ?? false }),
    handOff: t.string({
      nullable: true,
      description: 'Another pathway this step leads into.',
      resolve: (s) => s.handOff ?? null,
    }),
    source: t.field({ type: Source, resolve: (s) => s.source }),
    resources: t.field({
      type: [ResourceType],
      description: 'Forms and guides used at this step.',
      resolve: (s) => (s.resources ?? []).flatMap((id) => getResource(id) ?? []),
    }),
    contacts: t.prismaField({
      type: ['Contact'],
      description:
        'Directory contacts to reach at this step, in the order the step names them (the directory keeps their details current). For anyone signed in, as the directory is.',
      authScopes: { signedIn: true },
      resolve: async (query, s) => {
        const slugs = s.contacts ?? [];
        if (slugs.length === 0) return [];
        const rows = await prisma.contact.findMany({ ...query, where: { slug: { in: slugs } } });
        return slugs.flatMap((slug) => rows.find((r) => r.slug === slug) ?? []);
      },
    }),
    actions: t.field({ type: [PathwayAction], resolve: (s) => [...(s.actions ?? [])] }),
  }),
});

const Permission = builder.objectRef<Transition['allow']>('TransitionPermission').implement({
  description: 'Who may take a transition or record a step action.',
  fields: (t) => ({
    roles: t.field({ type: [Role], resolve: (p) => [...p.roles] }),
    firstResponderOnly: t.boolean({ resolve: (p) => p.firstResponderOnly ?? false }),
    organisationKinds: t.stringList({
      nullable: true,
      resolve: (p) => (p.organisationKinds ? [...p.organisationKinds] : null),
    }),
  }),
});

export const PathwayTransition = builder.objectRef<Transition>('PathwayTransition').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    label: t.exposeString('label'),
    from: t.stringList({ resolve: (tr) => (Array.isArray(tr.from) ? [...tr.from] : [tr.from]) }),
    to: t.string({
      nullable: true,
      description: 'Null for an action recorded without moving on.',
      resolve: (tr) => tr.to ?? null,
    }),
    kind: t.string({
      nullable: true,
      description: 'nrmReferral, dutyToNotify, reconsiderationRequest or decision',
      resolve: (tr) => tr.kind ?? null,
    }),
    allow: t.field({ type: Permission, resolve: (tr) => tr.allow }),
    guards: t.field({
      type: ['JSONObject'],
      description: 'Conditions over facts, as data.',
      resolve: (tr) => tr.guards ?? [],
    }),
    requiresFacts: t.stringList({ resolve: (tr) => [...(tr.requiresFacts ?? [])] }),
  }),
});

export const PathwayClock = builder.objectRef<PathwayDefinition['clocks'][number]>('PathwayClock').implement({
  fields: (t) => ({
    id: t.exposeString('id'),
    label: t.exposeString('label'),
    startOn: t.stringList({ resolve: (c) => [...c.startOn] }),
    stopOn: t.stringList({ resolve: (c) => [...c.stopOn] }),
    due: t.field({ type: 'JSONObject', resolve: (c) => c.due }),
    onOverdue: t.field({ type: 'JSONObject', resolve: (c) => c.onOverdue }),
    source: t.field({ type: Source, resolve: (c) => c.source }),
  }),
});

export const Pathway = builder.objectRef<PathwayDefinition>('Pathway').implement({
  description: 'A referral pathway from a source document, as versioned data.',
  fields: (t) => ({
    id: t.exposeString('id'),
    version: t.exposeInt('version'),
    title: t.exposeString('title'),
    area: t.exposeString('area', { description: 'The authority whose pathway this is.' }),
    source: t.field({ type: Source, resolve: (p) => p.source }),
    start: t.exposeString('start'),
    facts: t.field({ type: [PathwayFact], resolve: (p) => p.facts }),
    steps: t.field({ type: [PathwayStep], resolve: (p) => p.steps }),
    transitions: t.field({ type: [PathwayTransition], resolve: (p) => p.transitions }),
    clocks: t.field({ type: [PathwayClock], resolve: (p) => p.clocks }),
    mermaid: t.string({ description: 'A Mermaid flowchart of the pathway.', resolve: (p) => toMermaid(p) }),
  }),
});

export const BlockReasonType = builder.objectRef<BlockReason>('TransitionBlockReason').implement({
  description: 'Why a transition cannot be taken now.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'GUARD_FAILED, MISSING_FACTS, NOT_PERMITTED, DEADLINE_PASSED or ACTION_REQUIRED',
    }),
    message: t.exposeString('message'),
    action: t.string({
      nullable: true,
      description: 'ACTION_REQUIRED: the step action to record first.',
      resolve: (r) => (r.code === 'ACTION_REQUIRED' ? r.action : null),
    }),
    facts: t.stringList({ resolve: (r) => ('facts' in r ? [...r.facts] : []) }),
    dueAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => ('dueAt' in r ? new Date(r.dueAt) : null) }),
  }),
});

export const TransitionOptionType = builder.objectRef<TransitionOption>('TransitionOption').implement({
  description: 'A transition out of the current step, enabled or blocked with reasons.',
  fields: (t) => ({
    name: t.exposeString('name'),
    label: t.exposeString('label'),
    to: t.exposeString('to'),
    kind: t.string({ nullable: true, resolve: (o) => o.kind }),
    enabled: t.exposeBoolean('enabled'),
    reasons: t.field({ type: [BlockReasonType], resolve: (o) => o.reasons }),
  }),
});

// Lower-case values, as the engine names them, so the wire format stays what it was as a String.
const DeadlineStatus = builder.enumType('DeadlineStatus', {
  description:
    'How a deadline stands: running, overdue, met (on time), metLate, elapsed (a period that ended), unscheduled (waits for a date fact) or stopped (its track was closed with the case).',
  values: CLOCK_STATUSES,
});

export const ClockType = builder.objectRef<ClockInstance>('Deadline').implement({
  description: 'One run of a pathway clock, computed from the recorded events.',
  fields: (t) => ({
    clock: t.exposeString('clock'),
    label: t.exposeString('label'),
    status: t.expose('status', { type: DeadlineStatus }),
    startedAt: t.field({ type: 'DateTime', resolve: (c) => new Date(c.startedAt) }),
    dueAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => (c.dueAt ? new Date(c.dueAt) : null) }),
    dueDate: t.string({
      nullable: true,
      description: 'The London date it falls on, for calendar-day clocks.',
      resolve: (c) => c.dueDate,
    }),
    metAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => (c.metAt ? new Date(c.metAt) : null) }),
    overdueBySeconds: t.int({ resolve: (c) => Math.round(c.overdueByMs / 1000) }),
  }),
});
