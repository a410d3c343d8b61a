package cn.edu.ttms.application.enrolment;

/** A row of a roster that names a registered teacher the uploader may enrol. */
public record RosterMatch(int row, long teacherId, String unitPath) {}
