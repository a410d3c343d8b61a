package cn.edu.ttms.interfaces.web.audit;

import cn.edu.ttms.application.audit.AuditLog;
import cn.edu.ttms.domain.model.audit.AuditAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** app/audit/list.xhtml: the audit trail of the caller's scope, newest first, by actor and action. */
@Named
@ViewScoped
public class AuditListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    private String actor;
    private String action;
    private LazyDataModel<AuditSentences.Line> entries;

    @PostConstruct
    void init() {
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) log.countInScope(actor, action);
            }

            @Override
            public List<AuditSentences.Line> load(
                    int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return sentences().lines(log.inScope(actor, action, first, size));
            }

            @Override
            public String getRowKey(AuditSentences.Line row) {
                return String.valueOf(row.id());
            }
        };
    }

    private static AuditSentences sentences() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return AuditSentences.in(
                faces == null || faces.getViewRoot() == null
                        ? java.util.Locale.SIMPLIFIED_CHINESE
                        : faces.getViewRoot().getLocale());
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LazyDataModel<AuditSentences.Line> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
