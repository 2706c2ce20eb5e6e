import { useLayoutEffect } from 'react';

/**
 * "<page> – Waymark". A layout effect, so it runs before the error summary's passive effect
 * adds "Error: " in the same render.
 */
export function usePageTitle(page: string) {
  useLayoutEffect(() => {
    document.title = `${page} – Waymark`;
  }, [page]);
}
