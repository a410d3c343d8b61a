package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.domain.model.project.ProjectAction;
import cn.edu.ttms.interfaces.rest.validation.Length;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A step of a project's life cycle: {@code CANCEL} needs a {@code reason}; an administrator
 * publishing outside the policy's windows sends {@code "outsideWindow": true} and a reason.
 */
@Schema(name = "ProjectTransitionRequest")
public record TransitionRequest(
        @NotNull ProjectAction action, @Length(max = 500) String reason, Boolean outsideWindow) {}
