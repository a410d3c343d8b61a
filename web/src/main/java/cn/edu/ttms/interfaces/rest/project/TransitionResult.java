package cn.edu.ttms.interfaces.rest.project;

import cn.edu.ttms.domain.model.project.ProjectStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's status after a step of its life cycle. */
@Schema(name = "ProjectTransition")
@JsonbPropertyOrder({"id", "status"})
public record TransitionResult(long id, ProjectStatus status) {}
