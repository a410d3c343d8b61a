package cn.edu.ttms.interfaces.web.audit;

import cn.edu.ttms.application.audit.AuditView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Pages' way to {@link AuditSentences}: {@code #{auditLines.of(list)}}, each list turned into sentences once a request. */
@Named
@RequestScoped
public class AuditLines {

    private final Map<List<AuditView>, List<AuditSentences.Line>> done = new IdentityHashMap<>();
    private AuditSentences sentences;

    public List<AuditSentences.Line> of(List<AuditView> entries) {
        if (entries == null) {
            return List.of();
        }
        return done.computeIfAbsent(entries, e -> sentences().lines(e));
    }

    AuditSentences sentences() {
        if (sentences == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale locale = faces == null || faces.getViewRoot() == null
                    ? Locale.SIMPLIFIED_CHINESE
                    : faces.getViewRoot().getLocale();
            sentences = AuditSentences.in(locale);
        }
        return sentences;
    }
}
