package cn.edu.ttms.interfaces.rest.teacher;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The school a teacher belongs to, as a reference: {@code {"id", "name"}}. */
@Schema(name = "TeacherSchool")
@jakarta.json.bind.annotation.JsonbPropertyOrder({"id", "name"})
public record TeacherSchool(long id, String name) {}
