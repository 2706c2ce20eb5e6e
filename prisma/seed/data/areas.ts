import type { AreaSeed, SeedFile } from '../types';

const F000: SeedFile = '000_d01e68b7f2580e43.txt';
const F001: SeedFile = '001_bb493377fc724227.txt';
const F002: SeedFile = '002_85009a930093bd13.txt';
const F003: SeedFile = '003_eef8dc0b317e2207.txt';
const F004: SeedFile = '004_bf7614aad86c36e6.txt';

/**
 * The local authorities the documents are about, plus the service areas a document
 * gives for a service (the ICTG Service areas in 003 section 9.4; Wales for the
 * "Wales only" First Responders in the 003 HMSP flowchart).
 */
export const areas: AreaSeed[] = [
  {
    // 000 never names its council ("your Council"); the seeds README calls it a London council.
    code: 'london-council',
    spocOrganisationSlug: 'london-council',
    name: 'London council (not named in the document)',
    source: { file: F000, section: 'Step 2 / Step 3 (the document refers only to "your Council")' },
  },
  {
    code: 'bexley',
    spocOrganisationSlug: 'bexley-council',
    name: 'Bexley',
    source: { file: F001, section: 'Bexley Referral Process for Victims of Modern Slavery, Step 1' },
  },
  {
    code: 'coventry',
    spocOrganisationSlug: 'coventry-city-council',
    name: 'Coventry',
    source: { file: F002, section: 'Title: Coventry Protocol for Addressing Adult Modern Slavery' },
  },
  {
    code: 'hertfordshire',
    spocOrganisationSlug: 'hertfordshire-county-council',
    name: 'Hertfordshire',
    source: { file: F003, section: '8.4 Child NRM Referral Pathway (Hertfordshire Modern Slavery Partnership)' },
  },
  {
    code: 'kirklees',
    spocOrganisationSlug: 'kirklees-council',
    name: 'Kirklees',
    source: { file: F004, section: 'Reporting Suspicion' },
  },

  // Service areas of the Barnardo's ICTG Service, as listed in 003 9.4.
  {
    code: 'wales',
    name: 'Wales/Cymru',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (2. ICTG Service)' },
  },
  {
    code: 'east-midlands',
    name: 'East Midlands',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (2. ICTG Service)' },
  },
  {
    code: 'west-midlands-combined-authorities',
    name: 'West Midlands Combined Authorities',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (2. ICTG Service)' },
  },
  {
    code: 'croydon',
    name: 'Croydon',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (2. ICTG Service)' },
  },
  {
    code: 'hampshire-and-isle-of-wight',
    name: 'Hampshire and the Isle of Wight',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (2. ICTG Service)' },
  },
  {
    code: 'greater-manchester',
    name: 'Greater Manchester',
    source: { file: F003, section: '9.4 Organisations Supporting Practitioners (2. ICTG Service)' },
  },
];
