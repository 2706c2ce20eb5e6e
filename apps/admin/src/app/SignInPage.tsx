/**
 * GOV.UK sign-in: email address and password, errors in an error summary and beside each
 * field. A wrong email and a wrong password get the same message, as the API gives.
 */
import { SignInDocument, toWaymarkError } from '@waymark/sdk';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ErrorSummary, type ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';
import { Button, TextInput } from '../components/govuk/forms.tsx';
import { usePageTitle } from './usePageTitle.ts';

export const SIGN_IN_EMAIL_ID = 'sign-in-email';
const PASSWORD_ID = 'sign-in-password';

interface FieldErrors {
  email?: string;
  password?: string;
}

export function SignInPage({ onSignedIn }: { onSignedIn(): void }) {
  usePageTitle('Sign in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ErrorSummaryItem | null>(null);
  const [{ fetching }, signIn] = useMutation(SignInDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = 'Enter your email address';
    if (!password) errors.password = 'Enter your password';
    setFieldErrors(errors);
    setProblem(null);
    if (errors.email || errors.password) return;
    const result = await signIn({ input: { email: email.trim(), password } });
    if (result.data?.signIn) {
      setPassword('');
      onSignedIn();
      return;
    }
    const kind = result.error ? toWaymarkError(result.error).kind : 'unknown';
    if (kind === 'unauthenticated') {
      setFieldErrors({ email: 'Enter the email address and password for your Waymark account' });
      setProblem({ text: 'The email address or password is not right', href: `#${SIGN_IN_EMAIL_ID}` });
    } else if (kind === 'rate_limited') {
      setProblem({ text: 'Too many attempts to sign in. Wait 15 minutes, then try again.' });
    } else {
      setProblem({ text: 'Waymark cannot sign you in at the moment. Try again later.' });
    }
  }

  const summary: ErrorSummaryItem[] = [
    ...(fieldErrors.email && !problem ? [{ text: fieldErrors.email, href: `#${SIGN_IN_EMAIL_ID}` }] : []),
    ...(fieldErrors.password ? [{ text: fieldErrors.password, href: `#${PASSWORD_ID}` }] : []),
    ...(problem ? [problem] : []),
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {summary.length > 0 && (
          <ErrorSummary key={JSON.stringify(summary.map((item) => item.href ?? ''))} errors={summary} />
        )}
        <h1 className="govuk-heading-l">Sign in to Waymark</h1>
        <form noValidate onSubmit={submit}>
          <TextInput
            id={SIGN_IN_EMAIL_ID}
            name="email"
            type="email"
            label="Email address"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={fieldErrors.email}
          />
          <TextInput
            id={PASSWORD_ID}
            name="password"
            type="password"
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={fieldErrors.password}
          />
          <Button disabled={fetching}>Sign in</Button>
        </form>
      </div>
    </div>
  );
}
