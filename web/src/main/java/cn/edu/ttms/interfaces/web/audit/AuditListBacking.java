package cn.edu.ttms.interfaces.web.audit;

import cn.edu.ttms.application.audit.AuditLog;
import cn.edu.ttms.application.audit.AuditView;
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
    private LazyDataModel<AuditView> entries;

    @PostConstruct
    void init() {
        entries = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) log.countInScope(actor, action);
            }

            @Override
            public List<AuditView> load(
                    int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return log.inScope(actor, action, first, size);
            }

            @Override
            public String getRowKey(AuditView row) {
                return String.valueOf(row.id());
            }
        };
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LazyDataModel<AuditView> getEntries() {
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
