package cn.edu.ttms.interfaces.web.policies;

import cn.edu.ttms.application.policy.CreditPolicies;
import cn.edu.ttms.domain.model.policy.CreditPolicy;
import cn.edu.ttms.domain.model.policy.InvalidPolicy;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.PolicyViolation;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.infrastructure.policy.PolicyRulesJson;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * app/policies/view.xhtml?id=…: one version with every number (its JSON document, read-only), its
 * history, and — for administrators and province officers — a new version made from it. The new
 * version's numbers are edited in a structured form held by a {@link PolicyDraft}, prefilled from
 * the version viewed, and checked by the domain before anything is stored; every problem the
 * domain finds is shown above the form in the user's language.
 */
@Named
@ViewScoped
public class PolicyViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CreditPolicies policies;

    private Long id;
    private String name;
    private int version;
    private String period;
    private String jurisdiction;
    private String note;
    private String rulesJson;
    private List<PolicyListBacking.PolicyRow> history;
    private PolicyDraft draft;
    private LocalDate draftFrom;
    private String draftNote;

    public void load() {
        try {
            CreditPolicy p = policies.get(id);
            name = p.name();
            version = p.versionNo();
            period = p.effectiveFrom() + " – " + (p.effectiveTo() == null ? "" : p.effectiveTo());
            jurisdiction = p.jurisdiction() == null ? null : p.jurisdiction().name();
            note = p.note();
            rulesJson = PolicyRulesJson.toJson(p.rules());
            history = policies.history(id).stream()
                    .map(PolicyListBacking.PolicyRow::of)
                    .toList();
            draft = PolicyDraft.of(p.rules());
            draftFrom = LocalDate.now().plusDays(1);
        } catch (DomainException e) {
            error(e.kind() == DomainException.Kind.NOT_FOUND ? DomainMessages.of(e, locale()) : e.getMessage());
        }
    }

    public void saveNewVersion() throws IOException {
        Set<String> twice = draft.duplicateActivityTypes();
        if (!twice.isEmpty()) {
            Messages.error(
                    FacesContext.getCurrentInstance(), null, "policy.draft.activityTwice", String.join(", ", twice));
            return;
        }
        try {
            PolicyRules rules = draft.toRules();
            long created = policies.newVersion(id, null, null, draftFrom, rules, draftNote);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info(faces, null, "policy.saved");
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/app/policies/view.xhtml?id="
                            + created);
        } catch (InvalidPolicy e) {
            error(DomainMessages.of(e, locale()));
            for (PolicyViolation v : e.violations()) {
                error(DomainMessages.format(v.messageKey(), v.args(), locale()));
            }
        } catch (DomainException e) {
            error(DomainMessages.of(e, locale()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(e.getMessage());
        }
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }

    public String getPeriod() {
        return period;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getNote() {
        return note;
    }

    public String getRulesJson() {
        return rulesJson;
    }

    public List<PolicyListBacking.PolicyRow> getHistory() {
        return history;
    }

    public PolicyDraft getDraft() {
        return draft;
    }

    public LocalDate getDraftFrom() {
        return draftFrom;
    }

    public void setDraftFrom(LocalDate draftFrom) {
        this.draftFrom = draftFrom;
    }

    public String getDraftNote() {
        return draftNote;
    }

    public void setDraftNote(String draftNote) {
        this.draftNote = draftNote;
    }
}
