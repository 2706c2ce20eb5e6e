// Which organisations carry the section 52 Duty to Notify (Modern Slavery Act 2015). The Home
// Office's list of "specified public authorities": police forces, local authorities
// (councils), the Gangmasters and Labour Abuse Authority, the National Crime Agency, and the
// Home Office (UK Visas and Immigration, Border Force, Immigration Enforcement). Every one of
// them is also a First Responder. Charities can be First Responders (The Salvation Army,
// Barnardo's, Migrant Help...) but have no duty to notify, and health bodies are neither.
// Waymark knows an organisation by its kind, so: a First Responder whose kind is a council,
// a police force or a government body (GLAA, NCA and the Home Office's commands are GOVERNMENT).
import type { Actor, OrganisationKind } from '../definition/schema';

/** The organisation kinds that are public authorities under section 52. */
export const PUBLIC_AUTHORITY_KINDS: readonly OrganisationKind[] = ['COUNCIL', 'POLICE', 'GOVERNMENT'];

/**
 * A First Responder organisation that is also a public authority with the Duty to Notify: when it
 * meets a potential victim, the person enters the NRM, the Home Office is notified (MS1), or it
 * says why neither happened (004 "duty to notify"; 002 4.1).
 */
export function isPublicAuthorityFirstResponder(actor: Actor): boolean {
  return actor.organisation.isFirstResponder && PUBLIC_AUTHORITY_KINDS.includes(actor.organisation.kind);
}
