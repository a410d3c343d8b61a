package cn.edu.ttms.application.enrolment;

/** A registered teacher as matching a roster needs it: who, the registered name, and the unit that decides the scope. */
public record RegisteredTeacher(long teacherId, String name, String unitPath) {}
