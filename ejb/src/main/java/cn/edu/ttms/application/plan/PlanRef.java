package cn.edu.ttms.application.plan;

import java.io.Serializable;

/** A plan named by a warning: the bureau's plan of the same year that an import would sit beside. */
public record PlanRef(long id, int year, String name) implements Serializable {}
