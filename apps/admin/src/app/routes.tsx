/**
 * The admin's addresses and the page for each. `:name` segments become the page's params;
 * the first route that matches wins, so `/cases/new` comes before `/cases/:id`.
 */
import type { Role } from '@waymark/sdk';
import type { ComponentType } from 'react';
import type { NavigationItem } from '../components/govuk/layout.tsx';
import { ApiTokensPage } from '../pages/ApiTokensPage.tsx';
import { AreaSettingsPage } from '../pages/areas/AreaSettingsPage.tsx';
import { AreasPage } from '../pages/areas/AreasPage.tsx';
import { CasePage } from '../pages/case/CasePage.tsx';
import { CasesPage } from '../pages/CasesPage.tsx';
import { FiguresPage } from '../pages/FiguresPage.tsx';
import { ContactEditPage, ContactNewPage } from '../pages/directory/ContactFormPage.tsx';
import { ContactsPage } from '../pages/directory/ContactsPage.tsx';
import { ServiceEditPage, ServiceNewPage } from '../pages/directory/ServiceFormPage.tsx';
import { ServicePage } from '../pages/directory/ServicePage.tsx';
import { ServicesDueForReviewPage } from '../pages/directory/ServicesDueForReviewPage.tsx';
import { MyWorkPage } from '../pages/MyWorkPage.tsx';
import { OpenCasePage } from '../pages/OpenCasePage.tsx';
import { OrganisationsPage } from '../pages/OrganisationsPage.tsx';
import { PeoplePage } from '../pages/PeoplePage.tsx';
import { PathwayPage } from '../pages/pathways/PathwayPage.tsx';
import { PathwaysPage } from '../pages/pathways/PathwaysPage.tsx';
import { ReferralPackPage } from '../pages/referral/ReferralPackPage.tsx';
import { ReferralsPage } from '../pages/ReferralsPage.tsx';
import { ServicesPage } from '../pages/ServicesPage.tsx';
import { SupportOptionsPage } from '../pages/SupportOptionsPage.tsx';
import { TeamInvitationsPage } from '../pages/TeamInvitationsPage.tsx';
import { HandOversPage } from '../pages/HandOversPage.tsx';

export type Params = Record<string, string>;
type Page = ComponentType<{ params: Params }>;

const routes: Array<[pattern: string, Page]> = [
  ['/my-work', MyWorkPage],
  ['/cases', CasesPage],
  ['/cases/new', OpenCasePage],
  ['/cases/:id', CasePage as Page],
  ['/cases/:id/referral', ReferralPackPage as Page],
  ['/services', ServicesPage],
  ['/services/new', ServiceNewPage],
  ['/services/due-for-review', ServicesDueForReviewPage],
  ['/services/:id', ServicePage as Page],
  ['/services/:id/edit', ServiceEditPage as Page],
  ['/contacts', ContactsPage],
  ['/contacts/new', ContactNewPage],
  ['/contacts/:id/edit', ContactEditPage as Page],
  ['/organisations', OrganisationsPage],
  ['/support', SupportOptionsPage],
  ['/pathways', PathwaysPage],
  ['/pathways/:id/:version', PathwayPage as Page],
  ['/referrals', ReferralsPage],
  ['/team-invitations', TeamInvitationsPage],
  ['/hand-overs', HandOversPage],
  ['/figures', FiguresPage],
  ['/people', PeoplePage],
  ['/api-tokens', ApiTokensPage],
  ['/areas', AreasPage],
  ['/areas/:id', AreaSettingsPage as Page],
];

export function matchRoute(pathname: string): { Page: Page; params: Params } | null {
  const parts = pathname.replace(/\/+$/, '').split('/').slice(1);
  for (const [pattern, Page] of routes) {
    const wanted = pattern.split('/').slice(1);
    if (wanted.length !== parts.length) continue;
    const params: Params = {};
    const fits = wanted.every((segment, index) => {
      if (segment.startsWith(':')) {
        try {
          params[segment.slice(1)] = decodeURIComponent(parts[index]!);
        } catch {
          return false;
        }
        return parts[index] !== '';
      }
      return segment === parts[index];
    });
    if (fits) return { Page, params };
  }
  return null;
}

const navigation: Array<{ href: string; text: string; roles?: Role[] }> = [
  { href: '/my-work', text: 'My work', roles: ['LEAD', 'CASEWORKER'] },
  { href: '/cases', text: 'Cases', roles: ['LEAD', 'CASEWORKER', 'PLATFORM_ADMIN', 'AUDITOR', 'AREA_OVERSIGHT'] },
  { href: '/referrals', text: 'Referrals to us', roles: ['PARTNER_WORKER'] },
  { href: '/team-invitations', text: 'Team invitations', roles: ['LEAD'] },
  { href: '/hand-overs', text: 'Hand-overs', roles: ['LEAD', 'CASEWORKER'] },
  { href: '/services', text: 'Support services' },
  { href: '/contacts', text: 'Contacts' },
  { href: '/organisations', text: 'Organisations' },
  { href: '/pathways', text: 'Pathways' },
  { href: '/support', text: 'Find support' },
  { href: '/figures', text: 'Figures', roles: ['LEAD', 'AUDITOR'] },
  { href: '/people', text: 'People', roles: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
  { href: '/api-tokens', text: 'Integrations', roles: ['ORG_ADMIN', 'PLATFORM_ADMIN'] },
  { href: '/areas', text: 'Areas', roles: ['PLATFORM_ADMIN'] },
];

/** The service navigation for these roles; the current section is the longest matching prefix. */
export function navigationFor(roles: readonly Role[], pathname: string): NavigationItem[] {
  const items = navigation.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
  const active = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return items.map((item) => ({ href: item.href, text: item.text, active: item === active }));
}
