/**
 * API tokens for integrations (platform admins): create one (`apiTokenCreate`: its secret is
 * shown here once, held only in this page's memory, and can never be read again), list them
 * all with their status, and revoke one (`apiTokenRevoke`).
 */
import {
  ApiTokenCreateDocument,
  ApiTokenRevokeDocument,
  ApiTokensDocument,
  type ApiTokenScope,
  type ApiTokensQuery,
  type ApiTokenStatus,
} from '@waymark/sdk';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorSummary, describeApiError } from '../app/ApiErrorSummary.tsx';
import { count, formatDateTime } from '../app/format.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { InsetText, Table, Tag, type TagColour } from '../components/govuk/content.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';
import { Button, Checkboxes, Select, TextInput } from '../components/govuk/forms.tsx';
import { SuccessBanner } from '../components/govuk/more.tsx';

type Token = ApiTokensQuery['apiTokens']['edges'][number]['node'];
const formId = 'token';
const DAY = 86_400_000;

const statusTags: Record<ApiTokenStatus, { text: string; colour?: TagColour }> = {
  ACTIVE: { text: 'Active', colour: 'green' },
  EXPIRED: { text: 'Expired', colour: 'grey' },
  REVOKED: { text: 'Revoked', colour: 'red' },
};

const scopeLabels: Record<ApiTokenScope, string> = {
  READ: 'Read: run queries',
  WRITE: 'Write: run mutations',
};

export function ApiTokensPage() {
  usePageTitle('API tokens');
  const [{ data, error }, reload] = useQuery({ query: ApiTokensDocument, variables: { first: 100 } });
  const [, create] = useMutation(ApiTokenCreateDocument);
  const [, revoke] = useMutation(ApiTokenRevokeDocument);
  const [draft, setDraft] = useState({ name: '', personEmail: '', days: '90' });
  const [scopes, setScopes] = useState<ApiTokenScope[]>(['READ']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    setSaved(null);
    const found: Record<string, string> = {};
    if (!draft.name.trim()) found.name = 'Enter what the token is for';
    if (!draft.personEmail.trim()) found.personEmail = 'Enter the email address of the person the token acts as';
    if (scopes.length === 0) found['scope-READ'] = 'Select what the token may do';
    setErrors(found);
    setProblems(Object.entries(found).map(([field, text]) => ({ text, href: `#${formId}-${field}` })));
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await create({
      input: {
        name: draft.name.trim(),
        personEmail: draft.personEmail.trim(),
        scopes,
        expiresAt: new Date(Date.now() + Number(draft.days) * DAY).toISOString(),
      },
    });
    setBusy(false);
    const answer = result.data?.apiTokenCreate;
    if (result.error || !answer) {
      setProblems([result.error ? describeApiError(result.error) : { text: 'Something went wrong. Try again.' }]);
    } else if (answer.__typename === 'ApiTokenCreatePayload') {
      setCreated({ name: answer.apiToken.name, token: answer.token });
      setDraft({ name: '', personEmail: '', days: '90' });
      reload({ requestPolicy: 'network-only' });
    } else if (answer.__typename === 'ValidationError' && answer.fieldErrors.length > 0) {
      setProblems(answer.fieldErrors.map((e) => ({ text: e.message, href: `#${formId}-${e.field}` })));
    } else {
      setProblems([{ text: answer.message }]);
    }
  }

  async function revokeToken(token: Token) {
    setCreated(null);
    setSaved(null);
    setProblems([]);
    const result = await revoke({ id: token.id });
    const answer = result.data?.apiTokenRevoke;
    if (result.error || !answer) {
      setProblems([result.error ? describeApiError(result.error) : { text: 'Something went wrong. Try again.' }]);
    } else if (answer.__typename === 'ApiTokenRevokePayload') {
      setSaved(`${token.name} revoked: it no longer works.`);
      reload({ requestPolicy: 'network-only' });
    } else {
      setProblems([{ text: answer.message }]);
    }
  }

  const tokens = data?.apiTokens.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      {created && <NewToken key={created.token} name={created.name} token={created.token} />}
      {saved && <SuccessBanner>{saved}</SuccessBanner>}
      {problems.length > 0 && <ErrorSummary key={problems.map((p) => p.text).join()} errors={problems} />}
      <h1 className="govuk-heading-l">API tokens</h1>
      <p className="govuk-body">
        A token lets an integration use the Waymark API as one person, with that person’s access. Send it as{' '}
        <code>Authorization: Bearer</code> followed by the token.
      </p>
      {error && <ApiErrorSummary error={error} />}

      <h2 className="govuk-heading-m">Create a token</h2>
      <form noValidate onSubmit={submit}>
        <TextInput
          id={`${formId}-name`}
          name="name"
          label="What it is for"
          hint="For example, Housing portal integration"
          error={errors.name}
          value={draft.name}
          onChange={set('name')}
        />
        <TextInput
          id={`${formId}-personEmail`}
          name="personEmail"
          type="email"
          label="Email address of the person it acts as"
          spellCheck={false}
          error={errors.personEmail}
          value={draft.personEmail}
          onChange={set('personEmail')}
        />
        <Checkboxes
          name="scopes"
          legend="What it may do"
          small
          items={(Object.entries(scopeLabels) as Array<[ApiTokenScope, string]>).map(([scope, label]) => ({
            id: `${formId}-scope-${scope}`,
            value: scope,
            label,
            checked: scopes.includes(scope),
            onChange: (on) => setScopes((s) => (on ? [...s, scope] : s.filter((x) => x !== scope))),
          }))}
        />
        <Select
          id={`${formId}-days`}
          name="days"
          label="Expires after"
          value={draft.days}
          onChange={set('days')}
          options={[
            { value: '30', text: '30 days' },
            { value: '90', text: '90 days' },
            { value: '180', text: '180 days' },
            { value: '365', text: 'A year' },
          ]}
        />
        <Button disabled={busy}>Create token</Button>
      </form>

      {data && tokens.length === 0 && <InsetText>There are no API tokens.</InsetText>}
      {tokens.length > 0 && (
        <Table<Token>
          caption={count(data!.apiTokens.totalCount, 'token')}
          rows={tokens}
          rowKey={(token) => token.id}
          columns={[
            {
              header: 'Token',
              cell: (token) => (
                <>
                  {token.name}
                  <div className="govuk-body-s govuk-!-margin-0">Starts {token.prefix}</div>
                </>
              ),
            },
            {
              header: 'Acts as',
              cell: (token) => `${token.person.displayName}, ${token.organisation.name}`,
            },
            { header: 'May', cell: (token) => token.scopes.map((s) => s.toLowerCase()).join(', ') },
            {
              header: 'Status',
              cell: (token) => <Tag colour={statusTags[token.status].colour}>{statusTags[token.status].text}</Tag>,
            },
            {
              header: 'Dates',
              cell: (token) => (
                <ul className="govuk-list govuk-!-margin-0">
                  <li>Created {formatDateTime(token.createdAt)}</li>
                  <li>
                    {token.revokedAt
                      ? `Revoked ${formatDateTime(token.revokedAt)}`
                      : `Expires ${formatDateTime(token.expiresAt)}`}
                  </li>
                  <li>{token.lastUsedAt ? `Last used ${formatDateTime(token.lastUsedAt)}` : 'Never used'}</li>
                </ul>
              ),
            },
            {
              header: <span className="govuk-visually-hidden">Actions</span>,
              cell: (token) =>
                token.status === 'ACTIVE' ? (
                  <Button
                    type="button"
                    variant="warning"
                    className="govuk-!-margin-0"
                    onClick={() => void revokeToken(token)}
                  >
                    Revoke<span className="govuk-visually-hidden"> {token.name}</span>
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
    </>
  );
}

/**
 * The new token, once. A region, not an alert, so a screen reader does not read the secret out
 * unasked; focus moves to it so keyboard users land on it.
 */
function NewToken({ name, token }: { name: string; token: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="region"
      aria-labelledby="new-token-title"
      tabIndex={-1}
      ref={ref}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="new-token-title">
          Token created
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">The token for {name}</p>
        <p className="govuk-body">Copy it now: it is shown only once and Waymark cannot show it again.</p>
        <p className="govuk-body">
          <code className="app-token" id="new-token">
            {token}
          </code>
        </p>
      </div>
    </div>
  );
}
