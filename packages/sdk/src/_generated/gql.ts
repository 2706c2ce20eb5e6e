/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment CaseSummary on Case {\n  id\n  reference\n  concernKind\n  status\n  version\n  openedAt\n  owningOrganisation {\n    id\n    name\n  }\n  area {\n    id\n    code\n    name\n  }\n}\n\nfragment CaseDetail on Case {\n  ...CaseSummary\n  closedAt\n  openedBy {\n    id\n    displayName\n  }\n  subject {\n    givenName\n    familyName\n    aliases\n    dateOfBirth\n    estimatedAge\n    ageUncertain\n    gender\n    nationality\n    languages\n    interpreterNeeded\n    immigrationStatus\n    recourseToPublicFunds\n  }\n}\n\nquery Case($id: ID!, $timelineFirst: Int = 20) {\n  case(id: $id) {\n    ...CaseDetail\n    timeline(first: $timelineFirst) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          caseVersion\n          data\n          actor {\n            id\n            displayName\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}\n\nquery Cases($first: Int = 50, $after: String) {\n  cases(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...CaseSummary\n      }\n    }\n  }\n}\n\nmutation CaseOpen($input: CaseOpenInput!) {\n  caseOpen(input: $input) {\n    __typename\n    ... on CaseOpenPayload {\n      case {\n        ...CaseDetail\n      }\n    }\n    ... on Error {\n      message\n      code\n    }\n    ... on ValidationError {\n      fieldErrors {\n        path\n        field\n        message\n      }\n    }\n  }\n}": typeof types.CaseSummaryFragmentDoc,
    "fragment OrganisationSummary on Organisation {\n  id\n  slug\n  name\n  kind\n  isFirstResponder\n  firstResponderNote\n  areas {\n    id\n    code\n    name\n  }\n}\n\nquery Organisations($first: Int = 50, $after: String, $filter: OrganisationFilter) {\n  organisations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...OrganisationSummary\n      }\n    }\n  }\n}\n\nquery Areas {\n  areas {\n    id\n    code\n    name\n  }\n}": typeof types.OrganisationSummaryFragmentDoc,
    "query Viewer {\n  viewer {\n    person {\n      id\n      displayName\n    }\n    organisation {\n      id\n      name\n      slug\n      kind\n      isFirstResponder\n    }\n    roles\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "fragment CaseSummary on Case {\n  id\n  reference\n  concernKind\n  status\n  version\n  openedAt\n  owningOrganisation {\n    id\n    name\n  }\n  area {\n    id\n    code\n    name\n  }\n}\n\nfragment CaseDetail on Case {\n  ...CaseSummary\n  closedAt\n  openedBy {\n    id\n    displayName\n  }\n  subject {\n    givenName\n    familyName\n    aliases\n    dateOfBirth\n    estimatedAge\n    ageUncertain\n    gender\n    nationality\n    languages\n    interpreterNeeded\n    immigrationStatus\n    recourseToPublicFunds\n  }\n}\n\nquery Case($id: ID!, $timelineFirst: Int = 20) {\n  case(id: $id) {\n    ...CaseDetail\n    timeline(first: $timelineFirst) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          caseVersion\n          data\n          actor {\n            id\n            displayName\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}\n\nquery Cases($first: Int = 50, $after: String) {\n  cases(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...CaseSummary\n      }\n    }\n  }\n}\n\nmutation CaseOpen($input: CaseOpenInput!) {\n  caseOpen(input: $input) {\n    __typename\n    ... on CaseOpenPayload {\n      case {\n        ...CaseDetail\n      }\n    }\n    ... on Error {\n      message\n      code\n    }\n    ... on ValidationError {\n      fieldErrors {\n        path\n        field\n        message\n      }\n    }\n  }\n}": types.CaseSummaryFragmentDoc,
    "fragment OrganisationSummary on Organisation {\n  id\n  slug\n  name\n  kind\n  isFirstResponder\n  firstResponderNote\n  areas {\n    id\n    code\n    name\n  }\n}\n\nquery Organisations($first: Int = 50, $after: String, $filter: OrganisationFilter) {\n  organisations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...OrganisationSummary\n      }\n    }\n  }\n}\n\nquery Areas {\n  areas {\n    id\n    code\n    name\n  }\n}": types.OrganisationSummaryFragmentDoc,
    "query Viewer {\n  viewer {\n    person {\n      id\n      displayName\n    }\n    organisation {\n      id\n      name\n      slug\n      kind\n      isFirstResponder\n    }\n    roles\n  }\n}": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CaseSummary on Case {\n  id\n  reference\n  concernKind\n  status\n  version\n  openedAt\n  owningOrganisation {\n    id\n    name\n  }\n  area {\n    id\n    code\n    name\n  }\n}\n\nfragment CaseDetail on Case {\n  ...CaseSummary\n  closedAt\n  openedBy {\n    id\n    displayName\n  }\n  subject {\n    givenName\n    familyName\n    aliases\n    dateOfBirth\n    estimatedAge\n    ageUncertain\n    gender\n    nationality\n    languages\n    interpreterNeeded\n    immigrationStatus\n    recourseToPublicFunds\n  }\n}\n\nquery Case($id: ID!, $timelineFirst: Int = 20) {\n  case(id: $id) {\n    ...CaseDetail\n    timeline(first: $timelineFirst) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          caseVersion\n          data\n          actor {\n            id\n            displayName\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}\n\nquery Cases($first: Int = 50, $after: String) {\n  cases(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...CaseSummary\n      }\n    }\n  }\n}\n\nmutation CaseOpen($input: CaseOpenInput!) {\n  caseOpen(input: $input) {\n    __typename\n    ... on CaseOpenPayload {\n      case {\n        ...CaseDetail\n      }\n    }\n    ... on Error {\n      message\n      code\n    }\n    ... on ValidationError {\n      fieldErrors {\n        path\n        field\n        message\n      }\n    }\n  }\n}"): (typeof documents)["fragment CaseSummary on Case {\n  id\n  reference\n  concernKind\n  status\n  version\n  openedAt\n  owningOrganisation {\n    id\n    name\n  }\n  area {\n    id\n    code\n    name\n  }\n}\n\nfragment CaseDetail on Case {\n  ...CaseSummary\n  closedAt\n  openedBy {\n    id\n    displayName\n  }\n  subject {\n    givenName\n    familyName\n    aliases\n    dateOfBirth\n    estimatedAge\n    ageUncertain\n    gender\n    nationality\n    languages\n    interpreterNeeded\n    immigrationStatus\n    recourseToPublicFunds\n  }\n}\n\nquery Case($id: ID!, $timelineFirst: Int = 20) {\n  case(id: $id) {\n    ...CaseDetail\n    timeline(first: $timelineFirst) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          occurredAt\n          caseVersion\n          data\n          actor {\n            id\n            displayName\n          }\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}\n\nquery Cases($first: Int = 50, $after: String) {\n  cases(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...CaseSummary\n      }\n    }\n  }\n}\n\nmutation CaseOpen($input: CaseOpenInput!) {\n  caseOpen(input: $input) {\n    __typename\n    ... on CaseOpenPayload {\n      case {\n        ...CaseDetail\n      }\n    }\n    ... on Error {\n      message\n      code\n    }\n    ... on ValidationError {\n      fieldErrors {\n        path\n        field\n        message\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganisationSummary on Organisation {\n  id\n  slug\n  name\n  kind\n  isFirstResponder\n  firstResponderNote\n  areas {\n    id\n    code\n    name\n  }\n}\n\nquery Organisations($first: Int = 50, $after: String, $filter: OrganisationFilter) {\n  organisations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...OrganisationSummary\n      }\n    }\n  }\n}\n\nquery Areas {\n  areas {\n    id\n    code\n    name\n  }\n}"): (typeof documents)["fragment OrganisationSummary on Organisation {\n  id\n  slug\n  name\n  kind\n  isFirstResponder\n  firstResponderNote\n  areas {\n    id\n    code\n    name\n  }\n}\n\nquery Organisations($first: Int = 50, $after: String, $filter: OrganisationFilter) {\n  organisations(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...OrganisationSummary\n      }\n    }\n  }\n}\n\nquery Areas {\n  areas {\n    id\n    code\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    person {\n      id\n      displayName\n    }\n    organisation {\n      id\n      name\n      slug\n      kind\n      isFirstResponder\n    }\n    roles\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    person {\n      id\n      displayName\n    }\n    organisation {\n      id\n      name\n      slug\n      kind\n      isFirstResponder\n    }\n    roles\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;