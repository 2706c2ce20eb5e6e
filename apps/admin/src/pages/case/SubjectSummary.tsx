import type { CaseAgeGroup } from '@waymark/sdk';
import { genderLabels } from '../../app/format.ts';
import { InsetText } from '../../components/govuk/content.tsx';
import { SummaryList } from '../../components/govuk/more.tsx';
import type { CaseView } from './CasePage.tsx';

const ageGroups: Record<CaseAgeGroup, string> = { ADULT: 'Adult', CHILD: 'Child', UNKNOWN: 'Not known' };
const WITHHELD = 'Withheld';
const notRecorded = 'Not recorded';

/**
 * The person the case is about. Identifying fields read null for a viewer without need to know
 * (`redacted`): shown as "Withheld", never as "Not recorded", so nobody mistakes one for the other.
 */
export function SubjectSummary({ subject, ageGroup }: { subject: CaseView['subject']; ageGroup: CaseAgeGroup }) {
  const identifying = (value: string | null | undefined) =>
    subject.redacted ? WITHHELD : value && value.trim() ? value : notRecorded;
  const name = [subject.givenName, subject.familyName].filter(Boolean).join(' ');
  const age =
    subject.estimatedAge != null
      ? `About ${subject.estimatedAge}${subject.ageUncertain ? ' (uncertain)' : ''}`
      : notRecorded;
  return (
    <>
      {subject.redacted && (
        <InsetText>
          You do not need to know who this person is, so their name, aliases and date of birth are withheld.
        </InsetText>
      )}
      <SummaryList
        rows={[
          { key: 'Name', value: identifying(name) },
          { key: 'Aliases', value: identifying(subject.aliases?.join(', ')) },
          { key: 'Date of birth', value: identifying(subject.dateOfBirth) },
          { key: 'Age', value: age },
          { key: 'Age group', value: ageGroups[ageGroup] },
          { key: 'Gender', value: subject.gender ? genderLabels[subject.gender] : notRecorded },
          { key: 'Nationality', value: subject.nationality ?? notRecorded },
          {
            key: 'Languages',
            value: `${subject.languages.join(', ') || notRecorded}${subject.interpreterNeeded ? ' (needs an interpreter)' : ''}`,
          },
        ]}
      />
    </>
  );
}
