package cn.edu.ttms.application.home;

import java.io.Serializable;

/**
 * One line of a caller's to-do list: what waits, how many, and — for publication — whether the window is
 * shut now (then only an administrator publishes, with a reason) and which months it opens ("3、9").
 */
public record ToDo(ToDoKind kind, long count, boolean windowShut, String windowMonths) implements Serializable {

    public static ToDo of(ToDoKind kind, long count) {
        return new ToDo(kind, count, false, null);
    }

    public boolean nothing() {
        return count == 0;
    }
}
