/** How the area pages say an area's settings. */
export const answerHours = (hours: number) => (hours === 1 ? '1 hour' : `${hours} hours`);

/** The overseers' names, or what their absence means (null: the viewer may not see who they are). */
export function overseersText(overseers: ReadonlyArray<{ displayName: string }> | null | undefined): string {
  if (!overseers) return 'Not shown';
  return overseers.length ? overseers.map((person) => person.displayName).join(', ') : 'Nobody';
}
