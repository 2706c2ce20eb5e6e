/** The people area: an organisation's people, their roles, invitations and deactivation. */
import './people.errors.ts';
import './people.types.ts';
import './people.queries.ts';
import './person-invite.ts';
import './invitation-accept.ts';
import './invitation-revoke.ts';
import './person-role-grant.ts';
import './person-role-remove.ts';
import './person-deactivate.ts';
