package cn.edu.ttms.interfaces.web.enrolments;

import cn.edu.ttms.application.enrolment.EnrolmentRounds;
import cn.edu.ttms.application.enrolment.RoundsOverview;
import cn.edu.ttms.domain.model.enrolment.RoundMode;
import cn.edu.ttms.domain.model.enrolment.RoundState;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import cn.edu.ttms.interfaces.web.shell.PageAccess;
import cn.edu.ttms.interfaces.web.shell.Times;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * app/enrolments/rounds.xhtml?project=…: a project's enrolment rounds — open one, draw a closed
 * lottery (after a confirmation: the draw cannot be undone), move the waiting list up into free
 * places. Each action is one call of {@link EnrolmentRounds}, the service behind the REST API; a
 * button that is not there says why. Times are China time, as everywhere on the pages.
 */
@Named
@ViewScoped
public class EnrolmentRoundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    EnrolmentRounds rounds;

    private Long project;
    private RoundsOverview overview;
    private RoundMode mode = RoundMode.LOTTERY;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Integer drawing;
    private EnrolmentRounds.Draw lastDraw;
    private Integer lastDrawRound;

    public void load() {
        if (!PageAccess.allow("ADMIN", "BUREAU_STAFF") || project == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(CHINA).truncatedTo(ChronoUnit.HOURS);
        opensAt = now;
        closesAt = now.plusDays(7);
        refresh();
    }

    private void refresh() {
        try {
            overview = rounds.overview(project);
        } catch (DomainException e) {
            overview = null;
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    public void open() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            int no = rounds.open(project, mode, instant(opensAt), instant(closesAt))
                    .roundNo();
            Messages.info(faces, null, "rounds.opened", no);
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
        refresh();
    }

    public void askDraw(RoundsOverview.Line line) {
        drawing = line.roundNo();
    }

    public void dismissDraw() {
        drawing = null;
    }

    public void confirmDraw() {
        if (drawing == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            lastDraw = rounds.draw(project, drawing, null);
            lastDrawRound = drawing;
            Messages.info(
                    faces,
                    null,
                    "rounds.drawn",
                    drawing,
                    String.valueOf(lastDraw.seed()),
                    lastDraw.enrolled().size(),
                    lastDraw.waiting().size());
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
        drawing = null;
        refresh();
    }

    public void backfill() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Messages.info(
                    faces, null, "rounds.backfilled", rounds.backfill(project).size());
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
        refresh();
    }

    /** Why a round has no draw button, in words (null when it has one). */
    public String whyNoDraw(RoundsOverview.Line line) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (line.drawable()) {
            return null;
        }
        if (line.mode() != RoundMode.LOTTERY) {
            return Messages.text(faces, "rounds.noDraw.firstCome");
        }
        if (line.state() == RoundState.DRAWN) {
            return Messages.text(faces, "rounds.noDraw.drawn", Times.shown(line.drawnAt()), line.drawnBy());
        }
        return Messages.text(faces, "rounds.noDraw.stillOpen", Times.shown(line.closesAt()));
    }

    /** Why the waiting list cannot move up now (null when it can). */
    public String getWhyNoBackfill() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (overview == null || overview.backfillable()) {
            return null;
        }
        return Messages.text(faces, overview.waiting() == 0 ? "rounds.noBackfill.nobody" : "rounds.noBackfill.full");
    }

    /** The order of the last draw as enrolment numbers, as the audit trail records it. */
    public String getLastOrder() {
        return lastDraw == null
                ? ""
                : lastDraw.order().stream().map(String::valueOf).collect(Collectors.joining(" · "));
    }

    public String shown(Instant at) {
        return Times.shown(at);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(CHINA).toInstant();
    }

    public RoundMode[] getModes() {
        return RoundMode.values();
    }

    public List<RoundsOverview.Line> getLines() {
        return overview == null ? List.of() : overview.rounds();
    }

    public RoundsOverview getOverview() {
        return overview;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public RoundMode getMode() {
        return mode;
    }

    public void setMode(RoundMode mode) {
        this.mode = mode;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getDrawing() {
        return drawing;
    }

    public EnrolmentRounds.Draw getLastDraw() {
        return lastDraw;
    }

    public Integer getLastDrawRound() {
        return lastDrawRound;
    }
}
