/**
 * supportOptionsFor(facts) and supportOptions(caseId): ranked matches with their reasons, and
 * near misses with the rule that excludes them. Services are returned as SupportService, so
 * restricted details stay gated by the viewer's need.
 */
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../../builder.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { Case, Gender, RecourseToPublicFunds } from '../cases/case.types.ts';
import type { RankedOption, RuleCheck } from './eligibility.ts';
import { DecisionOutcome, ExploitationType, NrmStatus, SupportService } from './directory.types.ts';
import {
  supportOptionsFor,
  supportOptionsForCase,
  type ServiceCandidate,
  type ServiceSelection,
  type SupportOptionsResult,
} from './support-options.service.ts';

const EligibilityRule = builder.enumType('EligibilityRule', {
  values: [
    'GENDER',
    'AGE_GROUP',
    'AGE_RANGE',
    'NRM_STATUS',
    'DECISION_OUTCOME',
    'RECOURSE_TO_PUBLIC_FUNDS',
    'EXPLOITATION_TYPE',
  ] as const,
});

const EligibilityCheck = builder.objectRef<RuleCheck>('EligibilityCheck').implement({
  description: 'One eligibility rule of a service checked against what is known about the person.',
  fields: (t) => ({
    rule: t.field({ type: EligibilityRule, resolve: (c) => c.rule }),
    message: t.exposeString('message', {
      description: 'e.g. "Women only", "Only after a positive conclusive grounds decision".',
    }),
  }),
});

const SupportOption = builder.objectRef<RankedOption<ServiceCandidate>>('SupportOption').implement({
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: '1 is the best fit.' }),
    service: t.field({ type: SupportService, resolve: (o) => o.candidate.service }),
    reasons: t.field({ type: [EligibilityCheck], description: 'The rules the person meets.', resolve: (o) => o.met }),
    toCheck: t.field({
      type: [EligibilityCheck],
      description: 'Rules that depend on facts not yet known.',
      resolve: (o) => o.toCheck,
    }),
    excludedBy: t.field({
      type: [EligibilityCheck],
      description: 'For near misses: the rules that exclude the person.',
      resolve: (o) => o.excludedBy,
    }),
    conditions: t.string({
      nullable: true,
      description: 'Free-text conditions to read before referring.',
      resolve: (o) => o.candidate.conditions,
    }),
  }),
});

const SupportFacts = builder.objectRef<SupportOptionsResult['facts']>('SupportFacts').implement({
  description: 'The facts the matching used (from the case and the overrides).',
  fields: (t) => ({
    areaCode: t.string({ nullable: true, resolve: (f) => f.areaCode ?? null }),
    gender: t.field({ type: Gender, nullable: true, resolve: (f) => f.gender ?? null }),
    age: t.int({ nullable: true, resolve: (f) => f.age ?? null }),
    ageUncertain: t.boolean({ nullable: true, resolve: (f) => f.ageUncertain ?? null }),
    treatedAsChild: t.boolean({
      nullable: true,
      description: 'Presumption of age (003 7.4); null when unknown.',
      resolve: (f) => f.treatedAsChild,
    }),
    nrmStatus: t.field({ type: NrmStatus, nullable: true, resolve: (f) => f.nrmStatus ?? null }),
    decisionOutcome: t.field({ type: DecisionOutcome, nullable: true, resolve: (f) => f.decisionOutcome ?? null }),
    recourseToPublicFunds: t.field({
      type: RecourseToPublicFunds,
      nullable: true,
      resolve: (f) => f.recourseToPublicFunds ?? null,
    }),
    exploitationTypes: t.field({ type: [ExploitationType], resolve: (f) => f.exploitationTypes ?? [] }),
  }),
});

const SupportOptions = builder.objectRef<SupportOptionsResult>('SupportOptions').implement({
  fields: (t) => ({
    facts: t.field({ type: SupportFacts, resolve: (r) => r.facts }),
    matches: t.field({
      type: [SupportOption],
      description: 'Services the person is eligible for, best first.',
      resolve: (r) => r.matches,
    }),
    nearMisses: t.field({
      type: [SupportOption],
      description: 'Services excluded by one or two rules, with those rules (fewest first).',
      resolve: (r) => r.nearMisses,
    }),
  }),
});

const SupportFactsInput = builder.inputType('SupportFactsInput', {
  description: 'What is known about the person; leave out what is not known (unknown facts never exclude).',
  fields: (t) => ({
    areaCode: t.string({ description: 'Services in this area and national ones; all areas when omitted.' }),
    gender: t.field({ type: Gender }),
    age: t.int(),
    ageUncertain: t.boolean({ description: 'The age is in doubt (003 7.4).' }),
    reasonToBelieveChild: t.boolean({
      description: 'With an uncertain age: treated as a child when true (presumption of age).',
    }),
    nrmStatus: t.field({ type: NrmStatus }),
    decisionOutcome: t.field({ type: DecisionOutcome }),
    recourseToPublicFunds: t.field({ type: RecourseToPublicFunds }),
    exploitationTypes: t.field({ type: [ExploitationType] }),
  }),
});

/**
 * The relations the request selects on every option's service (under matches and near misses),
 * loaded with the services in one query; the prisma plugin then answers the service's relation
 * fields from the loaded rows.
 */
function serviceSelection(context: object, info: GraphQLResolveInfo): ServiceSelection {
  const query = queryFromInfo({
    context,
    info,
    typeName: 'SupportService',
    paths: [
      [{ type: 'SupportOptions', name: 'matches' }, 'service'],
      [{ type: 'SupportOptions', name: 'nearMisses' }, 'service'],
    ],
  });
  return { include: (query as { include?: Record<string, unknown> }).include };
}

builder.queryFields((t) => ({
  supportOptionsFor: t.field({
    type: SupportOptions,
    description: 'Support a person with these facts is eligible for, without a case.',
    args: { facts: t.arg({ type: SupportFactsInput, required: true }) },
    authScopes: { signedIn: true },
    errors: { types: [ValidationError], directResult: true, union: { name: 'SupportOptionsForResult' } },
    resolve: (_root, { facts }, context, info) =>
      supportOptionsFor(context.viewer, facts, serviceSelection(context, info)),
  }),
  supportOptions: t.field({
    type: SupportOptions,
    description:
      "Support the case's subject is eligible for; `overrides` supply facts the case does not record (e.g. NRM status).",
    args: {
      caseId: t.arg.globalID({ required: true, for: Case }),
      overrides: t.arg({ type: SupportFactsInput }),
    },
    authScopes: { signedIn: true },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'SupportOptionsResult' } },
    resolve: (_root, { caseId, overrides }, context, info) =>
      supportOptionsForCase(context, caseId.id, overrides, serviceSelection(context, info)),
  }),
}));
