/**
 * Who is signed in (from the Viewer query) and a sign-out button. Sign-out is a form with a
 * POSTed mutation, never a link, so nothing can sign a person out by making them follow one.
 */
import { SignOutDocument, type ViewerQuery } from '@waymark/sdk';
import { useMutation } from 'urql';
import { Button } from '../components/govuk/forms.tsx';
import { roleLabels } from './format.ts';

export function SignedInBar({
  viewer,
  onSignedOut,
}: {
  viewer: NonNullable<ViewerQuery['viewer']>;
  onSignedOut(): void;
}) {
  const [{ fetching }, signOut] = useMutation(SignOutDocument);
  return (
    <section className="app-identity" aria-labelledby="identity-heading">
      <h2 className="govuk-visually-hidden" id="identity-heading">
        Who you are signed in as
      </h2>
      <div className="app-identity__controls">
        <p className="govuk-body-s govuk-!-margin-bottom-0">
          <strong>{viewer.person.displayName}</strong>
          <br />
          {viewer.organisation.name}
          {viewer.organisation.isFirstResponder && ' (First Responder)'}
          <br />
          {viewer.roles.map((role) => roleLabels[role]).join(', ')}
        </p>
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            await signOut({});
            onSignedOut();
          }}
        >
          <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={fetching}>
            Sign out
          </Button>
        </form>
      </div>
    </section>
  );
}
