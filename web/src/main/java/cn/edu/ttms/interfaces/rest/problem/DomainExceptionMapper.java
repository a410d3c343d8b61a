package cn.edu.ttms.interfaces.rest.problem;

import cn.edu.ttms.infrastructure.json.JsonBuilders;
import cn.edu.ttms.domain.model.shared.HasViolations;
import cn.edu.ttms.domain.model.shared.Violation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import cn.edu.ttms.domain.model.shared.ConcurrentChange;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.RecordNotFound;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A business rule said no: 422 with the rule's own words (the conflict kinds map to 409 themselves). */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    /** Refusals that are not "unprocessable input": a step the state forbids, or a role that may not take it. */
    private static final java.util.Map<String, Integer> STATUS_BY_KEY = java.util.Map.ofEntries(
            java.util.Map.entry("error.project.illegalTransition", 409),
            java.util.Map.entry("error.project.notYours", 403),
            java.util.Map.entry("error.proposal.submitted", 409),
            java.util.Map.entry("error.proposal.proposerSubmits", 403),
            java.util.Map.entry("error.plan.nameTaken", 409),
            java.util.Map.entry("plan.ownerNotBureau", 403),
            java.util.Map.entry("error.project.qualificationNeedsCity", 403),
            java.util.Map.entry("error.policy.nationwideAdminOnly", 403),
            java.util.Map.entry("error.round.alreadyDrawn", 409),
            java.util.Map.entry("error.round.stillOpen", 409),
            java.util.Map.entry("error.attendance.notEnrolled", 403),
            java.util.Map.entry("error.attendance.notAllowed", 403),
            java.util.Map.entry("error.attendance.already", 409),
            java.util.Map.entry("error.batch.notYourStep", 403),
            java.util.Map.entry("error.batch.notYours", 403),
            java.util.Map.entry("error.project.bySignatures", 409),
            java.util.Map.entry("error.project.belowMinimum", 409),
            java.util.Map.entry("error.account.usernameTaken", 409),
            java.util.Map.entry("error.account.teacherHasAccount", 409),
            java.util.Map.entry("error.account.roleNotGrantable", 403),
            java.util.Map.entry("error.account.self", 403),
            java.util.Map.entry("error.account.ownPassword", 403),
            java.util.Map.entry("error.accountSheet.notFetched", 409),
            java.util.Map.entry("error.accountSheet.nothingToReissue", 409));

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        return respond(e, DomainMessages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    static Response respond(DomainException e, Locale locale) {
        if (e instanceof cn.edu.ttms.domain.model.signing.SigningLocked locked) {
            return SigningLockedMapper.respond(locked, locale);
        }
        int status = e instanceof ConcurrentChange || e instanceof Conflict
                || e instanceof cn.edu.ttms.domain.model.enrolment.EnrolmentRefused r && r.conflict()
                || e instanceof cn.edu.ttms.domain.model.result.BatchRefused b && b.conflict() ? 409
                : e instanceof RecordNotFound ? 404 : STATUS_BY_KEY.getOrDefault(e.messageKey(), 422);
        String title = ProblemTexts.get(status == 409 ? "api.conflict" : status == 404 ? "api.notFound"
                : status == 403 ? "api.forbidden" : "api.unprocessable", locale);
        if (e instanceof HasViolations listed) {
            return Problem.of(status, title, DomainMessages.of(e, locale), violations(listed.violations(), locale));
        }
        return Problem.of(status, title, DomainMessages.of(e, locale));
    }

    /** Several problems at once, each {@code {"field", "message"}}: the "errors" of a problem, or a project's warnings. */
    public static JsonArrayBuilder violations(List<Violation> list, Locale locale) {
        JsonArrayBuilder out = JsonBuilders.createArrayBuilder();
        for (Violation v : list) {
            JsonObjectBuilder o = JsonBuilders.createObjectBuilder()
                    .add("message", DomainMessages.format(v.messageKey(), v.args(), locale));
            if (v.field() != null) {
                o.add("field", v.field());
            }
            out.add(o);
        }
        return out;
    }

    /** Marks refusals that are conflicts with the current state (capacity, a concurrent edit…). */
    public interface Conflict {
    }
}
