package cn.edu.ttms.interfaces.web.accounts;

import cn.edu.ttms.application.account.AccountService;
import cn.edu.ttms.application.account.AccountSheetFile;
import cn.edu.ttms.application.account.AccountSheetReissue;
import cn.edu.ttms.application.account.AccountSheetSummary;
import cn.edu.ttms.application.account.TeacherAccountOpening;
import cn.edu.ttms.application.account.TeacherAccounts;
import cn.edu.ttms.application.organisation.OrganisationAdmin;
import cn.edu.ttms.application.organisation.OrganisationNode;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import cn.edu.ttms.interfaces.web.shell.Times;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * app/accounts/teacher-accounts.xhtml?unit=…: choose a unit in scope, open accounts for its teachers
 * who have none, and fetch the schools' account sheets (each once). The downloads are form posts
 * (JSF's view state guards them), not links: a link from another site, followed with the session
 * cookie (SameSite=Lax lets top-level GETs through), would burn a sheet nobody received. For
 * administrators, bureau staff and school administrators; anyone else gets a 404.
 */
@Named
@ViewScoped
public class TeacherAccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] ROLES = {"ADMIN", "BUREAU_STAFF", "SCHOOL_ADMIN"};

    @Inject
    TeacherAccounts teacherAccounts;

    @Inject
    OrganisationAdmin organisations;

    @Inject
    AccountService accounts;

    private Long unit;
    private List<OrganisationNode> units = List.of();
    private long without;
    private long with;
    private List<AccountSheetSummary> sheets = List.of();

    public void load() {
        if (!allowed()) {
            return;
        }
        units = organisations.subtree().stream()
                .filter(n -> !n.closed() && n.kind() != OrganisationKind.INSTITUTION)
                .toList();
        if (unit == null) {
            unit = accounts.current()
                    .map(a -> a.organisation().id())
                    .filter(own -> units.stream().anyMatch(n -> n.id() == own))
                    .orElse(units.isEmpty() ? null : units.get(0).id());
        }
        refresh();
    }

    /** The counts and the sheets of the chosen unit. */
    public void refresh() {
        if (unit == null) {
            return;
        }
        try {
            long[] counts = teacherAccounts.counts(unit);
            without = counts[0];
            with = counts[1];
            sheets = teacherAccounts.sheets(unit, 0, 500);
        } catch (DomainException e) {
            unit = null;
            sheets = List.of();
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    public void open() {
        if (unit == null) {
            return;
        }
        try {
            TeacherAccountOpening opened = teacherAccounts.open(unit);
            Messages.info(
                    FacesContext.getCurrentInstance(),
                    null,
                    "teacherAccounts.opened",
                    opened.created(),
                    opened.existing(),
                    opened.sheets(),
                    opened.renamed());
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
        refresh();
    }

    /** The one download of a school's sheet (xlsx); fetched before, the page says by whom and when. */
    public void download(long sheetId) {
        try {
            send(teacherAccounts.fetch(sheetId, signInAddress()), XLSX, ".xlsx");
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
            refresh();
        }
    }

    /**
     * A lost sheet reissued: its teachers without a password of their own go into a new sheet to
     * download, and the lost sheet's one-time passwords stop working at once.
     */
    public void reissue(long sheetId) {
        try {
            AccountSheetReissue reissued = teacherAccounts.reissue(sheetId);
            Messages.info(
                    FacesContext.getCurrentInstance(),
                    null,
                    "teacherAccounts.reissued",
                    reissued.sheet().accounts(),
                    reissued.skipped());
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
        refresh();
    }

    /** Every sheet of the unit not downloaded yet, one xlsx per school in a zip. */
    public void downloadAll() {
        if (unit == null) {
            return;
        }
        try {
            send(teacherAccounts.fetchUnfetched(unit, signInAddress()), "application/zip", ".zip");
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
            refresh();
        }
    }

    private static void send(AccountSheetFile file, String type, String extension) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String name = file.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + extension;
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseHeader("Cache-Control", "no-store"); // one-time passwords: no copy in any cache
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"" + file.fallbackName() + extension + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        external.setResponseContentLength(file.content().length);
        try {
            external.getResponseOutputStream().write(file.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Where the teachers sign in, as printed on the sheet: this server's sign-in page. */
    private static String signInAddress() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        int port = request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + (port == 80 || port == 443 ? "" : ":" + port)
                + request.getContextPath() + "/login.xhtml";
    }

    public String unitLabel(OrganisationNode n) {
        return "\u3000".repeat(Math.max(0, n.depth())) + n.name();
    }

    public String shown(Instant at) {
        return Times.shown(at);
    }

    private static boolean allowed() {
        return cn.edu.ttms.interfaces.web.shell.PageAccess.allow(ROLES);
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public List<OrganisationNode> getUnits() {
        return units;
    }

    public long getWithout() {
        return without;
    }

    public long getWith() {
        return with;
    }

    public List<AccountSheetSummary> getSheets() {
        return sheets;
    }

    public boolean isAnyUnfetched() {
        return sheets.stream().anyMatch(s -> !s.fetched());
    }
}
