package cn.edu.ttms.domain.model.shared;

/**
 * Someone else saved the record since the caller read it: nothing is overwritten, and the message
 * says who changed it, when, and what it is now.
 */
public class ConcurrentChange extends Conflict {

    private static final long serialVersionUID = 1L;

    public ConcurrentChange(String who, String when, String change) {
        super(
                "error.concurrentChange",
                "changed meanwhile by " + who + " at " + when + ": " + change,
                who,
                when,
                change);
    }
}
