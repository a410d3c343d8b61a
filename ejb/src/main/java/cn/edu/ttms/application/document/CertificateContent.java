package cn.edu.ttms.application.document;

import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a completion certificate (结业证书) states: that a teacher completed a project, recognised and
 * passed.
 *
 * @param host the institution that ran the training
 * @param start the first day of the first stage
 * @param end the last day of the last stage
 */
public record CertificateContent(
        TranscriptContent.Holder holder,
        String projectCode,
        String projectName,
        Level level,
        String host,
        LocalDate start,
        LocalDate end,
        BigDecimal hours,
        BigDecimal credits,
        Grade grade,
        Issue issue) {

    public CertificateContent {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(issue, "issue");
    }
}
