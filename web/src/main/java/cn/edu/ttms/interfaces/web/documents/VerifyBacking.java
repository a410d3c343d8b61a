package cn.edu.ttms.interfaces.web.documents;

import cn.edu.ttms.application.document.VerificationView;
import cn.edu.ttms.application.document.Verifications;
import cn.edu.ttms.domain.model.document.DocumentStatus;
import cn.edu.ttms.interfaces.shared.LookupLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The public verification page (issue 18, item 4): VALID or REVOKED, what the document certifies, the
 * holder masked, nothing more. Unknown codes answer 404, too many lookups 429, as the API does.
 */
@Named
@RequestScoped
public class VerifyBacking {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    Verifications verifications;

    @Inject
    LookupLimiter limiter;

    private VerificationView view;
    private boolean tooMany;
    private String code;

    @PostConstruct
    void lookUp() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpServletResponse response =
                (HttpServletResponse) faces.getExternalContext().getResponse();
        Object attribute = request.getAttribute(VerifyPathServlet.CODE);
        code = attribute != null ? attribute.toString() : request.getParameter("code");
        if (code == null || code.isBlank()) {
            return; // the page then asks for a code
        }
        if (!limiter.allow(request.getRemoteAddr())) {
            tooMany = true;
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(limiter.retryAfterSeconds()));
            return;
        }
        view = verifications.lookup(code, request.getRemoteAddr()).orElse(null);
        if (view == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public boolean isAsked() {
        return code != null && !code.isBlank();
    }

    public boolean isTooMany() {
        return tooMany;
    }

    public boolean isFound() {
        return view != null;
    }

    public boolean isValid() {
        return view != null && view.status() == DocumentStatus.VALID;
    }

    public VerificationView getView() {
        return view;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getIssuedOn() {
        return view == null ? null : LocalDate.ofInstant(view.issuedAt(), CHINA);
    }

    public LocalDate getRevokedOn() {
        return view == null || view.revokedAt() == null ? null : LocalDate.ofInstant(view.revokedAt(), CHINA);
    }
}
