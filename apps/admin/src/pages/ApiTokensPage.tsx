/**
 * The organisation's integrations and their API tokens (organisation admins and platform
 * admins): add an integration with the roles it acts with (`integrationCreate`), create a token
 * for one (`apiTokenCreate`: its secret is shown here once, held only in this page's memory, and
 * can never be read again), list the tokens with their status, and revoke one (`apiTokenRevoke`).
 */
import {
  ApiTokenCreateDocument,
  ApiTokenRevokeDocument,
  IntegrationCreateDocument,
  IntegrationsDocument,
  type ApiTokenScope,
  type ApiTokenStatus,
  type IntegrationFieldsFragment,
  type Role,
} from '@waymark/sdk';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ApiErrorSummary, describeApiError } from '../app/ApiErrorSummary.tsx';
import { count, formatDateTime, roleLabels } from '../app/format.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { InsetText, Table, Tag, type TagColour } from '../components/govuk/content.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';
import { Button, Checkboxes, Select, TextInput } from '../components/govuk/forms.tsx';
import { SuccessBanner } from '../components/govuk/more.tsx';

type Token = IntegrationFieldsFragment['apiTokens'][number] & { integrationName: string };
const formId = 'token';
const integrationFormId = 'integration';
/** What an integration may act as; an organisation admin's role is never an integration's. */
const INTEGRATION_ROLES: Role[] = ['LEAD', 'CASEWORKER', 'PARTNER_WORKER'];
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
  usePageTitle('Integrations and API tokens');
  const [{ data, error }, reload] = useQuery({ query: IntegrationsDocument, variables: { first: 100 } });
  const [, create] = useMutation(ApiTokenCreateDocument);
  const [, revoke] = useMutation(ApiTokenRevokeDocument);
  const [, createIntegration] = useMutation(IntegrationCreateDocument);
  const [draft, setDraft] = useState({ name: '', integrationId: '', days: '90' });
  const [integrationDraft, setIntegrationDraft] = useState<{ name: string; roles: Role[] }>({ name: '', roles: [] });
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
    if (!draft.integrationId) found.integrationId = 'Select the integration the token is for';
    if (scopes.length === 0) found['scope-READ'] = 'Select what the token may do';
    setErrors(found);
    setProblems(Object.entries(found).map(([field, text]) => ({ text, href: `#${formId}-${field}` })));
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await create({
      input: {
        name: draft.name.trim(),
        integrationId: draft.integrationId,
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
      setDraft({ name: '', integrationId: '', days: '90' });
      reload({ requestPolicy: 'network-only' });
    } else if (answer.__typename === 'ValidationError' && answer.fieldErrors.length > 0) {
      setProblems(answer.fieldErrors.map((e) => ({ text: e.message, href: `#${formId}-${e.field}` })));
    } else {
      setProblems([{ text: answer.message }]);
    }
  }

  async function addIntegration(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    setSaved(null);
    const found: Record<string, string> = {};
    if (!integrationDraft.name.trim()) found['integration-name'] = 'Enter the name of the integration';
    if (integrationDraft.roles.length === 0) found['integration-role-LEAD'] = 'Select what the integration acts as';
    setErrors(found);
    setProblems(Object.entries(found).map(([field, text]) => ({ text, href: `#${field}` })));
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await createIntegration({
      input: { name: integrationDraft.name.trim(), roles: integrationDraft.roles },
    });
    setBusy(false);
    const answer = result.data?.integrationCreate;
    if (result.error || !answer) {
      setProblems([result.error ? describeApiError(result.error) : { text: 'Something went wrong. Try again.' }]);
    } else if (answer.__typename === 'IntegrationCreatePayload') {
      setSaved(`${answer.integration.name} added: create a token for it below.`);
      setIntegrationDraft({ name: '', roles: [] });
      setDraft((d) => ({ ...d, integrationId: answer.integration.id }));
      reload({ requestPolicy: 'network-only' });
    } else if (answer.__typename === 'ValidationError' && answer.fieldErrors.length > 0) {
      setProblems(answer.fieldErrors.map((e) => ({ text: e.message, href: `#${integrationFormId}-${e.field}` })));
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

  const integrations = data?.integrations.edges.map((edge) => edge.node) ?? [];
  const tokens: Token[] = integrations.flatMap((integration) =>
    integration.apiTokens.map((token) => ({ ...token, integrationName: integration.name })),
  );
  return (
    <>
      {created && <NewToken key={created.token} name={created.name} token={created.token} />}
      {saved && <SuccessBanner>{saved}</SuccessBanner>}
      {problems.length > 0 && <ErrorSummary key={problems.map((p) => p.text).join()} errors={problems} />}
      <h1 className="govuk-heading-l">Integrations and API tokens</h1>
      <p className="govuk-body">
        An integration is a system of your organisation that uses the Waymark API, such as a case portal. Its tokens act
        as the integration, with the roles you give it, never as a person; what it does is recorded with its name and
        who created the token. Send a token as <code>Authorization: Bearer</code> followed by the token.
      </p>
      {error && <ApiErrorSummary error={error} />}

      <h2 className="govuk-heading-m">Add an integration</h2>
      <form noValidate onSubmit={addIntegration}>
        <TextInput
          id={`${integrationFormId}-name`}
          name="integrationName"
          label="Name"
          hint="For example, Housing portal"
          error={errors['integration-name']}
          value={integrationDraft.name}
          onChange={(name) => setIntegrationDraft((d) => ({ ...d, name }))}
        />
        <Checkboxes
          name="integrationRoles"
          legend="What it acts as"
          small
          items={INTEGRATION_ROLES.map((role) => ({
            id: `${integrationFormId}-role-${role}`,
            value: role,
            label: roleLabels[role],
            checked: integrationDraft.roles.includes(role),
            onChange: (on) =>
              setIntegrationDraft((d) => ({
                ...d,
                roles: on ? [...d.roles, role] : d.roles.filter((r) => r !== role),
              })),
          }))}
        />
        <Button disabled={busy}>Add integration</Button>
      </form>

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
        <Select
          id={`${formId}-integrationId`}
          name="integrationId"
          label="Integration"
          error={errors.integrationId}
          value={draft.integrationId}
          onChange={set('integrationId')}
          options={[
            { value: '', text: 'Select an integration' },
            ...integrations.map((i) => ({
              value: i.id,
              text: `${i.name} (${i.roles.map((r) => roleLabels[r]).join(', ')})`,
            })),
          ]}
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
          caption={count(tokens.length, 'token')}
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
            { header: 'Integration', cell: (token) => token.integrationName },
            { header: 'Created by', cell: (token) => token.createdBy?.displayName ?? 'An operator' },
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
