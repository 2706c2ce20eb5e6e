import { describe, expect, it } from 'vitest';
import {
  buildPack,
  checkAnswers,
  checkForm,
  CURRENT_INDICATORS,
  hoNrmFormV1,
  indicatorCatalogueV1,
  reconsiderationFormV1,
  referralForms,
  seemsIdentifying,
  suggestExploitationTypes,
  type Answers,
  type ReferralFormDefinition,
} from '.';

const forms = [hoNrmFormV1, reconsiderationFormV1];
const adult: Answers = { 'pv-under-age': 'no', 'pv-want-to-submit-nrm': 'yes' };
const fieldsOf = (pack: ReturnType<typeof buildPack>) =>
  pack.sections.flatMap((s) => s.steps.flatMap((st) => st.fields));
const row = (pack: ReturnType<typeof buildPack>, key: string) => fieldsOf(pack).find((f) => f.key === key);
const pack = (
  answers: Answers,
  kind: 'NRM' | 'DUTY_TO_NOTIFY' = 'NRM',
  more: Partial<Parameters<typeof buildPack>[0]> = {},
) =>
  buildPack({
    kind,
    form: hoNrmFormV1,
    answers,
    consentToShareDetails: null,
    personNames: ['Ana Popescu'],
    mayReadIdentity: true,
    ...more,
  });

describe('the Home Office form as data', () => {
  it('passes its static checks, every version of every form', () => {
    for (const form of referralForms) expect(checkForm(form), form.id).toEqual([]);
    expect(hoNrmFormV1.fields.length).toBeGreaterThan(120);
    expect(hoNrmFormV1.source.repository).toBe('UKHomeOffice/modern-slavery');
  });

  it('lists every problem of a broken form at once', () => {
    const broken: ReferralFormDefinition = {
      ...hoNrmFormV1,
      fields: [
        ...hoNrmFormV1.fields,
        { key: 'family', label: 'dup', type: 'textarea', required: true },
        { key: 'orphan', label: 'on no step', type: 'radio', required: { field: 'nowhere', is: 'yes' } },
        {
          key: 'early',
          label: 'asks later',
          type: 'textarea',
          maxLength: 20_000,
          required: true,
          when: { field: 'pv-gender', is: 'maybe' },
        },
      ],
      sections: [
        { id: 'x', title: 'x', steps: [{ id: '/early', title: 'early', fields: ['early', 'ghost'] }] },
        ...hoNrmFormV1.sections,
      ],
    };
    const paths = checkForm(broken).map((p) => `${p.path}: ${p.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'fields.family: is defined twice',
        'fields.orphan.options: a choice needs options',
        'fields.early.maxLength: text needs a limit of at most 15000 characters',
        'steps./early.fields: names undefined field "ghost"',
        'fields.orphan: is on no step',
        'fields.orphan.required: depends on undefined field "nowhere"',
        'fields.early.when: depends on "pv-gender", which the form asks later',
        'fields.early.when: "pv-gender" does not offer that value',
      ]),
    );
  });
});

describe('checking answers', () => {
  it('refuses unknown keys, wrong types, options not offered, text over the limit, held answers and branches not taken, per field', () => {
    const problems = checkAnswers(forms, adult, {
      'no-such-question': 'x',
      family: 12,
      'evidence-of-dishonesty': 'perhaps',
      education: 'a'.repeat(15_001),
      'pv-name-first-name': 'Ana',
      'evidence-of-dishonesty-details': 'lied about age',
      'local-authority-contacted-about-child-local-authority-phone': '01234 567890',
    });
    expect(Object.fromEntries(problems.map((p) => [p.key, p.code]))).toEqual({
      'no-such-question': 'UNKNOWN_FIELD',
      family: 'WRONG_TYPE',
      'evidence-of-dishonesty': 'NOT_AN_OPTION',
      education: 'TOO_LONG',
      'pv-name-first-name': 'HELD_BY_WAYMARK',
      'evidence-of-dishonesty-details': 'BRANCH_NOT_TAKEN',
      'local-authority-contacted-about-child-local-authority-phone': 'BRANCH_NOT_TAKEN',
    });
    expect(problems.map((p) => p.message).join(' ')).not.toMatch(/lied|Ana|perhaps/);
  });

  it('accepts a branch answered together with the question it depends on, and exactly 15,000 characters', () => {
    expect(
      checkAnswers(forms, adult, {
        'evidence-of-dishonesty': 'yes',
        'evidence-of-dishonesty-details': 'x',
        education: 'a'.repeat(15_000),
        'reconsideration-persons-views': 'I want to stay',
      }),
    ).toEqual([]);
  });
});

describe('packs', () => {
  it('follows the form order and becomes complete as answers are recorded', () => {
    const first = pack(adult);
    expect(first.sections.map((s) => s.id).slice(0, 3)).toEqual(['first-responder', 'age', 'background']);
    expect(first.complete).toBe(false);
    expect(first.missing.map((m) => m.key)).toContain('family');
    expect(row(first, 'pv-under-age-at-time-of-exploitation')?.status).toBe('MISSING');
    expect(row(first, 'local-authority-contacted-about-child-local-authority-name')?.status).toBe('NOT_APPLICABLE');
    const more = pack({ ...adult, family: 'Two sisters at home', 'reported-to-police': 'no' });
    expect(more.missing.length).toBeLessThan(first.missing.length);
    expect(row(more, 'family')).toMatchObject({ status: 'ANSWERED', source: 'answers', value: 'Two sisters at home' });
    expect(row(more, 'reported-to-police-crime-reference')?.status).toBe('NOT_APPLICABLE');
  });

  it('re-evaluates answers recorded before the age changed', () => {
    const child = pack({ ...adult, 'pv-under-age': 'not-sure', 'pv-under-age-at-time-of-exploitation': 'yes' });
    expect(child.route).toBe('NRM_CHILD');
    expect(row(child, 'pv-under-age-at-time-of-exploitation')?.status).toBe('NOT_APPLICABLE');
    expect(row(child, 'local-authority-contacted-about-child-local-authority-email')?.status).toBe('MISSING');
    expect(child.sections.find((s) => s.id === 'duty-to-notify')).toBeUndefined();
  });

  it('makes a Duty to Notify only for adults of certain age', () => {
    for (const age of ['yes', 'not-sure']) {
      const dtn = pack({ 'pv-under-age': age, 'pv-want-to-submit-nrm': 'no' }, 'DUTY_TO_NOTIFY');
      expect(dtn.complete).toBe(false);
      expect(dtn.warnings.map((w) => w.code)).toContain('DTN_NOT_FOR_CHILDREN');
    }
  });

  it('keeps an anonymised Duty to Notify free of identity and flags a disagreement with consent to share', () => {
    const answers: Answers = {
      'pv-under-age': 'no',
      'pv-want-to-submit-nrm': 'no',
      'co-operate-with-police': 'yes',
      'pv-name-first-name': 'Ana',
      'pv-name-last-name': 'Popescu',
      birthplace: 'Iasi',
      'how-they-were-treated': 'Ana Popescu was kept at 12 Mill Lane, CV1 2AB',
      'who-exploited-pv': 'a man named Viktor',
      family: 'Two brothers in Romania',
    };
    const dtn = pack(answers, 'DUTY_TO_NOTIFY', { consentToShareDetails: false });
    expect(dtn.anonymised).toBe(true);
    expect(dtn.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['CONSENT_TO_SHARE_MISMATCH', 'SEEMS_IDENTIFYING']),
    );
    const text = JSON.stringify(dtn);
    for (const secret of ['Ana', 'Popescu', 'Iasi', 'Mill Lane', 'CV1', 'Viktor']) expect(text).not.toContain(secret);
    expect(row(dtn, 'family')?.value).toBe('Two brothers in Romania');
    expect(row(dtn, 'pv-name-first-name')).toMatchObject({ withheld: true, value: null });

    const named = pack(answers, 'DUTY_TO_NOTIFY', { consentToShareDetails: true });
    expect(named.anonymised).toBe(false);
    expect(row(named, 'pv-name-first-name')?.value).toBe('Ana');
    const declinesPolice = pack({ ...answers, 'co-operate-with-police': 'no' }, 'DUTY_TO_NOTIFY', {
      consentToShareDetails: true,
    });
    expect(row(declinesPolice, 'pv-name-first-name')?.status).toBe('NOT_APPLICABLE');
    expect(declinesPolice.warnings.map((w) => w.code)).toContain('CONSENT_TO_SHARE_MISMATCH');
  });

  it('redacts identifying answers for a viewer without need, yet judges them', () => {
    const p = pack({ ...adult, birthplace: 'Iasi' }, 'NRM', { mayReadIdentity: false });
    expect(row(p, 'birthplace')).toMatchObject({ status: 'ANSWERED', redacted: true, value: null });
  });

  it('marks text over the limit INVALID', () => {
    const p = pack({ ...adult, family: 'a'.repeat(15_001) });
    expect(row(p, 'family')?.status).toBe('INVALID');
    expect(p.warnings.map((w) => w.code)).toContain('TEXT_TOO_LONG');
  });
});

describe('indicators', () => {
  it('covers 003 sections 5.1 to 5.3 with unique ids', () => {
    const ids = indicatorCatalogueV1.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(indicatorCatalogueV1.indicators.map((i) => i.section))).toEqual(new Set(['5.1', '5.2', '5.3']));
    expect(CURRENT_INDICATORS.version).toBe(1);
  });

  it('suggests exploitation types and flags a mismatch with the case', () => {
    const s = suggestExploitationTypes(
      indicatorCatalogueV1,
      ['other-cannabis-cuckooing', 'type-household-chores'],
      ['LABOUR'],
    );
    expect(s.suggested).toEqual(['CHILD_CRIMINAL_EXPLOITATION', 'CRIMINAL', 'DOMESTIC_SERVITUDE']);
    expect(s.notRecorded).toEqual(['CHILD_CRIMINAL_EXPLOITATION', 'CRIMINAL', 'DOMESTIC_SERVITUDE']);
    expect(s.notIndicated).toEqual(['LABOUR']);
  });

  it('spots names, addresses and contact details in free text', () => {
    expect(seemsIdentifying('Seen with Ana Popescu', ['Ana Popescu'])).toMatch(/name/);
    expect(seemsIdentifying('lived at 4 Station Road', [])).toMatch(/address/);
    expect(seemsIdentifying('call 07700 900123', [])).toMatch(/contact/);
    expect(seemsIdentifying('worked long hours in a car wash', ['Ana Popescu'])).toBeNull();
  });
});
