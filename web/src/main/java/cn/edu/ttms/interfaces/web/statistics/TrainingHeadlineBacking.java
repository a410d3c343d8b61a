package cn.edu.ttms.interfaces.web.statistics;

import cn.edu.ttms.application.statistics.TrainingReport;
import cn.edu.ttms.application.statistics.TrainingStatistics;
import cn.edu.ttms.domain.model.shared.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * The home page's training figures for bureau staff and province officers (issue 19, item 4): places
 * planned and recognised this year and the share of the unit's teachers trained — three aggregates,
 * read once per request and only for those roles.
 */
@Named
@RequestScoped
public class TrainingHeadlineBacking {

    @Inject
    TrainingStatistics statistics;

    private TrainingReport.Headline headline;
    private boolean read;

    /** Whether the caller's home page shows the figures. */
    public boolean isShown() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRemoteUser() != null
                && (external.isUserInRole("BUREAU_STAFF") || external.isUserInRole("PROVINCE_OFFICER"));
    }

    public TrainingReport.Headline getHeadline() {
        if (!read) {
            read = true;
            if (isShown()) {
                try {
                    headline = statistics.headline(LocalDate.now().getYear());
                } catch (DomainException e) {
                    headline = null;
                }
            }
        }
        return headline;
    }
}
