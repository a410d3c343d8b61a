package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.shared.Conflict;

/** A life-cycle step that the project's current status does not allow, e.g. publishing a draft. */
public class IllegalTransition extends Conflict {

    private static final long serialVersionUID = 1L;

    public IllegalTransition(ProjectAction action, ProjectStatus current) {
        super("error.project.illegalTransition", action + " is not possible from " + current, action, current);
    }
}
