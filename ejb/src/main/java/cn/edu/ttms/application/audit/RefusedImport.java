package cn.edu.ttms.application.audit;

/** An import refused for problems in its rows: how many, for the audit trail. */
public interface RefusedImport {

    int problemCount();
}
