package cn.edu.ttms.interfaces.web.shell;

import cn.edu.ttms.application.home.ToDo;
import cn.edu.ttms.application.home.ToDoKind;
import cn.edu.ttms.application.home.ToDoList;
import cn.edu.ttms.domain.model.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The home page: the caller's to-do list (issue 17, item 1) — what waits, how many, and a link to the page
 * that lists it, filtered where the page has a filter — then one short section per role the user holds, or
 * the public welcome before sign-in.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    ToDoList toDoList;

    private List<ToDo> toDos;

    public List<String> getSections() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        List<String> sections = new ArrayList<>();
        if (external.getRemoteUser() == null) {
            sections.add("public");
            return sections;
        }
        for (Role role : Role.values()) {
            if (external.isUserInRole(role.name())) {
                sections.add(role.name().toLowerCase(Locale.ROOT));
            }
        }
        return sections;
    }

    public List<ToDo> getToDos() {
        if (toDos == null) {
            toDos = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() == null
                    ? List.of()
                    : toDoList.mine();
        }
        return toDos;
    }

    /** How many things wait in all: the heading's figure. */
    public long getWaiting() {
        return getToDos().stream().mapToLong(ToDo::count).sum();
    }

    /** The page that lists the items of a kind (without the context path). */
    public String outcome(ToDoKind kind) {
        return switch (kind) {
            case APPLICATIONS_TO_APPROVE -> "/app/enrolments/pending";
            case DRAFTS_TO_SUBMIT,
                    PROPOSALS_TO_DECIDE,
                    PROJECTS_TO_APPROVE,
                    PROJECTS_TO_PUBLISH,
                    ENROLMENT_TO_OPEN,
                    PROPOSALS_TO_SUBMIT,
                    RESULTS_DUE,
                    MATERIALS_DUE -> "/app/projects/list";
            case RESULTS_TO_CONFIRM, RESULTS_RETURNED, BATCHES_TO_COUNTERSIGN, BATCHES_TO_RECOGNISE ->
                "/app/results/list";
            case ACCOUNTS_LOCKED -> "/app/accounts/list";
            case SIGNING_LOCKED -> "/app/audit/list";
            case PROJECTS_OPEN_TO_ME, MY_APPLICATIONS_WAITING -> "/app/me/projects";
            case UNREAD_NOTICES -> "/app/me/inbox";
        };
    }

    /** The status the linked list is filtered by, or null when it lists only these items anyway. */
    public String status(ToDoKind kind) {
        return switch (kind) {
            case DRAFTS_TO_SUBMIT, PROPOSALS_TO_SUBMIT -> "DRAFT";
            case PROPOSALS_TO_DECIDE, PROJECTS_TO_APPROVE -> "SUBMITTED";
            case PROJECTS_TO_PUBLISH -> "APPROVED";
            case ENROLMENT_TO_OPEN -> "PUBLISHED";
            case RESULTS_DUE -> "IN_PROGRESS";
            case RESULTS_TO_CONFIRM -> "DRAFT";
            case RESULTS_RETURNED -> "RETURNED";
            case BATCHES_TO_COUNTERSIGN -> "SIGNED";
            case BATCHES_TO_RECOGNISE -> "REVIEWED";
            default -> null;
        };
    }

    /**
     * A class named under its line: for results due its name and last day; for materials due its name, the
     * day they are due by (marked when it has passed) and the kinds still missing.
     */
    public String itemText(ToDo td, ToDo.Item item) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (td.kind() != ToDoKind.MATERIALS_DUE) {
            return Messages.text(faces, "todo.RESULTS_DUE.item", item.name(), String.valueOf(item.lastDay()));
        }
        Locale locale = faces.getViewRoot().getLocale();
        String missing = item.missing().stream()
                .map(k -> cn.edu.ttms.domain.model.shared.DomainMessages.format(k.messageKey(), List.of(), locale))
                .collect(java.util.stream.Collectors.joining("zh".equals(locale.getLanguage()) ? "、" : ", "));
        return Messages.text(
                faces,
                item.overdue() ? "todo.MATERIALS_DUE.itemOverdue" : "todo.MATERIALS_DUE.item",
                item.name(),
                String.valueOf(item.dueBy()),
                missing);
    }
}
