/**
 * "Signed in as": picks the development identity (see identity.ts) and shows who the API
 * says that is. A form with a button rather than acting on change, so moving through the
 * options with a keyboard does not reload the page under the user (WCAG 3.2.2).
 */
import { toWaymarkError, ViewerDocument } from '@waymark/sdk';
import { useEffect, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { Button, Select } from '../components/govuk/forms.tsx';
import { identityChoices } from './identity.ts';
import { roleLabels } from './format.ts';

export const IDENTITY_SELECT_ID = 'identity-email';

export function IdentityPanel({ email, onChange }: { email: string; onChange(email: string): void }) {
  const [choice, setChoice] = useState(email);
  useEffect(() => setChoice(email), [email]);
  const [{ data, error, fetching }] = useQuery({ query: ViewerDocument });
  const viewer = data?.viewer;

  let who: ReactNode;
  if (fetching && !data) who = 'Checking who you are signed in as…';
  else if (error) who = toWaymarkError(error).kind === 'unauthenticated' ? 'Waymark does not recognise this identity.' : 'Waymark cannot check who you are signed in as.';
  else if (!viewer) who = 'You are not signed in.';
  else
    who = (
      <>
        <strong>{viewer.person.displayName}</strong>
        <br />
        {viewer.organisation.name}
        {viewer.organisation.isFirstResponder && ' (First Responder)'}
        <br />
        {viewer.roles.map((role) => roleLabels[role]).join(', ')}
      </>
    );

  return (
    <section className="app-identity" aria-labelledby="identity-heading">
      <h2 className="govuk-visually-hidden" id="identity-heading">
        Who you are signed in as
      </h2>
      <div className="govuk-grid-row">
        <form
          className="govuk-grid-column-two-thirds"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onChange(choice);
          }}
        >
          <div className="app-identity__controls">
            <Select
              id={IDENTITY_SELECT_ID}
              name="email"
              label="Signed in as"
              hint="Development sign-in: choose one of the demo people."
              options={identityChoices}
              value={choice}
              onChange={setChoice}
              formGroupClassName="govuk-!-margin-bottom-0"
            />
            <Button variant="secondary" className="govuk-!-margin-bottom-0">
              Change<span className="govuk-visually-hidden"> who you are signed in as</span>
            </Button>
          </div>
        </form>
        <div className="govuk-grid-column-one-third">
          <p className="govuk-body-s govuk-!-margin-bottom-0" aria-live="polite">
            {who}
          </p>
        </div>
      </div>
    </section>
  );
}
