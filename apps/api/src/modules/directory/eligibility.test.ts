import { describe, expect, it } from 'vitest';
import { supportServices } from '../../../../../prisma/seed/data/services.ts';
import {
  assessEligibility,
  rankSupportOptions,
  treatedAsChild,
  type EligibilityRules,
  type PersonFacts,
} from './eligibility.ts';

const open: EligibilityRules = {
  genders: [],
  ageGroups: [],
  minimumAge: null,
  maximumAge: null,
  nrmStatuses: [],
  decisionOutcomes: [],
  recourseToPublicFunds: null,
  exploitationTypes: [],
};

/** Coventry's services (local and national) straight from the seed data, as the API loads them. */
const coventry = supportServices
  .filter((s) => s.areas.length === 0 || s.areas.includes('coventry'))
  .map((s) => ({
    id: s.slug,
    name: s.name,
    local: s.areas.length > 0,
    rules: s.eligibility
      ? {
          ...open,
          ...s.eligibility,
          minimumAge: s.eligibility.minimumAge ?? null,
          maximumAge: s.eligibility.maximumAge ?? null,
          recourseToPublicFunds: s.eligibility.recourseToPublicFunds ?? null,
        }
      : null,
  }));

function options(facts: PersonFacts) {
  const { matches, nearMisses } = rankSupportOptions(coventry, facts);
  return {
    matches: matches.map((m) => m.candidate.id),
    nearMisses: new Map(nearMisses.map((m) => [m.candidate.id, m.excludedBy.map((e) => e.message)])),
    match: (id: string) => matches.find((m) => m.candidate.id === id),
  };
}

describe('treatedAsChild (presumption of age, 003 7.4)', () => {
  it('follows the recorded age, and treats an uncertain age with reason to believe a child as a child', () => {
    expect(treatedAsChild({ age: 17 })).toBe(true);
    expect(treatedAsChild({ age: 18 })).toBe(false);
    expect(treatedAsChild({ age: 19, ageUncertain: true, reasonToBelieveChild: true })).toBe(true);
    expect(treatedAsChild({ age: 16, ageUncertain: true })).toBe(true);
    expect(treatedAsChild({ age: 25, ageUncertain: true })).toBe(false);
    expect(treatedAsChild({})).toBeUndefined();
  });
});

describe('assessEligibility', () => {
  it('treats a service without rules as open to everyone', () => {
    expect(assessEligibility(null, {})).toEqual({ eligible: true, met: [], toCheck: [], excludedBy: [] });
    expect(assessEligibility(open, { gender: 'MALE' }).eligible).toBe(true);
  });

  it('never excludes on an unknown fact, but lists it to check', () => {
    const result = assessEligibility({ ...open, genders: ['FEMALE'], nrmStatuses: ['IN_NRM'] }, {});
    expect(result.eligible).toBe(true);
    expect(result.toCheck.map((c) => c.rule)).toEqual(['GENDER', 'NRM_STATUS']);
  });

  it('names the excluding rule', () => {
    const result = assessEligibility({ ...open, genders: ['FEMALE'] }, { gender: 'MALE' });
    expect(result.excludedBy).toEqual([{ rule: 'GENDER', outcome: 'NOT_MET', message: 'Women only' }]);
  });

  it('checks age ranges at both ends', () => {
    const rules = { ...open, minimumAge: 16, maximumAge: 25 };
    expect(assessEligibility(rules, { age: 15 }).excludedBy[0]?.message).toBe('Ages 16 to 25 only');
    expect(assessEligibility(rules, { age: 16 }).eligible).toBe(true);
    expect(assessEligibility(rules, { age: 25 }).eligible).toBe(true);
    expect(assessEligibility(rules, { age: 26 }).eligible).toBe(false);
  });

  it('asks about, rather than excludes, a recorded exploitation type the service does not list', () => {
    const result = assessEligibility({ ...open, exploitationTypes: ['SEXUAL'] }, { exploitationTypes: ['LABOUR'] });
    expect(result.eligible).toBe(true);
    expect(result.toCheck[0]?.message).toBe('Check: only for survivors of sexual exploitation');
  });
});

describe('Coventry specialist support (002 4.3) for six profiles', () => {
  it('1. a woman currently in the NRM, awaiting a decision, sexually exploited', () => {
    const result = options({
      gender: 'FEMALE',
      age: 29,
      nrmStatus: 'IN_NRM',
      decisionOutcome: 'NONE',
      exploitationTypes: ['SEXUAL'],
    });
    expect(result.matches).toEqual(
      expect.arrayContaining([
        'coventry-nrm-support-survivor-care-contract',
        'kairos-women-working-together',
        'bcwa-sexual-exploitation-community-engagement-project',
        'west-midlands-anti-slavery-network-advocates',
        'adavu-casework',
      ]),
    );
    // The most targeted services come first.
    expect(result.matches.slice(0, 3)).toEqual(
      expect.arrayContaining([
        'kairos-women-working-together',
        'bcwa-sexual-exploitation-community-engagement-project',
      ]),
    );
    expect(result.match('coventry-nrm-support-survivor-care-contract')?.met.map((m) => m.message)).toEqual([
      'Serves adults',
      'For people currently in the NRM',
      'Available before any NRM decision',
    ]);
    expect(result.nearMisses.get('hope-at-home-hosting-scheme')).toEqual([
      'Only after a positive reasonable grounds decision or after a positive conclusive grounds decision',
    ]);
    expect(result.nearMisses.get('west-midlands-anti-slavery-network-safehouse')).toEqual([
      'Men only',
      'Only for people not (yet) in the NRM',
    ]);
  });

  it('2. a man with a negative conclusive grounds decision', () => {
    const result = options({
      gender: 'MALE',
      age: 41,
      nrmStatus: 'NOT_IN_NRM',
      decisionOutcome: 'NEGATIVE_CONCLUSIVE_GROUNDS',
    });
    expect(result.matches).toEqual(
      expect.arrayContaining([
        'west-midlands-anti-slavery-network-advocates',
        'adavu-casework',
        'hope-for-justice-independent-advocacy',
      ]),
    );
    expect(result.matches).not.toContain('coventry-nrm-support-survivor-care-contract');
    expect(result.matches).not.toContain('kairos-women-working-together');
    expect(result.nearMisses.get('coventry-nrm-support-survivor-care-contract')).toEqual([
      'Only for people currently in the NRM',
      'Only before any NRM decision, after a positive reasonable grounds decision or after a positive conclusive grounds decision',
    ]);
    expect(result.nearMisses.get('west-midlands-anti-slavery-network-safehouse')).toEqual([
      'Only before any NRM decision',
    ]);
    expect(result.nearMisses.get('kairos-women-working-together')).toEqual(['Women only']);
  });

  it('3. an adult not in the NRM with no recourse to public funds', () => {
    const result = options({ age: 34, nrmStatus: 'NOT_IN_NRM', decisionOutcome: 'NONE', recourseToPublicFunds: 'NO' });
    expect(result.matches).toContain('crmc-nrpf-accommodation');
    expect(result.match('crmc-nrpf-accommodation')?.met.map((m) => m.message)).toEqual([
      'For people with no recourse to public funds (NRPF)',
    ]);
    expect(result.nearMisses.get('coventry-housing-and-homelessness-services')).toEqual([
      'Only for people with recourse to public funds',
    ]);
    expect(result.nearMisses.get('coventry-nrm-support-survivor-care-contract')).toEqual([
      'Only for people currently in the NRM',
    ]);
    // Gender not recorded: the men's safehouse is a match to check, not an exclusion.
    expect(result.match('west-midlands-anti-slavery-network-safehouse')?.toCheck.map((c) => c.rule)).toEqual([
      'GENDER',
    ]);
  });

  it('4. a 17-year-old', () => {
    const result = options({ age: 17, gender: 'FEMALE' });
    expect(result.matches).toEqual(
      expect.arrayContaining(['registered-intermediaries', 'modern-slavery-helpline', 'adavu-casework']),
    );
    expect(result.nearMisses.get('coventry-nrm-support-survivor-care-contract')).toEqual([
      'Adults only (18 and over); this person is treated as a child (presumption of age)',
    ]);
    expect(result.nearMisses.get('bcwa-sexual-exploitation-community-engagement-project')).toEqual([
      'Adults only (18 and over); this person is treated as a child (presumption of age)',
    ]);
    expect(result.matches).not.toContain('coventry-adult-social-care');
    expect(result.matches).toContain('refugee-council-childrens-panel');
  });

  it('5. a woman with a positive conclusive grounds decision', () => {
    const result = options({
      gender: 'FEMALE',
      age: 30,
      nrmStatus: 'IN_NRM',
      decisionOutcome: 'POSITIVE_CONCLUSIVE_GROUNDS',
      recourseToPublicFunds: 'YES',
    });
    expect(result.matches).toEqual(
      expect.arrayContaining([
        'hope-at-home-hosting-scheme',
        'coventry-nrm-support-survivor-care-contract',
        'coventry-housing-and-homelessness-services',
      ]),
    );
    expect(result.match('hope-at-home-hosting-scheme')?.met.map((m) => m.message)).toEqual([
      'Available after a positive conclusive grounds decision',
    ]);
    expect(result.nearMisses.get('crmc-nrpf-accommodation')).toEqual([
      'Only for people with no recourse to public funds (NRPF)',
    ]);
  });

  it('6. a young man whose age is uncertain and who may be a child (presumption of age)', () => {
    const result = options({
      gender: 'MALE',
      age: 19,
      ageUncertain: true,
      reasonToBelieveChild: true,
      nrmStatus: 'NOT_IN_NRM',
      decisionOutcome: 'NONE',
    });
    expect(result.nearMisses.get('west-midlands-anti-slavery-network-safehouse')).toEqual([
      'Adults only (18 and over); this person is treated as a child (presumption of age)',
    ]);
    expect(result.matches).not.toContain('coventry-adult-social-care');
    expect(result.matches).toContain('refugee-council-childrens-panel');
  });

  it('7. a man currently in the NRM awaiting a decision, pre-NRM safehouse no longer applies', () => {
    const result = options({ gender: 'MALE', age: 45, nrmStatus: 'IN_NRM', decisionOutcome: 'NONE' });
    expect(result.matches).toContain('coventry-nrm-support-survivor-care-contract');
    expect(result.nearMisses.get('west-midlands-anti-slavery-network-safehouse')).toEqual([
      'Only for people not (yet) in the NRM',
    ]);
  });
});
