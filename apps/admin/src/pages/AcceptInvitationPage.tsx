/**
 * Accepting an invitation, signed out: the link's secret is in the address's fragment (never
 * sent to a server, never in a log); the invitee chooses a name and a password, then signs in.
 * An expired, used or withdrawn link says so and nothing else.
 */
import { InvitationAcceptDocument } from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeApiError } from '../app/ApiErrorSummary.tsx';
import { usePageTitle } from '../app/usePageTitle.ts';
import { ErrorSummary, type ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';
import { Button, TextInput } from '../components/govuk/forms.tsx';

const formId = 'accept';

export function AcceptInvitationPage() {
  usePageTitle('Accept your invitation');
  const [, accept] = useMutation(InvitationAcceptDocument);
  const [secret] = useState(() => decodeURIComponent(window.location.hash.slice(1)));
  const [draft, setDraft] = useState({ displayName: '', password: '', confirm: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!draft.displayName.trim()) found.displayName = 'Enter your name';
    if (draft.password.length < 12) found.password = 'Enter a password of at least 12 characters';
    else if (draft.confirm !== draft.password) found.confirm = 'Enter the same password again';
    setErrors(found);
    setProblems(Object.entries(found).map(([field, text]) => ({ text, href: `#${formId}-${field}` })));
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await accept({
      input: { token: secret, displayName: draft.displayName.trim(), password: draft.password },
    });
    setBusy(false);
    const answer = result.data?.invitationAccept;
    if (result.error || !answer) {
      setProblems([result.error ? describeApiError(result.error) : { text: 'Something went wrong. Try again.' }]);
    } else if (answer.__typename === 'InvitationAcceptPayload') {
      // The secret has done its work: take it out of the address and the history.
      window.history.replaceState(null, '', window.location.pathname);
      setDone(true);
    } else if (answer.__typename === 'ValidationError' && answer.fieldErrors.length > 0) {
      setProblems(answer.fieldErrors.map((e) => ({ text: e.message, href: `#${formId}-${e.field}` })));
    } else {
      setProblems([{ text: answer.message }]);
    }
  }

  if (done)
    return (
      <>
        <h1 className="govuk-heading-l">You have joined Waymark</h1>
        <p className="govuk-body">
          <a className="govuk-link" href="/">
            Sign in
          </a>{' '}
          with your email address and the password you chose.
        </p>
      </>
    );
  if (!secret)
    return (
      <>
        <h1 className="govuk-heading-l">This link is not complete</h1>
        <p className="govuk-body">
          Open the link from your invitation email again, or copy all of it into your browser.
        </p>
      </>
    );
  return (
    <>
      {problems.length > 0 && <ErrorSummary key={problems.map((p) => p.text).join()} errors={problems} />}
      <h1 className="govuk-heading-l">Accept your invitation</h1>
      <form noValidate onSubmit={submit}>
        <TextInput
          id={`${formId}-displayName`}
          name="displayName"
          label="Your name"
          hint="As colleagues will see it"
          autoComplete="name"
          error={errors.displayName}
          value={draft.displayName}
          onChange={set('displayName')}
        />
        <TextInput
          id={`${formId}-password`}
          name="password"
          type="password"
          label="Choose a password"
          hint="At least 12 characters"
          autoComplete="new-password"
          error={errors.password}
          value={draft.password}
          onChange={set('password')}
        />
        <TextInput
          id={`${formId}-confirm`}
          name="confirm"
          type="password"
          label="Enter the password again"
          autoComplete="new-password"
          error={errors.confirm}
          value={draft.confirm}
          onChange={set('confirm')}
        />
        <Button disabled={busy}>Accept and set password</Button>
      </form>
    </>
  );
}
