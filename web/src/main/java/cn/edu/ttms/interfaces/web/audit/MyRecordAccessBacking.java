package cn.edu.ttms.interfaces.web.audit;

import cn.edu.ttms.application.audit.AuditLog;
import cn.edu.ttms.application.audit.AuditView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** app/me/access.xhtml: a teacher sees who looked at, changed or exported their record. */
@Named
@RequestScoped
public class MyRecordAccessBacking {

    @Inject
    AuditLog log;

    private List<AuditView> entries;

    public List<AuditView> getEntries() {
        if (entries == null) {
            entries = log.accessesToMyRecord();
        }
        return entries;
    }
}
