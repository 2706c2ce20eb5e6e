/** Who is signed in, as the shell loaded it: pages read roles from here rather than asking again. */
import type { Role, ViewerQuery } from '@waymark/sdk';
import { createContext, useContext } from 'react';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}

export const DIRECTORY_EDITORS: readonly Role[] = ['DIRECTORY_ADMIN', 'PLATFORM_ADMIN'];

export function hasRole(viewer: Viewer | null, roles: readonly Role[]): boolean {
  return !!viewer && viewer.roles.some((role) => roles.includes(role));
}
