package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.account.AccountService;
import cn.edu.ttms.application.archive.ArchiveEntry;
import cn.edu.ttms.application.archive.Archives;
import cn.edu.ttms.application.archive.TeacherArchive;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.compliance.Assessment;
import cn.edu.ttms.domain.model.compliance.ComplianceReport;
import cn.edu.ttms.domain.model.policy.RequirementPeriod;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A teacher's training archive and compliance: app/me/archive.xhtml for the signed-in teacher,
 * app/teachers/archive.xhtml?id=… for staff in scope (each view is audited by the service). Every
 * result with its status; the integrity record; the chosen cycle's rows and each year's.
 */
@Named
@ViewScoped
public class ArchiveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Archives archives;

    @Inject
    AccountService accounts;

    private Long id;
    private Integer cycle;
    private Integer currentCycle;
    private TeacherArchive archive;
    private List<Integer> cycles = List.of();
    private boolean assessed;
    /** Not Serializable: read again should the view be restored elsewhere. */
    private transient ComplianceReport report;

    /** app/me/archive.xhtml: the signed-in teacher's own record. */
    public void loadMine() {
        if (!ResultPages.allow("TEACHER")) {
            return;
        }
        id = accounts.current().map(UserAccount::teacherId).orElse(null);
        if (id == null) {
            Messages.error(FacesContext.getCurrentInstance(), null, "archive.noTeacher");
            return;
        }
        read();
    }

    /** app/teachers/archive.xhtml?id=…: a teacher in the caller's scope. */
    public void load() {
        if (!ResultPages.allow(ResultPages.STAFF)) {
            return;
        }
        if (id == null) {
            Messages.error(FacesContext.getCurrentInstance(), null, "archive.notFound");
            return;
        }
        read();
    }

    private void read() {
        try {
            archive = archives.archive(id);
            currentCycle = archives.currentCycleStart(id);
            if (cycle == null) {
                cycle = currentCycle;
            }
        } catch (DomainException e) {
            archive = null;
            Messages.error(FacesContext.getCurrentInstance(), e);
            return;
        }
        assess();
    }

    /** The chosen cycle's compliance (the cycle selector's action). */
    public void assess() {
        report = null;
        assessed = false;
        if (archive == null || cycle == null) {
            return;
        }
        try {
            report = archives.compliance(id, cycle);
            assessed = true;
            cycles = cycleChoices();
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
            if (cycles.isEmpty() && currentCycle != null) {
                cycles = List.of(currentCycle);
            }
        }
    }

    /** The cycles to choose from: the current one, those of the archive's results, and the one shown. */
    private List<Integer> cycleChoices() {
        int length = report.cycle().length();
        TreeSet<Integer> starts = new TreeSet<>(Comparator.reverseOrder());
        starts.add(currentCycle);
        starts.add(cycle);
        for (ArchiveEntry e : archive.entries()) {
            starts.add(currentCycle + Math.floorDiv(e.year() - currentCycle, length) * length);
        }
        return new ArrayList<>(starts);
    }

    public ComplianceReport getReport() {
        if (report == null && assessed) {
            report = archives.compliance(id, cycle);
        }
        return report;
    }

    /** The tabs: the whole cycle first, then each year. */
    public List<Assessment> getPeriods() {
        ComplianceReport r = getReport();
        if (r == null) {
            return List.of();
        }
        List<Assessment> periods = new ArrayList<>();
        periods.add(r.cycleAssessment());
        periods.addAll(r.years());
        return periods;
    }

    /** A tab's title with its mark: ✓ met, ✗ not met, or "未到期" for a year that has not begun. */
    public String periodTitle(Assessment a) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String check = !a.due() ? Messages.text(faces, "archive.notDue") : a.compliant() ? "✓" : "✗";
        return a.period() == RequirementPeriod.CYCLE
                ? Messages.text(
                        faces, "archive.cycleTab", String.valueOf(a.firstYear()), String.valueOf(a.lastYear()), check)
                : Messages.text(faces, "archive.yearTab", String.valueOf(a.firstYear()), check);
    }

    public TeacherArchive getArchive() {
        return archive;
    }

    public List<Integer> getCycles() {
        return cycles;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getCycle() {
        return cycle;
    }

    public void setCycle(Integer cycle) {
        this.cycle = cycle;
    }
}
