/** The organisations area: areas, organisations, people and their roles. */
import './orgs.types.ts';
import './orgs.queries.ts';
import './area-update-settings.ts';
