-- Proposing units (issue 15, part 5): a training institution or a school drafts a project and submits it
-- to the nearest bureau above it, which owns it (owner_path) and approves or returns it with a reason.
-- proposer_id/proposer_path name the unit that proposed it (NULL: the owning bureau's own project);
-- return_reason is the bureau's last reason for sending it back to draft (cleared on resubmission, kept
-- in the audit trail).
ALTER TABLE training_project ADD COLUMN proposer_id BIGINT NULL;
ALTER TABLE training_project ADD COLUMN proposer_path VARCHAR(255) NULL;
ALTER TABLE training_project ADD COLUMN return_reason VARCHAR(500) NULL;
CREATE INDEX ix_training_project_proposer ON training_project (proposer_path);
