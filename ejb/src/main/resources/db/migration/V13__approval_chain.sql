-- The approval chain of applications, per project (issue "Enrolment…", item 2): UNIT — staff over the
-- teacher's unit approve (the school or the county, whoever decides first); SCHOOL_THEN_COUNTY — the
-- school approves first, then the county. The school's step is kept on the enrolment.
ALTER TABLE training_project ADD COLUMN approval_chain VARCHAR(30) NOT NULL DEFAULT 'UNIT';
ALTER TABLE enrolment ADD COLUMN school_approved_by VARCHAR(64) NULL;
ALTER TABLE enrolment ADD COLUMN school_approved_at TIMESTAMP(3) NULL;
