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
import { CasesPage } from '../pages/CasesPage.tsx';
import { FiguresPage } from '../pages/FiguresPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { OrganisationsPage } from '../pages/OrganisationsPage.tsx';
import { ApiErrorSummary } from './ApiErrorSummary.tsx';
import { ServicesPage } from '../pages/ServicesPage.tsx';
import { SupportOptionsPage } from '../pages/SupportOptionsPage.tsx';
import { createAdminClient } from './client.ts';
import { navigate, useLocation } from './router.tsx';
import { SignedInBar } from './SignedInBar.tsx';
import { SignInPage } from './SignInPage.tsx';
import { usePageTitle } from './usePageTitle.ts';

const pages = [
  { path: '/cases', text: 'Cases', Page: CasesPage },
  { path: '/organisations', text: 'Organisations', Page: OrganisationsPage },
  { path: '/services', text: 'Support services', Page: ServicesPage },
  { path: '/support', text: 'Find support', Page: SupportOptionsPage },
  { path: '/figures', text: 'Figures', Page: FiguresPage },
] as const;

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
    if (pathname === '/') navigate(pages[0].path, { replace: true });
  }, [pathname]);
  if (pathname === '/') return null;

  return (
    <Provider value={client}>
      <Shell key={generation} onSessionChange={() => setGeneration((n) => n + 1)} />
    </Provider>
  );
}

function Shell({ onSessionChange }: { onSessionChange(): void }) {
  const [{ data, error, fetching }] = useQuery({ query: ViewerDocument });
  const viewer = data?.viewer ?? null;
  const { pathname, search } = useLocation();
  const route = pages.find((page) => page.path === pathname.replace(/\/+$/, ''));
  const Page = route?.Page ?? NotFoundPage;

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
  else if (error) content = <CannotCheck error={error} />;
  else if (!viewer) content = <SignInPage onSignedIn={onSessionChange} />;
  else content = <Page />;

  return (
    <>
      <SkipLink />
      <header className="govuk-template__header">
        <GenericHeader serviceName="Waymark" href={pages[0].path} />
        {viewer && (
          <ServiceNavigation
            items={pages.map((page) => ({ href: page.path, text: page.text, active: page === route }))}
          />
        )}
      </header>
      <PhaseBanner phase="Alpha">This is a new service.</PhaseBanner>
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
