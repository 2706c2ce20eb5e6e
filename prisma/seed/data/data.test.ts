import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { pathways, RESOURCES } from '@waymark/pathways';

import type { SeedFile, SeedSource } from '../types';
import { areas, contacts, organisations, supportServices } from './index';

const SEED_FILES: SeedFile[] = [
  '000_d01e68b7f2580e43.txt',
  '001_bb493377fc724227.txt',
  '002_85009a930093bd13.txt',
  '003_eef8dc0b317e2207.txt',
  '004_bf7614aad86c36e6.txt',
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const PHONE_CHARS = /^\+?[0-9 ]+$/;

const digits = (s: string): string => s.replace(/\D/g, '');

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

function checkPhone(phone: string): string[] {
  const problems: string[] = [];
  if (phone !== phone.trim() || /\s{2,}/.test(phone)) problems.push(`${phone}: whitespace not normalised`);
  if (!PHONE_CHARS.test(phone)) problems.push(`${phone}: only digits, spaces and a leading + allowed`);
  const n = digits(phone).length;
  if (n < 3 || n > 13) problems.push(`${phone}: ${n} digits (expected 3 to 13)`);
  return problems;
}

const areaCodes = new Set(areas.map((a) => a.code));
const orgSlugs = new Set(organisations.map((o) => o.slug));
const orgBySlug = new Map(organisations.map((o) => [o.slug, o]));

type Sourced = { source: SeedSource };
const allSourced: Array<[string, Sourced]> = [
  ...areas.map((a): [string, Sourced] => [`area ${a.code}`, a]),
  ...organisations.map((o): [string, Sourced] => [`organisation ${o.slug}`, o]),
  ...contacts.map((c): [string, Sourced] => [`contact ${c.slug}`, c]),
  ...supportServices.map((s): [string, Sourced] => [`service ${s.slug}`, s]),
];

describe('identifiers', () => {
  it('area codes are unique lowercase slugs', () => {
    expect(duplicates(areas.map((a) => a.code))).toEqual([]);
    expect(areas.filter((a) => !SLUG.test(a.code)).map((a) => a.code)).toEqual([]);
  });

  it('organisation slugs are unique lowercase slugs', () => {
    expect(duplicates(organisations.map((o) => o.slug))).toEqual([]);
    expect(organisations.filter((o) => !SLUG.test(o.slug)).map((o) => o.slug)).toEqual([]);
  });

  it('contact slugs are unique lowercase slugs', () => {
    expect(duplicates(contacts.map((c) => c.slug))).toEqual([]);
    expect(contacts.filter((c) => !SLUG.test(c.slug)).map((c) => c.slug)).toEqual([]);
  });

  it('service slugs are unique lowercase slugs', () => {
    expect(duplicates(supportServices.map((s) => s.slug))).toEqual([]);
    expect(supportServices.filter((s) => !SLUG.test(s.slug)).map((s) => s.slug)).toEqual([]);
  });

  it('every record has a non-empty name', () => {
    const unnamed = [...areas, ...organisations, ...contacts, ...supportServices].filter((r) => !r.name.trim());
    expect(unnamed).toEqual([]);
  });
});

describe('references', () => {
  it('organisation areas refer to existing areas', () => {
    const bad = organisations.flatMap((o) => o.areas.filter((a) => !areaCodes.has(a)).map((a) => `${o.slug} -> ${a}`));
    expect(bad).toEqual([]);
  });

  it('contact areaCode and organisationSlug refer to existing records', () => {
    const bad = contacts.flatMap((c) => [
      ...(c.areaCode !== null && !areaCodes.has(c.areaCode) ? [`${c.slug} area ${c.areaCode}`] : []),
      ...(c.organisationSlug !== undefined && !orgSlugs.has(c.organisationSlug)
        ? [`${c.slug} organisation ${c.organisationSlug}`]
        : []),
    ]);
    expect(bad).toEqual([]);
  });

  it('service organisationSlug, referralViaOrganisationSlug and areas refer to existing records', () => {
    const bad = supportServices.flatMap((s) => [
      ...(!orgSlugs.has(s.organisationSlug) ? [`${s.slug} organisation ${s.organisationSlug}`] : []),
      ...(s.referralViaOrganisationSlug !== undefined && !orgSlugs.has(s.referralViaOrganisationSlug)
        ? [`${s.slug} via ${s.referralViaOrganisationSlug}`]
        : []),
      ...s.areas.filter((a) => !areaCodes.has(a)).map((a) => `${s.slug} area ${a}`),
    ]);
    expect(bad).toEqual([]);
  });

  it('a VIA_ORGANISATION route names the organisation, and only that route does', () => {
    const bad = supportServices
      .filter((s) => (s.referralRoute === 'VIA_ORGANISATION') !== (s.referralViaOrganisationSlug !== undefined))
      .map((s) => s.slug);
    expect(bad).toEqual([]);
  });

  it('every area is used by at least one organisation, contact or service', () => {
    const used = new Set<string>([
      ...organisations.flatMap((o) => o.areas),
      ...contacts.flatMap((c) => (c.areaCode === null ? [] : [c.areaCode])),
      ...supportServices.flatMap((s) => s.areas),
    ]);
    expect(areas.filter((a) => !used.has(a.code)).map((a) => a.code)).toEqual([]);
  });
});

describe('sources', () => {
  it('every source.file is one of the five seed documents and every section is given', () => {
    const bad = allSourced
      .filter(([, r]) => !SEED_FILES.includes(r.source.file) || r.source.section.trim().length < 3)
      .map(([label]) => label);
    expect(bad).toEqual([]);
  });

  it('every seed document is cited', () => {
    const cited = new Set(allSourced.map(([, r]) => r.source.file));
    expect(SEED_FILES.filter((f) => !cited.has(f))).toEqual([]);
  });
});

describe('contact details', () => {
  it('emails look like emails', () => {
    const emails = [
      ...contacts.flatMap((c) => (c.email === undefined ? [] : [`${c.slug}|${c.email}`])),
      ...supportServices.flatMap((s) => (s.email === undefined ? [] : [`${s.slug}|${s.email}`])),
    ];
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.filter((e) => !EMAIL.test(e.split('|')[1] ?? ''))).toEqual([]);
  });

  it('UK phone numbers contain only digits/spaces/+ and have 3 to 13 digits', () => {
    const phones = [
      ...contacts.flatMap((c) => (c.phone === undefined ? [] : [c.phone])),
      ...supportServices.flatMap((s) => s.phones),
    ];
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.flatMap(checkPhone)).toEqual([]);
  });

  it('URLs contain no whitespace and are not lost-link placeholders', () => {
    const urls = [
      ...contacts.flatMap((c) => (c.url === undefined ? [] : [c.url])),
      ...supportServices.flatMap((s) => (s.url === undefined ? [] : [s.url])),
      ...organisations.flatMap((o) => (o.website === undefined ? [] : [o.website])),
    ];
    expect(urls.filter((u) => /\s/.test(u) || u === '#' || !/^(https?:\/\/|www\.)[^.]+\./.test(u))).toEqual([]);
  });

  it('every contact gives a phone, email, URL or explanatory notes', () => {
    const empty = contacts.filter((c) => !c.phone && !c.email && !c.url && !c.notes?.trim()).map((c) => c.slug);
    expect(empty).toEqual([]);
  });
});

describe('eligibility', () => {
  const withEligibility = supportServices.filter((s) => s.eligibility !== undefined);

  it('minimumAge <= maximumAge and ages are plausible', () => {
    const bad = withEligibility
      .filter((s) => {
        const { minimumAge: min, maximumAge: max } = s.eligibility!;
        if (min !== undefined && (min < 0 || min > 120)) return true;
        if (max !== undefined && (max < 0 || max > 120)) return true;
        return min !== undefined && max !== undefined && min > max;
      })
      .map((s) => s.slug);
    expect(bad).toEqual([]);
  });

  it('child-only services do not have a maximum age of 18 or more', () => {
    const bad = withEligibility
      .filter((s) => s.eligibility!.ageGroups.length === 1 && s.eligibility!.ageGroups[0] === 'CHILD')
      .filter((s) => (s.eligibility!.maximumAge ?? 0) >= 18)
      .map((s) => s.slug);
    expect(bad).toEqual([]);
  });

  it('eligibility lists have no repeated values', () => {
    const bad = withEligibility
      .filter((s) => {
        const e = s.eligibility!;
        return [e.genders, e.ageGroups, e.nrmStatuses, e.decisionOutcomes, e.exploitationTypes].some(
          (list: string[]) => duplicates(list).length > 0,
        );
      })
      .map((s) => s.slug);
    expect(bad).toEqual([]);
  });

  it('a service with no stated referral route says so in referralDetails', () => {
    const bad = supportServices
      .filter((s) => s.referralRoute === 'NOT_STATED' && !s.referralDetails?.trim())
      .map((s) => s.slug);
    expect(bad).toEqual([]);
  });

  it('restricted services are accommodation services', () => {
    const bad = supportServices
      .filter((s) => s.restricted && !s.categories.includes('ACCOMMODATION'))
      .map((s) => s.slug);
    expect(bad).toEqual([]);
  });

  it('every service has at least one category, without repeats', () => {
    const bad = supportServices
      .filter((s) => s.categories.length === 0 || duplicates(s.categories).length > 0)
      .map((s) => s.slug);
    expect(bad).toEqual([]);
  });
});

describe('key facts from the documents', () => {
  const fr = (slug: string) => orgBySlug.get(slug)?.isFirstResponder;

  it('the statutory First Responder organisations (003) are First Responders', () => {
    const list = [
      'national-crime-agency',
      'uk-border-force',
      'uk-visas-and-immigration',
      'home-office-immigration-enforcement',
      'glaa',
      'the-salvation-army',
      'migrant-help',
      'medaille-trust',
      'kalayaan',
      'barnardos',
      'unseen',
      'nspcc',
      'refugee-council',
      'bawso',
      'new-pathways',
    ];
    expect(list.filter((slug) => fr(slug) !== true)).toEqual([]);
  });

  it('BAWSO and New Pathways are First Responders in Wales only', () => {
    for (const slug of ['bawso', 'new-pathways']) {
      expect(orgBySlug.get(slug)?.firstResponderNote).toBe('Wales only');
      expect(orgBySlug.get(slug)?.areas).toEqual(['wales']);
    }
  });

  it('every council and police force is a First Responder', () => {
    const bad = organisations
      .filter((o) => (o.kind === 'COUNCIL' || o.slug.endsWith('-police')) && !o.isFirstResponder)
      .map((o) => o.slug);
    expect(bad).toEqual([]);
  });

  it('only First Responders carry a First Responder note', () => {
    expect(organisations.filter((o) => o.firstResponderNote && !o.isFirstResponder).map((o) => o.slug)).toEqual([]);
  });

  it('the five local authorities of the documents are areas', () => {
    for (const code of ['london-council', 'bexley', 'coventry', 'hertfordshire', 'kirklees']) {
      expect(areaCodes.has(code), code).toBe(true);
    }
  });

  it("The Salvation Army's NRM referral line 0800 808 3733 is a contact", () => {
    const c = contacts.find((x) => x.phone === '0800 808 3733');
    expect(c?.organisationSlug).toBe('the-salvation-army');
    expect(c?.purpose).toBe('NRM_SUPPORT_REFERRAL');
  });

  it('the Modern Slavery Helpline 08000 121 700 is a national helpline', () => {
    const c = contacts.find((x) => x.phone === '08000 121 700');
    expect(c?.purpose).toBe('HELPLINE');
    expect(c?.areaCode).toBeNull();
  });

  it('999, 101 and Language Line are national contacts', () => {
    for (const [phone, purpose] of [
      ['999', 'POLICE_EMERGENCY'],
      ['101', 'POLICE_NON_EMERGENCY'],
      ['0845 310 9900', 'INTERPRETING'],
    ] as const) {
      const c = contacts.find((x) => x.phone === phone);
      expect(c?.purpose, phone).toBe(purpose);
      expect(c?.areaCode, phone).toBeNull();
    }
  });

  it('Bexley has Screeners, MASH, Housing Options and the Community Safety Team', () => {
    const bexley = contacts.filter((c) => c.areaCode === 'bexley');
    expect(bexley.find((c) => c.purpose === 'SCREENERS')?.email).toBe('screeners@bexley.gov.uk');
    expect(bexley.find((c) => c.purpose === 'MASH')?.phone).toBe('020 3045 5440');
    expect(bexley.find((c) => c.purpose === 'HOUSING_OPTIONS')?.email).toBe('housingoptionservice@bexley.gov.uk');
    expect(bexley.find((c) => c.purpose === 'SPOC')?.email).toBe('community.safety@bexley.gov.uk');
  });

  it('each of the five local authorities has a SPoC, MASH, safeguarding or police route', () => {
    const routes = new Set(['SPOC', 'MASH', 'SCREENERS', 'CHILDRENS_SOCIAL_CARE', 'POLICE_INTELLIGENCE']);
    for (const code of ['london-council', 'bexley', 'coventry', 'hertfordshire', 'kirklees']) {
      expect(
        contacts.some((c) => c.areaCode === code && routes.has(c.purpose)),
        code,
      ).toBe(true);
    }
  });

  it('NRM support is referred via The Salvation Army', () => {
    const nrm = supportServices.filter((s) => s.categories.includes('NRM_SUPPORT'));
    expect(nrm.length).toBeGreaterThan(0);
    for (const s of nrm) {
      expect(s.referralRoute, s.slug).toBe('VIA_ORGANISATION');
      expect(s.referralViaOrganisationSlug, s.slug).toBe('the-salvation-army');
    }
  });

  it('Beacon needs the consent of the child or guardian', () => {
    const beacon = supportServices.find((s) => s.slug === 'beacon-hertfordshire');
    expect(beacon?.areas).toEqual(['hertfordshire']);
    expect(beacon?.eligibility?.conditions).toMatch(/child or guardian must consent/i);
  });

  it('every row of the Coventry specialist support table (002 4.3) is a service', () => {
    const rows = [
      /Survivor Care Contract/,
      /West Midlands Anti Slavery Network/,
      /Adavu/,
      /Hope for Justice/,
      /Hope at Home/,
      /Sophie Hayes/,
      /Kairos/,
      /Moving on Project/,
      /Sexual Exploitation and Community Engagement/,
    ];
    const table = supportServices.filter(
      (s) => s.source.file === '002_85009a930093bd13.txt' && s.source.section.startsWith('4.3'),
    );
    expect(rows.filter((re) => !table.some((s) => re.test(s.name))).map(String)).toEqual([]);
  });

  it('women-only services in the Coventry table are restricted to female survivors', () => {
    for (const slug of ['kairos-women-working-together', 'bcwa-sexual-exploitation-community-engagement-project']) {
      expect(supportServices.find((s) => s.slug === slug)?.eligibility?.genders, slug).toEqual(['FEMALE']);
    }
  });

  it('safe-house and hosting accommodation is restricted', () => {
    const bad = supportServices
      .filter((s) => /safe ?house|hosting|safe accommodation/i.test(`${s.name} ${s.description}`) && !s.restricted)
      .map((s) => s.slug);
    expect(bad).toEqual([]);
  });
});

describe('text', () => {
  it('uses British spelling', () => {
    const text = JSON.stringify([organisations, contacts, supportServices]);
    const american = text.match(
      /\b(organiz\w*|program|programs|center|counseling|licens(?:e|ed)|labor|behavior\w*|defense)\b/gi,
    );
    expect(american ?? []).toEqual([]);
  });
});

describe('pathway steps and the directory', () => {
  it('every contact a pathway step or escalation points to is in the directory seed', () => {
    const slugs = new Set(contacts.map((c) => c.slug));
    const unknown = pathways.flatMap((p) => [
      ...p.steps.flatMap((s) => (s.contacts ?? []).filter((c) => !slugs.has(c)).map((c) => `${p.id}.${s.id}: ${c}`)),
      // An escalation names the contact of whom it escalates to.
      ...p.clocks.flatMap((c) =>
        c.onOverdue.action === 'escalate' && c.onOverdue.to.contact && !slugs.has(c.onOverdue.to.contact)
          ? [`${p.id}.${c.id}: ${c.onOverdue.to.contact}`]
          : [],
      ),
    ]);
    expect(unknown).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Cross-check against the source documents when they are available (they live outside the
// repository). Every phone number, email and URL must occur in the file its record cites.
// ---------------------------------------------------------------------------------------
const here = dirname(fileURLToPath(import.meta.url));
const seedDir = process.env.WAYMARK_SEED_DOCS ?? resolve(here, '../../../../shared/seeds');
const haveDocs = SEED_FILES.every((f) => existsSync(join(seedDir, f)));

describe.skipIf(!haveDocs)('values appear in the cited document', () => {
  const docs = new Map<SeedFile, { compact: string; digits: string }>();
  const doc = (file: SeedFile) => {
    let d = docs.get(file);
    if (!d) {
      const text = readFileSync(join(seedDir, file), 'utf8');
      d = { compact: text.replace(/\s+/g, ''), digits: digits(text) };
      docs.set(file, d);
    }
    return d;
  };

  const values = [
    ...contacts.flatMap((c) => [
      ...(c.phone ? [{ label: c.slug, kind: 'phone', value: c.phone, file: c.source.file }] : []),
      ...(c.email ? [{ label: c.slug, kind: 'text', value: c.email, file: c.source.file }] : []),
      ...(c.url ? [{ label: c.slug, kind: 'text', value: c.url, file: c.source.file }] : []),
    ]),
    ...supportServices.flatMap((s) => [
      ...s.phones.map((p) => ({ label: s.slug, kind: 'phone', value: p, file: s.source.file })),
      ...(s.email ? [{ label: s.slug, kind: 'text', value: s.email, file: s.source.file }] : []),
      ...(s.url ? [{ label: s.slug, kind: 'text', value: s.url, file: s.source.file }] : []),
    ]),
  ];

  it('every phone number, email and URL is printed in its source document', () => {
    const missing = values
      .filter(({ kind, value, file }) =>
        kind === 'phone'
          ? !doc(file).digits.includes(digits(value))
          : !doc(file).compact.includes(value.replace(/\s+/g, '')),
      )
      .map(({ label, value, file }) => `${label}: ${value} not in ${file}`);
    expect(missing).toEqual([]);
  });
});

describe.skipIf(!haveDocs)('resource links appear in a document that names the resource', () => {
  it('a resource link is printed in a document it cites', () => {
    const compact = (file: string) => readFileSync(join(seedDir, file), 'utf8').replace(/\s+/g, '');
    const unprinted = RESOURCES.filter((r) => r.url && !r.namedIn.some((at) => compact(at.file).includes(r.url!)));
    expect(unprinted.map((r) => r.id)).toEqual([]);
  });
});
