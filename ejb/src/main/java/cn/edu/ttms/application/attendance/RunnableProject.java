package cn.edu.ttms.application.attendance;

import cn.edu.ttms.domain.model.project.ProjectStatus;

/** A project whose attendance the caller runs (as its lead, its host institution or its bureau). */
public record RunnableProject(long id, String name, int year, ProjectStatus status) implements java.io.Serializable {}
