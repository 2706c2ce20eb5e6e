/**
 * Forward cursor paging in the URL (`?after=<cursor>`), so a page can be linked to and reloaded.
 * Relay cursors only lead forward, so the cursors already walked ride along in the history
 * entry's state: that is what "Previous" goes back to, and how the row numbers are known.
 * A page opened from a bare link does not know its position; its "Previous" goes to page 1.
 */
import type { PaginationLink } from '../components/govuk/content.tsx';
import { useLocation } from './router.tsx';

interface PagingState {
  /** `after` of each earlier page, oldest first ('' for the first page). */
  cursors: string[];
  /** False when the walk started from a link into the middle, so positions are unknown. */
  known: boolean;
}

function isPagingState(value: unknown): value is PagingState {
  const candidate = value as PagingState | null;
  return Array.isArray(candidate?.cursors) && typeof candidate.known === 'boolean';
}

export interface CursorPaging {
  /** The cursor to ask the API for (`after`), null on the first page. */
  after: string | null;
  previous: PaginationLink | null;
  next(pageInfo: { hasNextPage: boolean; endCursor?: string | null }): PaginationLink | null;
  /** Zero-based position of this page's first row, null when it cannot be known. */
  offset: number | null;
}

export function useCursorPaging(pageSize: number): CursorPaging {
  const { pathname, search, state } = useLocation();
  const after = search.get('after') || null;
  const walked: PagingState =
    after === null ? { cursors: [], known: true } : isPagingState(state) ? state : { cursors: [], known: false };

  const hrefWith = (cursor: string | null) => {
    const params = new URLSearchParams(search);
    if (cursor) params.set('after', cursor);
    else params.delete('after');
    const query = params.toString();
    return query ? `${pathname}?${query}` : pathname;
  };

  const previous: PaginationLink | null =
    after === null
      ? null
      : {
          href: hrefWith(walked.cursors.at(-1) || null),
          state: { cursors: walked.cursors.slice(0, -1), known: walked.known } satisfies PagingState,
        };

  return {
    after,
    previous,
    next: (pageInfo) =>
      pageInfo.hasNextPage && pageInfo.endCursor
        ? {
            href: hrefWith(pageInfo.endCursor),
            state: { cursors: [...walked.cursors, after ?? ''], known: walked.known } satisfies PagingState,
          }
        : null,
    offset: walked.known ? walked.cursors.length * pageSize : null,
  };
}
