/**
 * A hand-over as the receiving organisation's leads see it before they answer (reference,
 * concern kind, area, who offers it, the note and the clock: never the person's identity), and
 * a handed-over case as the organisation that handed it over sees it afterwards.
 */
import { builder } from '../../builder.ts';
import type {
  CaseEventKind as CaseEventKindValue,
  HandOverStatus as StatusValue,
} from '../../generated/prisma/enums.ts';
import { HandOverStatus as HandOverStatusValues } from '../../generated/prisma/enums.ts';
import { CaseEventKind, CaseStatus, ConcernKind } from '../cases/case.types.ts';

export const HandOverStatus = builder.enumType('HandOverStatus', { values: Object.values(HandOverStatusValues) });

export interface HandOverView {
  id: string;
  status: StatusValue;
  note: string;
  offeredAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
  declineReason: string | null;
  case: { reference: string; concernKind: string; area: { name: string } };
  fromOrganisation: { name: string };
  toOrganisation: { name: string };
  /** When the answer is read (the request's clock), for `overdue`. */
  now: Date;
}

/** What to load for a HandOverView. */
export const handOverSelect = {
  id: true,
  status: true,
  note: true,
  offeredAt: true,
  dueAt: true,
  answeredAt: true,
  declineReason: true,
  case: { select: { reference: true, concernKind: true, area: { select: { name: true } } } },
  fromOrganisation: { select: { name: true } },
  toOrganisation: { select: { name: true } },
} as const;

export const HandOver = builder.objectRef<HandOverView>('HandOver').implement({
  description:
    'A case offered to another organisation (000 step 3). Before acceptance the receiver sees this, not the case.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.expose('status', { type: HandOverStatus }),
    caseReference: t.string({ resolve: (h) => h.case.reference }),
    concernKind: t.field({ type: ConcernKind, resolve: (h) => h.case.concernKind as never }),
    areaName: t.string({ resolve: (h) => h.case.area.name }),
    fromOrganisationName: t.string({ resolve: (h) => h.fromOrganisation.name }),
    toOrganisationName: t.string({ resolve: (h) => h.toOrganisation.name }),
    note: t.exposeString('note', { description: 'What the offering organisation says the receiver needs to decide.' }),
    offeredAt: t.expose('offeredAt', { type: 'DateTime' }),
    dueAt: t.expose('dueAt', {
      type: 'DateTime',
      description: "When an answer is due: the receiving area's hand-over clock from the offer.",
    }),
    overdue: t.boolean({
      description: 'Pending past dueAt: escalate.',
      resolve: (h) => h.status === 'PENDING' && h.dueAt.getTime() < h.now.getTime(),
    }),
    answeredAt: t.expose('answeredAt', { type: 'DateTime', nullable: true }),
    declineReason: t.exposeString('declineReason', { nullable: true }),
  }),
});

export interface HandedOverCaseView {
  reference: string;
  status: string;
  concernKind: string;
  handedOverTo: string;
  acceptedAt: Date;
  ownEvents: Array<{ kind: CaseEventKindValue; occurredAt: Date }>;
}

const OwnEvent = builder.objectRef<{ kind: CaseEventKindValue; occurredAt: Date }>('HandedOverCaseEvent').implement({
  description: 'An event the viewer’s organisation recorded on the case before handing it over: its kind and time.',
  fields: (t) => ({
    kind: t.field({ type: CaseEventKind, resolve: (e) => e.kind }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
  }),
});

export const HandedOverCase = builder.objectRef<HandedOverCaseView>('HandedOverCase').implement({
  description:
    'A case the viewer’s organisation handed over and another accepted: read only, its status and what the viewer’s organisation recorded (kinds and times), never the person’s identity.',
  fields: (t) => ({
    reference: t.exposeString('reference'),
    status: t.field({ type: CaseStatus, resolve: (c) => c.status as never }),
    concernKind: t.field({ type: ConcernKind, resolve: (c) => c.concernKind as never }),
    handedOverTo: t.exposeString('handedOverTo', { description: 'The organisation that owns the case now.' }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime' }),
    ownEvents: t.field({ type: [OwnEvent], resolve: (c) => c.ownEvents }),
  }),
});
