// Records decisions. $decisions: [{ id, status, resultId, decidedAt, decidedBy }].
UNWIND $decisions AS decision
MATCH (p:Proposal {id: decision.id})
SET p.status = decision.status, p.resultId = decision.resultId, p.decidedAt = decision.decidedAt, p.decidedBy = decision.decidedBy
