// The person's gender as a pathway fact, for the few rules a document ties to it (002 Housing
// chart: the WMASN safehouse takes male adults). It comes from what the person said, recorded on
// the case's subject (caseOpen / caseUpdateSubject), never from a name; "not known" and "prefer not
// to say" are answers, so a rule that needs a particular gender refuses them, naming the fact,
// rather than guessing.
import type { FactDefinition } from './schema';

export const GENDER_VALUES = ['female', 'male', 'nonBinary', 'other', 'notKnown', 'preferNotToSay'] as const;
export type GenderValue = (typeof GENDER_VALUES)[number];

export const GENDER_FACT: FactDefinition = {
  name: 'gender',
  label: "The person's gender, as they gave it (recorded on the case's subject)",
  type: 'enum',
  values: [...GENDER_VALUES],
};
