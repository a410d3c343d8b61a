package cn.edu.ttms.application.material;

import cn.edu.ttms.domain.model.material.MaterialKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's materials: the files, the required kinds still without one, the day they are due by (null
 * when the project owes none), whether they are overdue, and whether the caller may upload and delete.
 */
public record MaterialList(
        List<MaterialView> items, List<MaterialKind> missing, LocalDate dueBy, boolean overdue, boolean mayChange)
        implements Serializable {

    public MaterialList {
        items = List.copyOf(items);
        missing = List.copyOf(missing);
    }
}
