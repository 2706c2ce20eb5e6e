/**
 * Every version of the referral forms Waymark knows. A referral keeps the form version it was
 * answered on, so old versions stay here; a new Home Office form is a new entry, never an edit.
 */
import { hoNrmFormV1 } from './ho-nrm-form-v1';
import { reconsiderationFormV1 } from './reconsideration-v1';
import type { ReferralFormDefinition } from './schema';

export const referralForms: ReadonlyArray<ReferralFormDefinition> = [hoNrmFormV1, reconsiderationFormV1];
export const CURRENT_NRM_FORM = hoNrmFormV1;

export function getReferralForm(id: string, version: number): ReferralFormDefinition | undefined {
  return referralForms.find((f) => f.id === id && f.version === version);
}
