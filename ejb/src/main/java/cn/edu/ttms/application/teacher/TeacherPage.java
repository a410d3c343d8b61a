package cn.edu.ttms.application.teacher;

import java.util.List;

/** One page of a registry search and the number of all matches. */
public record TeacherPage(List<TeacherSummary> items, long total) {}
