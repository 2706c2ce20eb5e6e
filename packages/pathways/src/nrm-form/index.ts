export * from './schema';
export { hoNrmFormV1, FORM_TEXT_LIMIT, EXPLOITATION_BOX_KEYS, UNDER_18, ADULT, DECLINED_NRM } from './ho-nrm-form-v1';
export { reconsiderationFormV1 } from './reconsideration-v1';
export {
  checkAnswers,
  possibleRoutes,
  isAsked,
  valueProblem,
  type AnswerProblem,
  type AnswerProblemCode,
} from './answers';
export { buildPack, seemsIdentifying } from './pack';
export type {
  PackInput,
  PackKind,
  PackField,
  PackFieldStatus,
  PackStep,
  PackSection,
  PackWarning,
  PackWarningCode,
  ReferralPack,
} from './pack';
export { checkForm, type FormProblem } from './static-checks';
export * from './indicators';
export { referralForms, getReferralForm, CURRENT_NRM_FORM } from './registry';
