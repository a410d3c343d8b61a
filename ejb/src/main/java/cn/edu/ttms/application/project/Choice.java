package cn.edu.ttms.application.project;

import java.io.Serializable;

/** One entry of a drop-down on the project form: the id and what the user reads. */
public record Choice(long id, String label) implements Serializable {

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
