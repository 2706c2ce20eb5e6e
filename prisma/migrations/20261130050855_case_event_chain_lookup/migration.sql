-- The hash-chain trigger (20261130014038) reads each case's last event by seq on every insert;
-- without this index a bulk insert could plan that lookup as a scan of every event.
-- CreateIndex
CREATE INDEX "CaseEvent_caseId_seq_idx" ON "CaseEvent"("caseId", "seq");
