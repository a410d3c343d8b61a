package cn.edu.ttms.domain.model.project;

import cn.edu.ttms.domain.model.shared.Level;

/**
 * Filters of the project list; null or blank means "any". Texts match anywhere in the field (a
 * host's name within the plan's list of hosts, a word of the category or the name).
 */
public record ProjectQuery(Integer year, Level level, ProjectStatus status, String category, String host, String name) {

    public ProjectQuery {
        category = blankToNull(category);
        host = blankToNull(host);
        name = blankToNull(name);
    }

    public static ProjectQuery of(Integer year, Level level, ProjectStatus status) {
        return new ProjectQuery(year, level, status, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
