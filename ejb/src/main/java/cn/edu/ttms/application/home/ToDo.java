package cn.edu.ttms.application.home;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a caller's to-do list: what waits, how many, and — for publication — whether the window is
 * shut now (then only an administrator publishes, with a reason) and which months it opens ("3、9"); for
 * results due, the classes themselves (a few, each a link), since no list page filters by "ended".
 */
public record ToDo(ToDoKind kind, long count, boolean windowShut, String windowMonths, List<Item> items)
        implements Serializable {

    /**
     * A class named on its line: the project, its name and its last day; for materials due also the day
     * they are due by, whether that has passed, and the kinds still missing.
     */
    public record Item(
            long projectId,
            String name,
            LocalDate lastDay,
            LocalDate dueBy,
            boolean overdue,
            List<cn.edu.ttms.domain.model.material.MaterialKind> missing)
            implements Serializable {

        public Item {
            missing = missing == null ? List.of() : List.copyOf(missing);
        }

        public Item(long projectId, String name, LocalDate lastDay) {
            this(projectId, name, lastDay, null, false, List.of());
        }
    }

    public ToDo {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public ToDo(ToDoKind kind, long count, boolean windowShut, String windowMonths) {
        this(kind, count, windowShut, windowMonths, List.of());
    }

    public static ToDo of(ToDoKind kind, long count) {
        return new ToDo(kind, count, false, null);
    }

    public boolean nothing() {
        return count == 0;
    }
}
