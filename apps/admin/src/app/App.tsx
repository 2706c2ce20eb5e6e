/**
 * The admin's shell: GOV.UK page furniture, sign-in, and the page for the current address.
 * Nobody signed in: the sign-in page, whatever the address (it stays, so signing in lands
 * where the person was going). The urql client is made anew after sign-in and sign-out, so
 * nothing one person loaded is ever shown to the next.
 */
import { ViewerDocument } from '@waymark/sdk';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Provider, useQuery } from 'urql';
import { Footer, GenericHeader, PhaseBanner, ServiceNavigation, SkipLink } from '../components/govuk/layout.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { ApiErrorSummary, isUnreachable } from './ApiErrorSummary.tsx';
import { ApiStarting } from './ApiStarting.tsx';
import { matchRoute, navigationFor } from './routes.tsx';
import { createAdminClient } from './client.ts';
import { navigate, useLocation } from './router.tsx';
import { SignedInBar } from './SignedInBar.tsx';
import { SignInPage } from './SignInPage.tsx';
import { AcceptInvitationPage } from '../pages/AcceptInvitationPage.tsx';
import { usePageTitle } from './usePageTitle.ts';
import { ViewerContext } from './viewer.ts';

const HOME = '/my-work';

export interface AppProps {
  /** Tests pass a fake fetch; the browser's is used otherwise. */
  fetch?: typeof fetch;
}

export function App({ fetch }: AppProps) {
  // Bumped on sign-in and sign-out: a new client drops every cached and in-flight answer.
  const [generation, setGeneration] = useState(0);
  const client = useMemo(() => createAdminClient(fetch), [fetch, generation]);
  const { pathname } = useLocation();

  useEffect(() => {
    if (pathname === '/') navigate(HOME, { replace: true });
  }, [pathname]);
  if (pathname === '/') return null;

  return (
    <Provider value={client}>
      <Shell key={generation} onSessionChange={() => setGeneration((n) => n + 1)} />
    </Provider>
  );
}

function Shell({ onSessionChange }: { onSessionChange(): void }) {
  const [{ data, error, fetching }, recheck] = useQuery({ query: ViewerDocument });
  const viewer = data?.viewer ?? null;
  const { pathname, search } = useLocation();
  const matched = matchRoute(pathname);

  // After an in-app navigation, start screen readers and keyboards at the new content, as a
  // full page load would (not on the first render: the skip link comes first then).
  const main = useRef<HTMLElement>(null);
  const address = pathname + search.toString();
  const firstAddress = useRef(address);
  useEffect(() => {
    if (address !== firstAddress.current) main.current?.focus({ preventScroll: true });
  }, [address]);

  let content;
  if (fetching && !data && !error) content = <Checking />;
  else if (error && isUnreachable(error))
    content = <ApiStarting onRetry={() => recheck({ requestPolicy: 'network-only' })} />;
  else if (error) content = <CannotCheck error={error} />;
  // An invitation is accepted signed out (whoever is signed in on this browser is not the invitee).
  else if (pathname === '/invitation') content = <AcceptInvitationPage />;
  else if (!viewer) content = <SignInPage onSignedIn={onSessionChange} />;
  else if (!matched) content = <NotFoundPage />;
  else
    content = (
      <ViewerContext.Provider value={viewer}>
        <matched.Page key={pathname} params={matched.params} />
      </ViewerContext.Provider>
    );

  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <GenericHeader serviceName="Waymark" href={HOME} />
        {viewer && <ServiceNavigation items={navigationFor(viewer.roles, pathname)} />}
        {/* Inside the header landmark, so no content sits outside a landmark (axe "region"). */}
        <PhaseBanner phase="Alpha">This is a new service.</PhaseBanner>
      </header>
      <div className="govuk-width-container">
        {viewer && <SignedInBar viewer={viewer} onSignedOut={onSessionChange} />}
        {/* tabIndex -1: the skip link and in-app navigation move focus here; the class hides the outline GOV.UK's skip link JS would also hide. */}
        <main className="govuk-main-wrapper govuk-skip-link-focused-element" id="main-content" tabIndex={-1} ref={main}>
          {content}
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer>Waymark: referral pathways for modern slavery partnerships.</Footer>
      </footer>
    </>
  );
}

function Checking() {
  usePageTitle('Waymark');
  return <p className="govuk-body">Checking whether you are signed in…</p>;
}

function CannotCheck({ error }: { error: Parameters<typeof ApiErrorSummary>[0]['error'] }) {
  usePageTitle('Waymark');
  return <ApiErrorSummary error={error} />;
}
