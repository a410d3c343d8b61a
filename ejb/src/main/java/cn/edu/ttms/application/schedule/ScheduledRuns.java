package cn.edu.ttms.application.schedule;

import java.time.LocalDate;

/**
 * Claims a day's run of a scheduled job for this node, so that on a cluster, where every node's timer fires,
 * the job runs once. The claim is committed at once, whatever the caller's transaction does next.
 */
public interface ScheduledRuns {

    /**
     * Whether this node is the first to claim {@code job} for {@code day}; false when another node (or this one)
     * already has, or when the job is unknown.
     */
    boolean claim(String job, LocalDate day, String node);
}
