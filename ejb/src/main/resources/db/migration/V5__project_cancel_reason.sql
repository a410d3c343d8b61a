-- A cancelled project keeps the reason it was cancelled for (workflow.md §1).
ALTER TABLE training_project ADD COLUMN cancel_reason VARCHAR(500) NULL;
