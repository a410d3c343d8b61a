package cn.edu.ttms.application.project;

/** An annual plan the caller may add a project to: its year, name and owning bureau. */
public record OpenPlan(long id, int year, String name, String owner) implements java.io.Serializable {}
