package cn.edu.ttms.domain.model.attendance;

/**
 * The server's secret that signs attendance tokens ({@link AttendanceToken}). One secret for every
 * node of a cluster and across restarts, so that a code shown by one node is accepted by another.
 */
public interface TokenSecret {

    /** The secret's bytes (at least 16). */
    byte[] bytes();
}
