package cn.edu.ttms.application.enrolment;

import java.util.List;

/** A page of a project's roster: capacity, how many enrolled trainees the reader may see, and the page. */
public record Roster(int capacity, long total, List<RosterLine> lines) {}
