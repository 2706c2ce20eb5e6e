import type {
  ActionRecordField,
  FactValue,
  OverdueAction,
  Role,
  OrganisationKind,
  TransitionKind,
} from '../definition/schema';

/** Something that happened on a track: its start, or a transition taken. */
export interface TrackEvent {
  /** `started` or a transition name; clocks listen for these. */
  name: string;
  /** ISO 8601 instant (UTC) it was recorded; events keep the order they were recorded in. */
  at: string;
  /**
   * When it really happened, if earlier than it was recorded (a decision's date, a placement
   * made before anyone typed it in). Clocks count from this; `at` stays for the history.
   */
  occurredAt?: string;
  from?: string;
  to: string;
  /** Set on a step action's event (its `name` is the action id): what was recorded, and by whom. */
  action?: RecordedAction;
}

export interface RecordedAction {
  values: Record<string, FactValue>;
  /** The caller's id for the person who recorded it (the engine does not read it). */
  by?: string;
}

/** One case following one pathway. A case may have several tracks at once. */
export interface Track {
  pathwayId: string;
  pathwayVersion: number;
  step: string;
  events: readonly TrackEvent[];
}

/** 'stopped': the clock was still open when its track was closed with the case; it no longer runs. */
export type ClockStatus = 'running' | 'overdue' | 'met' | 'metLate' | 'elapsed' | 'unscheduled' | 'stopped';

export interface ClockInstance {
  clock: string;
  label: string;
  /** 1 for the first run of a clock, 2 after its first restart, ... */
  instance: number;
  startedAt: string;
  startedBy: string;
  /** null while a date fact it depends on is not recorded. */
  dueAt: string | null;
  /** Local London date the deadline falls on, for calendar clocks. */
  dueDate: string | null;
  metAt: string | null;
  metBy: string | null;
  status: ClockStatus;
  /** How late: now (or the meeting time) minus dueAt; 0 when on time or for periods. */
  overdueByMs: number;
  onOverdue: OverdueAction;
}

export interface ClockChange {
  clock: string;
  change: 'started' | 'restarted' | 'stopped';
  at: string;
  dueAt: string | null;
}

export type BlockReason =
  | {
      code: 'NOT_PERMITTED';
      message: string;
      requiredRoles: Role[];
      firstResponderRequired: boolean;
      organisationKinds: OrganisationKind[] | null;
    }
  | {
      code: 'DEADLINE_PASSED';
      message: string;
      clock: string;
      dueAt: string;
      overdueByMs: number;
      /** The deadline may be extended in exceptional circumstances, with a reason. */
      extendable: boolean;
    }
  | { code: 'GUARD_FAILED'; message: string; guard: string; rule: string | null; facts: string[] }
  | { code: 'MISSING_FACTS'; message: string; facts: string[] }
  /** A required step action the document puts before this transition is not recorded yet. */
  | { code: 'ACTION_REQUIRED'; message: string; action: string; actionTitle: string; step: string };

export interface TransitionOption {
  name: string;
  label: string;
  to: string;
  kind: TransitionKind | null;
  enabled: boolean;
  reasons: BlockReason[];
  effects: { startsClocks: string[]; restartsClocks: string[]; stopsClocks: string[] };
}

type WithTransition<R> = R & { transition: string; reasons: BlockReason[] };

export type TransitionError =
  | {
      code: 'INVALID_TRANSITION';
      message: string;
      transition: string;
      step: string;
      /** Transitions this actor could take from the current step right now. */
      allowedTransitions: string[];
    }
  | WithTransition<Extract<BlockReason, { code: 'NOT_PERMITTED' }>>
  | WithTransition<Extract<BlockReason, { code: 'DEADLINE_PASSED' }>>
  | WithTransition<{
      code: 'GUARD_FAILED';
      message: string;
      guards: { guard: string; rule: string | null; facts: string[] }[];
    }>
  | WithTransition<Extract<BlockReason, { code: 'ACTION_REQUIRED' }>>
  | WithTransition<Extract<BlockReason, { code: 'MISSING_FACTS' }>>;

export type ErrorCode = TransitionError['code'];

export type ApplyResult =
  { ok: true; track: Track; events: TrackEvent[]; clockChanges: ClockChange[] } | { ok: false; error: TransitionError };

/** One entry of a step's checklist: a step action, whether it applies, and what was recorded. */
export interface ChecklistItem {
  action: string;
  title: string;
  description: string | null;
  /** The step that declares it (it may also be recordable where it holds a transition back). */
  step: string;
  required: boolean;
  /** false: its `when` guards do not hold; null: facts they read are not recorded yet. */
  applies: boolean | null;
  missingFacts: string[];
  /** Transitions out of the step it blocks while outstanding. */
  blocks: string[];
  /** Required, applying (or not known not to apply) and not recorded yet. */
  outstanding: boolean;
  /** Whether the actor asked about may record it. */
  canRecord: boolean;
  clock: string | null;
  /** What recording it writes down (the form's fields). */
  records: ActionRecordField[];
  source: { file: string; section: string };
  /** Every time it was recorded on this track, oldest first. */
  done: { at: string; values: Record<string, FactValue>; by: string | null }[];
}

export type ActionError =
  | { code: 'UNKNOWN_ACTION'; message: string; action: string }
  | { code: 'ACTION_NOT_AT_STEP'; message: string; action: string; step: string; actionsHere: string[] }
  | (Extract<BlockReason, { code: 'NOT_PERMITTED' }> & { action: string })
  | { code: 'INVALID_VALUES'; message: string; action: string; fields: { field: string; message: string }[] }
  /** The action's `guards` refuse it (e.g. a guardian suspected of the exploitation is not told). */
  | {
      code: 'GUARD_FAILED';
      message: string;
      action: string;
      guards: { guard: string; rule: string | null; facts: string[] }[];
      /** Where the rule comes from, e.g. "003 7.4; 8.11 HMSP pathway box". */
      section: string;
    };

export type RecordActionResult =
  { ok: true; track: Track; events: TrackEvent[]; clockChanges: ClockChange[] } | { ok: false; error: ActionError };
