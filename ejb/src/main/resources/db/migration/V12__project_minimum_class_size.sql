-- The minimum class size (最低开班人数) a bureau may set: a class below it cannot start; the bureau
-- cancels it with a reason and every trainee is told (issue "Enrolment…", item 4).
ALTER TABLE training_project ADD COLUMN min_trainees INT NULL;
