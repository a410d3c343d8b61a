package cn.edu.ttms.interfaces.rest.teacher;

import cn.edu.ttms.application.teacher.TeacherPage;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the registry: {@code {"items": [...], "total": N}}. */
@Schema(name = "TeacherList")
@JsonbPropertyOrder({"items", "total"})
public record TeacherList(List<TeacherSummary> items, long total) {

    static TeacherList of(TeacherPage page) {
        return new TeacherList(page.items().stream().map(TeacherSummary::of).toList(), page.total());
    }
}
