-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('COUNCIL', 'POLICE', 'HEALTH', 'CHARITY', 'GOVERNMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PLATFORM_ADMIN', 'DIRECTORY_ADMIN', 'LEAD', 'CASEWORKER', 'PARTNER_WORKER', 'AUDITOR');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ConcernKind" AS ENUM ('POTENTIAL_VICTIM', 'PERPETRATOR', 'LOCATION', 'BUSINESS');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE', 'NON_BINARY', 'OTHER', 'NOT_KNOWN');

-- CreateEnum
CREATE TYPE "ImmigrationStatus" AS ENUM ('BRITISH_OR_IRISH', 'SETTLED', 'PRE_SETTLED', 'LEAVE_TO_REMAIN', 'ASYLUM_SEEKER', 'REFUGEE', 'NO_LEAVE', 'NOT_KNOWN');

-- CreateEnum
CREATE TYPE "RecourseToPublicFunds" AS ENUM ('YES', 'NO', 'NOT_KNOWN');

-- CreateEnum
CREATE TYPE "CaseEventKind" AS ENUM ('CONCERN_RECORDED', 'NOTE_ADDED');

-- CreateEnum
CREATE TYPE "ServiceStatus" AS ENUM ('ACTIVE', 'INACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ReferralRoute" AS ENUM ('EMAIL', 'PHONE', 'ONLINE_FORM', 'VIA_ORGANISATION', 'SELF_REFERRAL', 'NOT_STATED');

-- CreateEnum
CREATE TYPE "AgeGroup" AS ENUM ('ADULT', 'CHILD');

-- CreateEnum
CREATE TYPE "NrmStatus" AS ENUM ('IN_NRM', 'NOT_IN_NRM');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('NONE', 'POSITIVE_REASONABLE_GROUNDS', 'NEGATIVE_REASONABLE_GROUNDS', 'POSITIVE_CONCLUSIVE_GROUNDS', 'NEGATIVE_CONCLUSIVE_GROUNDS');

-- CreateEnum
CREATE TYPE "ExploitationType" AS ENUM ('LABOUR', 'SEXUAL', 'CRIMINAL', 'DOMESTIC_SERVITUDE', 'ORGAN_HARVESTING', 'CHILD_CRIMINAL_EXPLOITATION', 'CHILD_SEXUAL_EXPLOITATION', 'FORCED_MARRIAGE', 'FINANCIAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactPurpose" AS ENUM ('SPOC', 'MASH', 'SCREENERS', 'HOUSING_OPTIONS', 'COMMUNITY_SAFETY', 'CHILDRENS_SOCIAL_CARE', 'ADULT_SOCIAL_CARE', 'POLICE_EMERGENCY', 'POLICE_NON_EMERGENCY', 'POLICE_INTELLIGENCE', 'HELPLINE', 'NRM_SUPPORT_REFERRAL', 'INTERPRETING', 'TRADING_STANDARDS', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactStatus" AS ENUM ('ACTIVE', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Area" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sourceSection" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "isFirstResponder" BOOLEAN NOT NULL DEFAULT false,
    "firstResponderNote" TEXT,
    "website" TEXT,
    "sourceFile" TEXT NOT NULL,
    "sourceSection" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "concernKind" "ConcernKind" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "owningOrganisationId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "openedById" UUID NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "givenName" TEXT,
    "familyName" TEXT,
    "aliases" TEXT[],
    "dateOfBirth" DATE,
    "estimatedAge" INTEGER,
    "ageUncertain" BOOLEAN NOT NULL DEFAULT false,
    "gender" "Gender",
    "nationality" TEXT,
    "languages" TEXT[],
    "interpreterNeeded" BOOLEAN NOT NULL DEFAULT false,
    "immigrationStatus" "ImmigrationStatus",
    "recourseToPublicFunds" "RecourseToPublicFunds",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseReferenceCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "CaseReferenceCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "CaseEventKind" NOT NULL,
    "actorId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "caseVersion" INTEGER NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportService" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "url" TEXT,
    "email" TEXT,
    "phones" TEXT[],
    "status" "ServiceStatus" NOT NULL DEFAULT 'ACTIVE',
    "languages" TEXT[],
    "categories" TEXT[],
    "referralRoute" "ReferralRoute" NOT NULL,
    "referralDetails" TEXT,
    "referralViaOrganisationId" UUID,
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "sourceFile" TEXT NOT NULL,
    "sourceSection" TEXT NOT NULL,
    "lastReviewedAt" TIMESTAMP(3),
    "reviewDueAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Eligibility" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "genders" "Gender"[],
    "ageGroups" "AgeGroup"[],
    "minimumAge" INTEGER,
    "maximumAge" INTEGER,
    "nrmStatuses" "NrmStatus"[],
    "decisionOutcomes" "DecisionOutcome"[],
    "recourseToPublicFunds" BOOLEAN,
    "exploitationTypes" "ExploitationType"[],
    "conditions" TEXT,

    CONSTRAINT "Eligibility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" "ContactPurpose" NOT NULL,
    "status" "ContactStatus" NOT NULL DEFAULT 'ACTIVE',
    "areaId" UUID,
    "organisationId" UUID,
    "phone" TEXT,
    "email" TEXT,
    "url" TEXT,
    "hours" TEXT,
    "notes" TEXT,
    "sourceFile" TEXT NOT NULL,
    "sourceSection" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "organisationId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "requestId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AreaToOrganisation" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_AreaToOrganisation_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AreaToSupportService" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_AreaToSupportService_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Area_code_key" ON "Area"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_isFirstResponder_name_idx" ON "Organisation"("isFirstResponder", "name");

-- CreateIndex
CREATE INDEX "Organisation_name_idx" ON "Organisation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE INDEX "Membership_organisationId_role_idx" ON "Membership"("organisationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_personId_organisationId_role_key" ON "Membership"("personId", "organisationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Case_reference_key" ON "Case"("reference");

-- CreateIndex
CREATE INDEX "Case_owningOrganisationId_status_openedAt_idx" ON "Case"("owningOrganisationId", "status", "openedAt");

-- CreateIndex
CREATE INDEX "Case_areaId_status_openedAt_idx" ON "Case"("areaId", "status", "openedAt");

-- CreateIndex
CREATE INDEX "Case_openedAt_id_idx" ON "Case"("openedAt", "id");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_occurredAt_idx" ON "CaseEvent"("caseId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseEvent_caseId_caseVersion_kind_key" ON "CaseEvent"("caseId", "caseVersion", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "SupportService_slug_key" ON "SupportService"("slug");

-- CreateIndex
CREATE INDEX "SupportService_status_name_idx" ON "SupportService"("status", "name");

-- CreateIndex
CREATE INDEX "SupportService_organisationId_idx" ON "SupportService"("organisationId");

-- CreateIndex
CREATE INDEX "SupportService_reviewDueAt_idx" ON "SupportService"("reviewDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Eligibility_serviceId_key" ON "Eligibility"("serviceId");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_slug_key" ON "Contact"("slug");

-- CreateIndex
CREATE INDEX "Contact_areaId_purpose_idx" ON "Contact"("areaId", "purpose");

-- CreateIndex
CREATE INDEX "Contact_purpose_idx" ON "Contact"("purpose");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_occurredAt_idx" ON "AuditEvent"("entityType", "entityId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_occurredAt_idx" ON "AuditEvent"("actorId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_occurredAt_idx" ON "AuditEvent"("organisationId", "occurredAt");

-- CreateIndex
CREATE INDEX "_AreaToOrganisation_B_index" ON "_AreaToOrganisation"("B");

-- CreateIndex
CREATE INDEX "_AreaToSupportService_B_index" ON "_AreaToSupportService"("B");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_owningOrganisationId_fkey" FOREIGN KEY ("owningOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportService" ADD CONSTRAINT "SupportService_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportService" ADD CONSTRAINT "SupportService_referralViaOrganisationId_fkey" FOREIGN KEY ("referralViaOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Eligibility" ADD CONSTRAINT "Eligibility_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "SupportService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AreaToOrganisation" ADD CONSTRAINT "_AreaToOrganisation_A_fkey" FOREIGN KEY ("A") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AreaToOrganisation" ADD CONSTRAINT "_AreaToOrganisation_B_fkey" FOREIGN KEY ("B") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AreaToSupportService" ADD CONSTRAINT "_AreaToSupportService_A_fkey" FOREIGN KEY ("A") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AreaToSupportService" ADD CONSTRAINT "_AreaToSupportService_B_fkey" FOREIGN KEY ("B") REFERENCES "SupportService"("id") ON DELETE CASCADE ON UPDATE CASCADE;
