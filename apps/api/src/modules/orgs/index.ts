/** The organisations area: areas, organisations, people and their roles. */
import './orgs.types.ts';
import './orgs.queries.ts';
import './organisation-create.ts';
import './organisation-update.ts';
import './area-update-settings.ts';
import './area-oversight-add.ts';
import './area-oversight-remove.ts';
