package cn.edu.ttms.application.material;

import cn.edu.ttms.domain.model.material.MaterialKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A class of the caller's that still owes materials: what is missing, by when, and whether that has passed. */
public record MaterialsOwed(long projectId, String name, LocalDate dueBy, boolean overdue, List<MaterialKind> missing)
        implements Serializable {

    public MaterialsOwed {
        missing = List.copyOf(missing);
    }
}
