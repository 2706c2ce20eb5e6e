/** The case team (issue 14 item 3): invitations with a purpose, their answers, revocation, and the queries. */
import './case-team.types.ts';
import './case-team-invitations-waiting.ts';
import './case-team-invite.ts';
import './case-team-invitation-accept.ts';
import './case-team-invitation-decline.ts';
import './case-team-revoke.ts';
