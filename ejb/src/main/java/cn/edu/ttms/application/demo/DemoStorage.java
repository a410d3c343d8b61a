package cn.edu.ttms.application.demo;

import java.util.List;

/**
 * What the demo data needs of persistence beyond the repositories, all in the loader's transaction:
 * its markers in {@code system_setting}, and rows written and read back before they are signed.
 */
public interface DemoStorage {

    /** Whether the setting is there (a part of the demo data already loaded). */
    boolean isMarked(String name);

    /** Stores the setting with the value {@code loaded}, in the same transaction as the data. */
    void mark(String name);

    /** Writes pending changes now: later rows refer to these by id. */
    void flush();

    /** Reads the entities back as the database holds them (the scales of its columns). */
    void refresh(List<?> entities);
}
