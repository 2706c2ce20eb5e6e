/**
 * "What support can this person get?": loads the active services for an area (and the
 * national ones) and ranks them with the pure matcher in eligibility.ts. For a case, the facts
 * come from the case's subject (visible cases only) and the caller's overrides; NRM status and
 * decision are taken from the overrides until cases record them.
 */
import { z } from 'zod';
import type { Context, Viewer } from '../../context.ts';
import { prisma } from '../../db/client.ts';
import { NotFoundError, ValidationError, validationErrorFrom } from '../../errors.ts';
import type { Case, SupportService, Eligibility } from '../../generated/prisma/client.ts';
import { ageOn, type Facts } from '@waymark/pathways';
import type { DecisionOutcome } from '../../generated/prisma/enums.ts';
import { disclose, mayReadIdentity, visibleCasesWhere } from '../cases/case-access.ts';
import { factsOf } from '../pathways/engine-adapter.ts';
import { visibleServicesWhere } from './directory-access.ts';
import {
  rankSupportOptions,
  treatedAsChild,
  type PersonFacts,
  type RankedOption,
  type Candidate,
} from './eligibility.ts';

export interface SupportFactsInput extends PersonFacts {
  areaCode?: string | null;
}

const factsSchema = z.object({
  areaCode: z.string().trim().min(1, 'must not be blank').max(100).nullish(),
  age: z.number().int().min(0, 'must be 0 or more').max(120, 'must be 120 or less').nullish(),
  exploitationTypes: z.array(z.string()).max(20, 'at most 20 exploitation types').nullish(),
});

export interface ServiceCandidate extends Candidate {
  service: SupportService;
  conditions: string | null;
}

export interface SupportOptionsResult {
  facts: SupportFactsInput & { treatedAsChild: boolean | null };
  matches: RankedOption<ServiceCandidate>[];
  nearMisses: RankedOption<ServiceCandidate>[];
}

type ServiceWithRules = SupportService & { eligibility: Eligibility | null; areas: { code: string }[] };

/**
 * What the caller's GraphQL selection needs of each service beyond the matcher's own columns
 * (its organisation, areas...), so one query loads every option's service whole instead of one
 * query per option and relation.
 */
export type ServiceSelection = { include?: Record<string, unknown> };

/** The areas relation as the selection asks for it, with the code the matcher needs. */
function withCode(areas: unknown): unknown {
  if (areas && typeof areas === 'object' && 'select' in areas)
    return { ...areas, select: { ...(areas.select as object), code: true } };
  return areas ?? { select: { code: true } };
}

async function candidatesFor(
  viewer: Viewer | null,
  areaCode: string | null | undefined,
  selection: ServiceSelection,
): Promise<ServiceCandidate[]> {
  const rows = (await prisma.supportService.findMany({
    where: {
      AND: [
        { status: 'ACTIVE' },
        visibleServicesWhere(viewer),
        areaCode ? { OR: [{ areas: { some: { code: areaCode } } }, { areas: { none: {} } }] } : {},
      ],
    },
    // The selection's include is only known at run time; the rows carry at least these.
    include: { ...selection.include, eligibility: true, areas: withCode(selection.include?.areas) } as {
      eligibility: true;
      areas: { select: { code: true } };
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  })) as ServiceWithRules[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    local: row.areas.length > 0,
    rules: row.eligibility,
    service: row,
    conditions: row.eligibility?.conditions ?? null,
  }));
}

export async function supportOptionsFor(
  viewer: Viewer | null,
  input: SupportFactsInput,
  selection: ServiceSelection = {},
): Promise<SupportOptionsResult> {
  const parsed = factsSchema.safeParse(input);
  if (!parsed.success)
    throw validationErrorFrom(parsed.error.issues.map((i) => ({ ...i, path: ['facts', ...i.path] })));
  if (input.areaCode) {
    const area = await prisma.area.findUnique({ where: { code: input.areaCode }, select: { id: true } });
    if (!area) throw new ValidationError([{ path: ['facts', 'areaCode'], message: 'is not a known area' }]);
  }
  const { matches, nearMisses } = rankSupportOptions(await candidatesFor(viewer, input.areaCode, selection), input);
  return { facts: { ...input, treatedAsChild: treatedAsChild(input) ?? null }, matches, nearMisses };
}

const OUTCOME: Record<string, DecisionOutcome> = {
  'rg:positive': 'POSITIVE_REASONABLE_GROUNDS',
  'rg:negative': 'NEGATIVE_REASONABLE_GROUNDS',
  'cg:positive': 'POSITIVE_CONCLUSIVE_GROUNDS',
  'cg:negative': 'NEGATIVE_CONCLUSIVE_GROUNDS',
};

/**
 * Where the person stands with the NRM, from what the case records: referred (here or, per the
 * facts, before) means in the NRM, with the latest decision (CG over RG); a recorded refusal of
 * consent means not in it; otherwise unknown, which never excludes a service.
 */
function nrmFromCase(facts: Facts, referred: boolean): Pick<SupportFactsInput, 'nrmStatus' | 'decisionOutcome'> {
  const decision =
    typeof facts.cgOutcome === 'string'
      ? OUTCOME[`cg:${facts.cgOutcome}`]
      : typeof facts.rgOutcome === 'string'
        ? OUTCOME[`rg:${facts.rgOutcome}`]
        : undefined;
  if (referred || facts.previouslyReferred === true || decision)
    return { nrmStatus: 'IN_NRM', decisionOutcome: decision ?? 'NONE' };
  if (facts.consentToNrm === false) return { nrmStatus: 'NOT_IN_NRM' };
  return {};
}

/** The facts a case records about its subject, overridden field by field by the caller's. */
export function factsFromCase(
  row: Case & { area: { code: string }; _count: { nrmReferrals: number } },
  overrides: SupportFactsInput | null | undefined,
  /** May the viewer see the person's identity? Without it the date of birth is not used. */
  identity: boolean,
): SupportFactsInput {
  const facts = factsOf(row.facts);
  const recorded: SupportFactsInput = {
    areaCode: row.area.code,
    gender: row.gender,
    // An exact age is the date of birth within a year (and with a probe, to the day): only for
    // viewers who may see it. Others match on the estimated age, or an unknown one. The engine's
    // age, on today's London date (the date of birth is a calendar date stored at UTC midnight).
    age: row.dateOfBirth
      ? identity
        ? ageOn(row.dateOfBirth.toISOString().slice(0, 10), new Date())
        : null
      : row.estimatedAge,
    ageUncertain: row.ageUncertain,
    ...(typeof facts.reasonToBelieveChild === 'boolean' ? { reasonToBelieveChild: facts.reasonToBelieveChild } : {}),
    recourseToPublicFunds: row.recourseToPublicFunds,
    ...(row.exploitationTypes.length ? { exploitationTypes: row.exploitationTypes } : {}),
    ...nrmFromCase(facts, row._count.nrmReferrals > 0),
  };
  const given = Object.fromEntries(
    Object.entries(overrides ?? {}).filter(([, value]) => value !== null && value !== undefined),
  );
  return { ...recorded, ...given };
}

export async function supportOptionsForCase(
  context: Context,
  caseId: string,
  overrides: SupportFactsInput | null | undefined,
  selection: ServiceSelection = {},
): Promise<SupportOptionsResult> {
  const { viewer } = context;
  const row = await prisma.case.findFirst({
    where: { AND: [{ id: caseId }, visibleCasesWhere(viewer)] },
    include: { area: { select: { code: true } }, _count: { select: { nrmReferrals: true } } },
  });
  if (!row) throw new NotFoundError('Case');
  const identity = mayReadIdentity(viewer, row);
  // The answer depends on the date of birth: audited as a read of it.
  if (identity && row.dateOfBirth) disclose(context, row, true);
  return supportOptionsFor(viewer, factsFromCase(row, overrides, identity), selection);
}
