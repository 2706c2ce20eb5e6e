/**
 * Refusals of people administration. None of them says whether an email address belongs to
 * anyone: an invitation is refused only for an invitation already waiting in the same
 * organisation (which its admins can see anyway), never for an existing account.
 */
import { DomainError, exposeError } from '../../errors.ts';
import type { Role as RoleValue } from '../../generated/prisma/enums.ts';
import { Role } from '../orgs/orgs.types.ts';

export class InvitationPendingError extends DomainError {
  readonly code = 'INVITATION_PENDING' as const;
  constructor() {
    super('An invitation to this address is still waiting to be accepted. Revoke it first to send a new one.');
  }
}

export class InvitationNotValidError extends DomainError {
  readonly code = 'INVITATION_NOT_VALID' as const;
  constructor() {
    super("This invitation has expired, has been used or was withdrawn. Ask your organisation's admin for a new one.");
  }
}

export class RoleNotAllowedError extends DomainError {
  readonly code = 'ROLE_NOT_ALLOWED' as const;
  constructor(readonly allowedRoles: RoleValue[]) {
    super(`You may give or remove only these roles here: ${allowedRoles.join(', ')}.`);
  }
}

export class LastAdminError extends DomainError {
  readonly code = 'LAST_ADMIN' as const;
  constructor() {
    super("This is the organisation's last admin. Give another person the ORG_ADMIN role first.");
  }
}

exposeError(InvitationPendingError);
exposeError(InvitationNotValidError);
exposeError(RoleNotAllowedError, (t) => ({
  allowedRoles: t.field({ type: [Role], resolve: (error) => error.allowedRoles }),
}));
exposeError(LastAdminError);
