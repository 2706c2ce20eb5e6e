/**
 * Every id Waymark stores is a UUID; a value that is not one names nothing, so callers answer
 * "not found" (or "invalid id") without asking PostgreSQL, which would reject the cast.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);
