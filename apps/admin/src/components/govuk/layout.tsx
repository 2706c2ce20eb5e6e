/**
 * The page furniture, as GOV.UK Frontend's templates print it (v6 markup). Waymark is not on
 * GOV.UK, so it uses the generic header and a footer without the crown or the Crown copyright
 * and Open Government Licence lines.
 */
import type { ReactNode } from 'react';
import { Link } from '../../app/router.tsx';

export function SkipLink({ href = '#main-content' }: { href?: string }) {
  return (
    <a href={href} className="govuk-skip-link">
      Skip to main content
    </a>
  );
}

export function GenericHeader({ serviceName, href = '/' }: { serviceName: string; href?: string }) {
  return (
    <div className="govuk-generic-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <Link to={href} className="govuk-generic-header__homepage-link">
            {serviceName}
          </Link>
        </div>
      </div>
    </div>
  );
}

export interface NavigationItem {
  href: string;
  text: string;
  active: boolean;
}

/**
 * Without GOV.UK's JavaScript the mobile "Menu" toggle stays hidden and the links always show,
 * which is right for a handful of items; the toggle is kept so the markup matches Frontend's.
 */
export function ServiceNavigation({ items, label = 'Menu' }: { items: NavigationItem[]; label?: string }) {
  return (
    <div className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label={label} className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle"
              aria-controls="navigation"
              hidden
              aria-hidden="true"
            >
              Menu
            </button>
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => (
                <li
                  key={item.href}
                  className={`govuk-service-navigation__item${item.active ? ' govuk-service-navigation__item--active' : ''}`}
                >
                  <Link
                    className="govuk-service-navigation__link"
                    to={item.href}
                    aria-current={item.active ? 'page' : undefined}
                  >
                    {item.active ? (
                      <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                    ) : (
                      item.text
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}

export function PhaseBanner({ phase, children }: { phase: string; children: ReactNode }) {
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{phase}</strong>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}

export function Footer({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">About this service</h2>
            <div className="govuk-footer__meta-custom">{children}</div>
          </div>
        </div>
      </div>
    </div>
  );
}
