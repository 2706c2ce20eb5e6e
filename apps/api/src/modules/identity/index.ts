/** The identity area: sign-in sessions, integrations and their API tokens (services per credential kind, a file per use case). */
import './identity.types.ts';
import './identity.queries.ts';
import './sign-in.ts';
import './sign-out.ts';
import './integrations.queries.ts';
import './integration-create.ts';
import './api-token-create.ts';
import './api-token-revoke.ts';
