/**
 * The admin's shell: GOV.UK page furniture, the development identity, and the page for the
 * current address. The urql client is made per identity, so switching person drops every
 * in-flight query and asks again as the new person.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Provider } from 'urql';
import { Footer, GenericHeader, PhaseBanner, ServiceNavigation, SkipLink } from '../components/govuk/layout.tsx';
import { CasesPage } from '../pages/CasesPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { OrganisationsPage } from '../pages/OrganisationsPage.tsx';
import { ServicesPage } from '../pages/ServicesPage.tsx';
import { SupportOptionsPage } from '../pages/SupportOptionsPage.tsx';
import { createAdminClient } from './client.ts';
import { loadIdentity, saveIdentity } from './identity.ts';
import { IdentityPanel } from './IdentityPanel.tsx';
import { navigate, useLocation } from './router.tsx';

const pages = [
  { path: '/cases', text: 'Cases', Page: CasesPage },
  { path: '/organisations', text: 'Organisations', Page: OrganisationsPage },
  { path: '/services', text: 'Support services', Page: ServicesPage },
  { path: '/support', text: 'Find support', Page: SupportOptionsPage },
] as const;

export interface AppProps {
  /** Tests pass a fake fetch; the browser's is used otherwise. */
  fetch?: typeof fetch;
}

export function App({ fetch }: AppProps) {
  const [email, setEmail] = useState(loadIdentity);
  const client = useMemo(() => createAdminClient(email, fetch), [email, fetch]);
  const { pathname, search } = useLocation();
  const route = pages.find((page) => page.path === pathname.replace(/\/+$/, ''));
  const Page = route?.Page ?? NotFoundPage;

  useEffect(() => {
    if (pathname === '/') navigate(pages[0].path, { replace: true });
  }, [pathname]);

  // After an in-app navigation, start screen readers and keyboards at the new content, as a
  // full page load would (not on the first render: the skip link comes first then).
  const main = useRef<HTMLElement>(null);
  const address = pathname + search.toString();
  const firstAddress = useRef(address);
  useEffect(() => {
    if (address !== firstAddress.current) main.current?.focus({ preventScroll: true });
  }, [address]);

  function changeIdentity(next: string) {
    saveIdentity(next);
    setEmail(next);
  }

  if (pathname === '/') return null;

  return (
    <Provider value={client}>
      <SkipLink />
      <header className="govuk-template__header">
        <GenericHeader serviceName="Waymark" href={pages[0].path} />
        <ServiceNavigation items={pages.map((page) => ({ href: page.path, text: page.text, active: page === route }))} />
      </header>
      <PhaseBanner phase="Alpha">This is a new service. Sign-in is a development stand-in until real accounts exist.</PhaseBanner>
      <div className="govuk-width-container">
        <IdentityPanel email={email} onChange={changeIdentity} />
        {/* tabIndex -1: the skip link and in-app navigation move focus here; the class hides the outline GOV.UK's skip link JS would also hide. */}
        <main className="govuk-main-wrapper govuk-skip-link-focused-element" id="main-content" tabIndex={-1} ref={main}>
          <Page />
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer>Waymark: referral pathways for modern slavery partnerships.</Footer>
      </footer>
    </Provider>
  );
}
