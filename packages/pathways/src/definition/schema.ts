// The shape of a pathway definition. Definitions are plain serialisable data so
// they can be versioned, diffed, stored and shown in the admin UI; zod checks
// the shape, `static-checks.ts` checks the meaning.
import { z } from 'zod';

export const ROLES = ['PLATFORM_ADMIN', 'DIRECTORY_ADMIN', 'LEAD', 'CASEWORKER', 'PARTNER_WORKER', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['COUNCIL', 'POLICE', 'HEALTH', 'CHARITY', 'GOVERNMENT', 'OTHER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** What the API tells the engine about the person acting. */
export interface Actor {
  roles: readonly Role[];
  organisation: { isFirstResponder: boolean; kind: OrganisationKind };
}

/** The name of the event recorded when a track starts; clocks may start on it. */
export const TRACK_STARTED = 'started';

const name = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'use lowerCamelCase letters and digits');

export const sourceSchema = z.object({ file: z.string().min(1), section: z.string().min(1) }).strict();
export type Source = z.infer<typeof sourceSchema>;

const factBase = { name, label: z.string().min(1), description: z.string().optional() };
export const factSchema = z.discriminatedUnion('type', [
  z.object({ ...factBase, type: z.literal('boolean') }).strict(),
  z.object({ ...factBase, type: z.literal('enum'), values: z.array(z.string().min(1)).min(1) }).strict(),
  z.object({ ...factBase, type: z.literal('date') }).strict(),
  z.object({ ...factBase, type: z.literal('number') }).strict(),
]);
export type FactDefinition = z.infer<typeof factSchema>;
export type FactType = FactDefinition['type'];
export type FactValue = boolean | string | number;
/** Facts recorded on a case; dates are ISO calendar dates ('2026-05-01'). */
export type Facts = Readonly<Record<string, FactValue | null | undefined>>;

// Calendar units count local dates in Europe/London; hours are plain elapsed time.
export const durationSchema = z.union([
  z.object({ hours: z.number().positive() }).strict(),
  z.object({ calendarDays: z.number().int().positive() }).strict(),
  z.object({ calendarMonths: z.number().int().positive() }).strict(),
]);
export type Duration = z.infer<typeof durationSchema>;

export const TRANSITION_KINDS = [
  'nrmReferral',
  'dutyToNotify',
  'reconsiderationRequest',
  'decision',
  // What a held meeting decided moves the track: taken only by caseRecordMeetingOutcome.
  'meetingOutcome',
] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/**
 * Conditions on the organisation of the person acting (not on the case): a guard of kind
 * `actor` holds when the actor meets it. publicAuthorityFirstResponder: a First Responder with
 * the section 52 Duty to Notify (engine/public-authority.ts).
 */
export const ACTOR_CONDITIONS = ['publicAuthorityFirstResponder'] as const;
export type ActorCondition = (typeof ACTOR_CONDITIONS)[number];

// Guards are written by hand as TypeScript types because zod cannot infer a
// recursive union; the schema below is checked against them.
interface GuardMeta {
  /** Shown to people when the guard blocks a transition. */
  description?: string;
  /** Hard-rule id (see hard-rules.ts); static checks look for it. */
  rule?: string;
}
export type Guard =
  | (GuardMeta & { kind: 'fact'; fact: string; equals: FactValue; ifMissing?: boolean })
  | (GuardMeta & { kind: 'oneOf'; fact: string; values: FactValue[] })
  | (GuardMeta & { kind: 'range'; fact: string; min?: number; max?: number })
  | (GuardMeta & { kind: 'treatedAsChild'; equals: boolean })
  | (GuardMeta & {
      kind: 'happened';
      event?: string;
      transitionKind?: TransitionKind;
      /** At least this many times (recurring check-ups); once when omitted. Only with `event`. */
      times?: number;
    })
  | (GuardMeta & { kind: 'elapsed'; since: string; atLeast: Duration })
  | (GuardMeta & { kind: 'actor'; is: ActorCondition })
  | (GuardMeta & { kind: 'all'; guards: Guard[] })
  | (GuardMeta & { kind: 'any'; guards: Guard[] })
  | (GuardMeta & { kind: 'not'; guard: Guard });

const meta = { description: z.string().optional(), rule: z.string().optional() };
const factValue = z.union([z.boolean(), z.string(), z.number()]);
export const guardSchema: z.ZodType<Guard> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z
      .object({
        ...meta,
        kind: z.literal('fact'),
        fact: z.string(),
        equals: factValue,
        ifMissing: z.boolean().optional(),
      })
      .strict(),
    z.object({ ...meta, kind: z.literal('oneOf'), fact: z.string(), values: z.array(factValue).min(1) }).strict(),
    z
      .object({
        ...meta,
        kind: z.literal('range'),
        fact: z.string(),
        min: z.number().optional(),
        max: z.number().optional(),
      })
      .strict(),
    z.object({ ...meta, kind: z.literal('treatedAsChild'), equals: z.boolean() }).strict(),
    z
      .object({
        ...meta,
        kind: z.literal('happened'),
        event: z.string().optional(),
        transitionKind: z.enum(TRANSITION_KINDS).optional(),
        times: z.number().int().positive().optional(),
      })
      .strict(),
    z.object({ ...meta, kind: z.literal('elapsed'), since: z.string(), atLeast: durationSchema }).strict(),
    z.object({ ...meta, kind: z.literal('actor'), is: z.enum(ACTOR_CONDITIONS) }).strict(),
    z.object({ ...meta, kind: z.literal('all'), guards: z.array(guardSchema).min(1) }).strict(),
    z.object({ ...meta, kind: z.literal('any'), guards: z.array(guardSchema).min(1) }).strict(),
    z.object({ ...meta, kind: z.literal('not'), guard: guardSchema }).strict(),
  ]),
);

export const permissionSchema = z
  .object({
    roles: z.array(z.enum(ROLES)).min(1),
    firstResponderOnly: z.boolean().optional(),
    organisationKinds: z.array(z.enum(ORGANISATION_KINDS)).min(1).optional(),
  })
  .strict();
export type Permission = z.infer<typeof permissionSchema>;

// What recording an action writes down (whom it went to, a reference number...): typed like
// facts, plus free text, which facts do not have. Values belong to the action, not the case.
const recordBase = {
  name,
  label: z.string().min(1),
  required: z.boolean().optional(),
  /**
   * Required only when another field of the same action holds this value (003 7.4: the reasons
   * are recorded when the child declines an Independent Visitor).
   */
  requiredIf: z
    .object({ field: name, equals: z.union([z.boolean(), z.string(), z.number()]) })
    .strict()
    .optional(),
};
export const actionRecordSchema = z.discriminatedUnion('type', [
  z.object({ ...recordBase, type: z.literal('boolean') }).strict(),
  z.object({ ...recordBase, type: z.literal('enum'), values: z.array(z.string().min(1)).min(1) }).strict(),
  z.object({ ...recordBase, type: z.literal('date') }).strict(),
  z.object({ ...recordBase, type: z.literal('number') }).strict(),
  z.object({ ...recordBase, type: z.literal('text') }).strict(),
]);
export type ActionRecordField = z.infer<typeof actionRecordSchema>;

/**
 * Something the document asks for at a step that does not move the track (contact MASH, alert
 * Housing, copy the form to TSA). Recording it adds an event named after the action, so clocks
 * and `happened` guards can wait for it like for a transition.
 */
export const actionSchema = z
  .object({
    id: name,
    title: z.string().min(1),
    description: z.string().optional(),
    /** A required action that applies blocks `blocks` until it is recorded; an optional one never blocks. */
    required: z.boolean(),
    recordedBy: permissionSchema,
    records: z.array(actionRecordSchema).optional(),
    /** The action applies only while these guards hold (an interpreter when one is needed). */
    when: z.array(guardSchema).optional(),
    /**
     * Recording it is refused unless these hold (never tell a guardian suspected of the
     * exploitation about the NRM: 003 HMSP box). `when` only says whether it is asked for.
     */
    guards: z.array(guardSchema).optional(),
    /**
     * Other steps where it is shown and can still be recorded without holding anything back (an
     * immediate action done while the track has already moved on).
     */
    alsoAt: z.array(name).optional(),
    /** Transitions out of this step that the document puts after the action. */
    blocks: z.array(name).optional(),
    /** A clock of the definition that recording this action stops (its deadline). */
    clock: name.optional(),
    source: sourceSchema,
  })
  .strict();
export type Action = z.infer<typeof actionSchema>;

export const stepSchema = z
  .object({
    id: name,
    title: z.string().min(1),
    description: z.string().min(1),
    source: sourceSchema,
    terminal: z.boolean().optional(),
    /** Entering this step means the case should also follow another pathway. */
    handOff: z.string().optional(),
    /** Forms and guides from the resource catalogue (`src/resources`) used at this step, by id. */
    resources: z.array(z.string()).optional(),
    /**
     * Directory contacts (by slug) to reach at this step: the directory holds their numbers and
     * addresses, which admins keep current, so step text never copies them.
     */
    contacts: z.array(z.string()).optional(),
    /** The step's checklist: things to do here without moving on. */
    actions: z.array(actionSchema).optional(),
  })
  .strict();
export type Step = z.infer<typeof stepSchema>;

export const transitionSchema = z
  .object({
    name,
    label: z.string().min(1),
    from: z.union([name, z.array(name).min(1)]),
    /** The step this leads to; omit it and set `stays` for an action recorded without moving on. */
    to: name.optional(),
    stays: z.literal(true).optional(),
    kind: z.enum(TRANSITION_KINDS).optional(),
    allow: permissionSchema,
    guards: z.array(guardSchema).optional(),
    /** Facts that must hold a value before the transition, whatever the guards say. */
    requiresFacts: z.array(z.string()).optional(),
    description: z.string().optional(),
    source: sourceSchema.optional(),
  })
  .strict();
export type Transition = z.infer<typeof transitionSchema>;

/**
 * Whom an overdue clock escalates to: a role in the organisation that owns the case, or the
 * people who oversee the case's area (the area's SPoC, CST or Modern Slavery Lead), with the
 * directory contact the document names for them. The API turns it into people: their `myWork`
 * shows the escalation with its reason, and the reminder sweep notifies exactly them.
 */
export const escalationTargetSchema = z.union([
  z
    .object({
      /** Who, as the document names them (shown with the escalation). */
      label: z.string().min(1),
      role: z.enum(ROLES),
      contact: z.string().min(1).optional(),
    })
    .strict(),
  z
    .object({
      label: z.string().min(1),
      areaOversight: z.literal(true),
      /** The directory contact (slug) the document names for them. */
      contact: z.string().min(1).optional(),
    })
    .strict(),
]);
export type EscalationTarget = z.infer<typeof escalationTargetSchema>;

export const overdueSchema = z.discriminatedUnion('action', [
  // flag: show as overdue; escalate: also tell `to`; elapse: a period that simply ends.
  z.object({ action: z.literal('flag'), note: z.string().min(1) }).strict(),
  z.object({ action: z.literal('escalate'), to: escalationTargetSchema, note: z.string().min(1) }).strict(),
  z.object({ action: z.literal('elapse'), note: z.string().min(1) }).strict(),
  // block: the listed transitions are refused with DEADLINE_PASSED once overdue. extendable: they
  // may still be taken under an exceptional-circumstances extension, which needs a reason.
  z
    .object({
      action: z.literal('block'),
      transitions: z.array(z.string()).min(1),
      note: z.string().min(1),
      extendable: z.boolean().optional(),
    })
    .strict(),
]);
export type OverdueAction = z.infer<typeof overdueSchema>;

export const clockSchema = z
  .object({
    id: name,
    label: z.string().min(1),
    startOn: z.array(z.string()).min(1),
    /** Each of these meets the running instance and starts the next (recurring check-ups). */
    restartOn: z.array(z.string()).optional(),
    stopOn: z.array(z.string()),
    /** A date fact that, when recorded, replaces the event time as the start (decision dates). */
    anchorFact: z.string().optional(),
    due: z.union([durationSchema, z.object({ beforeDateFact: z.string() }).strict()]),
    onOverdue: overdueSchema,
    /**
     * How long before it falls due the case team is reminded. Omitted: a default by the clock's
     * length (the API's reminder policy), e.g. 1 hour before a 3-hour clock, 1 day before a 35-day one.
     */
    remindBefore: z
      .union([
        z.object({ hours: z.number().positive() }).strict(),
        z.object({ calendarDays: z.number().int().positive() }).strict(),
      ])
      .optional(),
    source: sourceSchema,
  })
  .strict();
export type Clock = z.infer<typeof clockSchema>;

export const pathwayDefinitionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case'),
    version: z.number().int().positive(),
    title: z.string().min(1),
    area: z.string().min(1),
    source: sourceSchema,
    start: name,
    facts: z.array(factSchema),
    steps: z.array(stepSchema).min(1),
    transitions: z.array(transitionSchema),
    clocks: z.array(clockSchema),
  })
  .strict();
export type PathwayDefinition = z.infer<typeof pathwayDefinitionSchema>;
