package cn.edu.ttms.interfaces.rest.organisation;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the caller's subtree: {@code {"items": [...], "total": N}}. */
@Schema(name = "OrganisationList")
@JsonbPropertyOrder({"items", "total"})
public record OrganisationList(List<OrganisationUnit> items, int total) {}
