package cn.edu.ttms.application.setting;

import java.util.Optional;

/**
 * Values the installation keeps about itself, shared by every node (a generated passphrase or
 * secret). Each call runs in a transaction of its own, whatever becomes of the caller's.
 */
public interface SystemSettings {

    /** The setting as committed now: a caller's older snapshot cannot hide it. */
    Optional<String> read(String name);

    /**
     * Stores a setting that does not exist yet, committed at once (and seen by every node). When
     * another node stored the same name first, this one fails: read it again.
     */
    void create(String name, String value);
}
