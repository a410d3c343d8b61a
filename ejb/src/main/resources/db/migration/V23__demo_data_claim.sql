-- The demo data is loaded by one node of a cluster whose nodes start together on a new database (issue 20):
-- the node that claims this row loads it; the others skip instead of colliding with it.
INSERT INTO scheduled_run (job, run_on) VALUES ('demo-data', DATE '2000-01-01');
