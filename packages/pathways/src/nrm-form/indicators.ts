/**
 * The indicator checklists of seed 003 section 5 (5.1 general, 5.2 by exploitation type, 5.3
 * children trafficked from abroad) as a versioned catalogue. The Home Office form asks only
 * "have you seen indicators?" and for details: recorded indicators, each with a note of where
 * it was noticed, answer that question, and suggest exploitation types to compare with the
 * case's own. The Home Office 2026 prompt sheet's 36 "general awareness" indicators are not in
 * any source Waymark holds; add them as version 2 when read.
 */

/** Waymark's exploitation types (the Prisma enum), as plain strings to keep this package pure. */
export type IndicatedExploitationType =
  'LABOUR' | 'SEXUAL' | 'CRIMINAL' | 'DOMESTIC_SERVITUDE' | 'CHILD_CRIMINAL_EXPLOITATION' | 'CHILD_SEXUAL_EXPLOITATION';

export interface Indicator {
  id: string;
  section: '5.1' | '5.2' | '5.3';
  group: string;
  text: string;
  suggests?: ReadonlyArray<IndicatedExploitationType>;
}

export interface IndicatorCatalogue {
  id: string;
  version: number;
  source: string;
  indicators: ReadonlyArray<Indicator>;
}

type Row = [id: string, text: string, suggests?: IndicatedExploitationType[]];
const group = (section: Indicator['section'], name: string, rows: Row[]): Indicator[] =>
  rows.map(([id, text, suggests]) => ({ id, section, group: name, text, ...(suggests ? { suggests } : {}) }));

const SEX: IndicatedExploitationType[] = ['SEXUAL', 'CHILD_SEXUAL_EXPLOITATION'];
const CRIME: IndicatedExploitationType[] = ['CRIMINAL', 'CHILD_CRIMINAL_EXPLOITATION'];

export const indicatorCatalogueV1: IndicatorCatalogue = {
  id: 'modern-slavery-indicators',
  version: 1,
  source: 'seed 003 (Hertfordshire child trafficking chapter), sections 5.1 to 5.3',
  indicators: [
    ...group('5.1', 'Physical appearance', [
      ['appearance-abuse-signs', 'Signs of physical or psychological abuse; malnourished, unkempt, withdrawn or tired'],
      [
        'appearance-work-injuries',
        'Work-related injuries or injuries from assault or control; signs of manual labour',
        ['LABOUR'],
      ],
      [
        'appearance-money',
        'Large sums of cash, many bank cards, or expensive clothes or phones without explanation',
        CRIME,
      ],
      ['appearance-few-possessions', 'Few or no personal possessions; same clothes; sudden change in appearance'],
      ['appearance-untreated-injuries', 'Unexplained injuries, or refusing medical treatment for them'],
    ]),
    ...group('5.1', 'Behaviour', [
      ['behaviour-hyper-alert', 'Hyper-alert, jumpy, nervous or withdrawn, with little eye contact'],
      [
        'behaviour-trauma',
        'Signs of post-traumatic stress: hostility, aggression, difficulty recalling or concentrating',
      ],
      ['behaviour-self-harm', 'Depression, self-harm or suicidal feelings; self-blame, shame; drug or alcohol use'],
      ['behaviour-assault-signs', 'Physical symptoms of physical or sexual assault', SEX],
      ['behaviour-sexualised', 'Behaviour indicating sexual exploitation, or fear of physical contact', SEX],
      ['behaviour-low-self-esteem', 'Low self-esteem, truancy, disengagement from education'],
      ['behaviour-sleep-deprived', 'Tired and sleep deprived'],
      ['behaviour-poor-attendance', 'Poor attendance or attainment at school, college or university'],
      ['behaviour-withdrawal', 'Withdrawal from activities, family and friends'],
    ]),
    ...group('5.1', 'Dependency on exploiters', [
      ['dependency-reluctant-help', 'Reluctant to seek help or involve other agencies'],
      ['dependency-avoids-details', 'Avoids giving details of accommodation or personal details'],
      ['dependency-will-not-disclose', 'Unwilling to disclose their experience because they depend on someone'],
      ['dependency-discrepancies', 'Discrepancies in their account, as if told what to say'],
      ['dependency-willing-participant', 'Seems a willing participant, e.g. in lucrative crime', CRIME],
      ['dependency-no-nrm-police', 'Does not want to enter the NRM or involve the police'],
    ]),
    ...group('5.1', 'Family relationships', [
      ['family-unrelated-child', 'An unrelated or new child found at an address'],
      ['family-apart', 'Orphaned or living apart from family, often in unregulated private fostering'],
      ['family-poor-carer-relationship', 'Cared for by adults who are not their parents, with a poor relationship'],
      ['family-several-unrelated', 'One of several unrelated children found at one address'],
    ]),
    ...group('5.1', 'Going missing', [
      ['missing-from-care', 'Missing from care, home or school; repeatedly registered and deregistered at schools'],
      ['missing-unexplained-moves', 'History of missing links and unexplained moves'],
      ['missing-persistent', 'Persistently going missing'],
      ['missing-long', 'Missing for long periods'],
      ['missing-returns-cared-for', 'Returns looking well cared for despite no known base'],
      ['missing-will-not-say', 'Will not say where they have been in return home interviews'],
      ['missing-found-far', 'Found far from home with no family links there', CRIME],
    ]),
    ...group('5.1', 'Other', [
      [
        'other-no-freedom',
        'Rarely leaves home; no freedom of movement or time to play',
        ['DOMESTIC_SERVITUDE', 'LABOUR'],
      ],
      ['other-poor-conditions', 'Poor living or working conditions: dirty, cramped or overcrowded', ['LABOUR']],
      ['other-phone-no-money', 'Has a mobile phone but no apparent money', CRIME],
      ['other-unexplained-contacts', 'Unexplained calls or letters from adults outside their usual contacts'],
      ['other-drugs-across-county', 'Moving or selling drugs within and across counties', CRIME],
      ['other-unaccompanied-travel', 'Unaccompanied on trains or in cities far from home', CRIME],
      ['other-cannabis-cuckooing', 'Working at cannabis farms or in cuckooed properties', CRIME],
      ['other-work-sites', 'Working on construction sites, in factories, barber shops and the like', ['LABOUR']],
      ['other-false-documents', 'Fake documents or a fake name'],
    ]),
    ...group('5.2', 'Domestic servitude and labour exploitation', [
      ['type-household-chores', 'Spends a lot of time on household chores', ['DOMESTIC_SERVITUDE']],
      [
        'type-catering-nails-care',
        'Works in catering, nail bars, childcare or cleaning',
        ['LABOUR', 'DOMESTIC_SERVITUDE'],
      ],
      ['type-daily-quota', 'Must earn a minimum amount every day; works in various places; begs', ['LABOUR']],
    ]),
    ...group('5.2', 'Sexual exploitation', [
      ['type-sti-pregnancy', 'Sexually transmitted infections, pregnancy, injuries of a sexual nature', SEX],
      ['type-older-partner', 'A significantly older partner, or underage marriage', SEX],
      ['type-brothels', 'Found in brothels or saunas', SEX],
    ]),
    ...group('5.2', 'Criminal exploitation and county lines', [
      ['type-gang-association', 'Associates with known or suspected gang members', CRIME],
      ['type-group-codes', 'Adopts a group’s codes: ways of talking, hand signs', CRIME],
      ['type-aggressive-views', 'Aggressive or intimidating views towards other groups of young people', CRIME],
      ['type-scared-areas', 'Scared to enter certain areas; worried by unknown youths nearby', CRIME],
      ['type-plugging', 'Physical discomfort, frequent or long toilet breaks (drugs carried internally)', CRIME],
    ]),
    ...group('5.3', 'At the port of entry', [
      ['abroad-no-documents', 'Entered illegally; no passport or identification, or false documents'],
      ['abroad-unknown-meeter', 'Cannot confirm the name and address of the person meeting them'],
      ['abroad-journey-arranged', 'Journey or visa arranged by someone other than themselves or family'],
      ['abroad-accompanying-adult', 'An accompanying adult insists on staying with them at all times'],
      ['abroad-afraid-authority', 'Withdrawn, refuses or seems afraid to talk to a person in authority'],
      ['abroad-prepared-story', 'A prepared story like other children’s'],
      ['abroad-no-accommodation-details', 'Unable or reluctant to give accommodation or personal details'],
    ]),
    ...group('5.3', 'Trafficked from abroad: other', [
      ['abroad-moved-from-abroad', 'Brought or moved from another country'],
      ['abroad-limited-english', 'Limited English or knowledge of where they live'],
      ['abroad-false-id', 'False documentation, no passport or identity documents'],
      ['abroad-no-permission', 'No evidence of parental permission to travel or stay with the adult'],
      ['abroad-no-relationship', 'Little or no evidence of a relationship with the accompanying adult'],
      ['abroad-no-gp', 'Not registered with a GP'],
      ['abroad-no-school', 'Not enrolled in a UK school'],
    ]),
  ],
};

export const CURRENT_INDICATORS = indicatorCatalogueV1;
export const indicatorCatalogues: ReadonlyArray<IndicatorCatalogue> = [indicatorCatalogueV1];

export function getIndicatorCatalogue(version: number): IndicatorCatalogue | undefined {
  return indicatorCatalogues.find((c) => c.version === version);
}

export interface TypeSuggestion {
  suggested: IndicatedExploitationType[];
  /** Suggested by the indicators but not recorded on the case. */
  notRecorded: IndicatedExploitationType[];
  /** Recorded on the case but suggested by no recorded indicator. */
  notIndicated: string[];
}

/**
 * The exploitation types the recorded indicators suggest, compared with the case's own. A child's
 * sexual or criminal exploitation counts as matching the adult type and the reverse.
 */
export function suggestExploitationTypes(
  catalogue: IndicatorCatalogue,
  indicatorIds: ReadonlyArray<string>,
  recorded: ReadonlyArray<string>,
): TypeSuggestion {
  const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const suggested = [...new Set(indicatorIds.flatMap((id) => byId.get(id)?.suggests ?? []))].sort();
  const family = (t: string) =>
    t === 'CHILD_SEXUAL_EXPLOITATION' ? 'SEXUAL' : t === 'CHILD_CRIMINAL_EXPLOITATION' ? 'CRIMINAL' : t;
  const recordedFamilies = new Set(recorded.map(family));
  const suggestedFamilies = new Set(suggested.map(family));
  return {
    suggested,
    notRecorded: suggested.filter((t) => !recordedFamilies.has(family(t))),
    notIndicated: recorded.filter((t) => suggested.length > 0 && !suggestedFamilies.has(family(t))),
  };
}
