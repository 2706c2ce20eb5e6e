/**
 * Just enough routing for a few pages: the History API, a hook that re-renders on navigation,
 * and a Link that navigates without reloading. Real links underneath (href, open in a new tab);
 * a router library would cost more than the pages.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const NAVIGATED = 'waymark:navigated';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentUrl = () => window.location.pathname + window.location.search;

export interface Location {
  pathname: string;
  search: URLSearchParams;
  /** The history entry's state (what `navigate` stored with it). */
  state: unknown;
}

export function useLocation(): Location {
  const url = useSyncExternalStore(subscribe, currentUrl, () => '/');
  const parsed = new URL(url, 'http://waymark.invalid');
  return { pathname: parsed.pathname, search: parsed.searchParams, state: window.history.state };
}

export function navigate(to: string, options: { state?: unknown; replace?: boolean } = {}) {
  if (options.replace) window.history.replaceState(options.state ?? null, '', to);
  else window.history.pushState(options.state ?? null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
  state?: unknown;
}

export function Link({ to, state, onClick, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    // Leave ctrl/cmd/shift-click, middle-click and new-tab links to the browser.
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target
    )
      return;
    event.preventDefault();
    window.scrollTo?.(0, 0);
    navigate(to, { state });
  }
  return <a href={to} onClick={handleClick} {...rest} />;
}
