package cn.edu.ttms.application.schedule;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
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

    /**
     * Whether this node is the first to claim {@code job} within {@code hold}: false while another node's claim
     * is younger than that (it is doing the work, or did it a moment ago), or when the job is unknown. For
     * one-off work at start-up, where a claim older than {@code hold} means the node that made it is gone.
     */
    boolean claimFor(String job, Duration hold, String node);

    /** This node, as the administrator finds it in the log and in {@code scheduled_run.node}: host and process. */
    static String thisNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
