package cn.edu.ttms.interfaces.web.results;

import cn.edu.ttms.application.result.BatchQueries;
import cn.edu.ttms.application.result.BatchSheet;
import cn.edu.ttms.application.result.ResultEntry;
import cn.edu.ttms.application.result.ResultLine;
import cn.edu.ttms.application.result.ResultRow;
import cn.edu.ttms.domain.model.result.InvalidResults;
import cn.edu.ttms.domain.model.shared.DomainException;
import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.domain.model.shared.Violation;
import cn.edu.ttms.interfaces.web.shell.Figures;
import cn.edu.ttms.interfaces.web.shell.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.PrimeFaces;
import org.primefaces.event.CellEditEvent;

/**
 * app/results/batch.xhtml?id=… (or ?project=…, which opens the class's batch and comes back with its
 * id): a class's results grid — hours per stage and score in cells, the policy's grade, credits and
 * module split as each row is edited (a preview by the application, saved with the grid) — while the batch is open to the caller. Signing, returning and
 * verification are {@link BatchSignOffBacking} and {@link BatchVerificationBacking} on the same page.
 */
@Named
@ViewScoped
public class ResultBatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Figures FIGURES = new Figures();

    /** The field of a grid problem: {@code row N: column} (ResultRules). */
    private static final Pattern CELL = Pattern.compile("row (\\d+): (\\S+)");

    /** The cells of a row that show the policy's figures (and are re-rendered when the row is edited). */
    private static final List<String> ROW_FIGURES = List.of(
            "hoursShown", "gradeShown", "baseShown", "performanceShown", "creditsShown", "modulesShown", "policyShown");

    @Inject
    ResultEntry entry;

    @Inject
    BatchQueries queries;

    private Long id;
    private Long project;
    private BatchSheet sheet;
    private List<Integer> stages = List.of();
    private List<GridRow> rows = List.of();
    private final HashSet<String> errorCells = new HashSet<>();

    /** The page's view action: the batch by id, or the project's batch opened and shown by its id. */
    public String load() {
        if (!ResultPages.allow(ResultPages.BATCHES)) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (id == null && project != null) {
            Long opened = batchOf(project);
            return opened == null ? null : "/app/results/batch?faces-redirect=true&id=" + opened;
        }
        if (id == null) {
            Messages.error(faces, null, "results.notFound");
            return null;
        }
        try {
            show(entry.sheet(id));
        } catch (DomainException e) {
            sheet = null;
            Messages.error(faces, e);
        }
        return null;
    }

    /**
     * Those who enter results open the batch (rows for newly enrolled trainees are added then); the
     * others (reviewers, the province, a parent bureau) see it once it exists.
     */
    private Long batchOf(long projectId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        DomainException refused = null;
        try {
            return entry.open(projectId).batchId();
        } catch (EJBAccessException readsOnly) {
            // not a role that enters results
        } catch (DomainException e) {
            refused = e;
        }
        Optional<Long> existing = queries.batchOfProject(projectId);
        if (existing.isEmpty()) {
            if (refused != null) {
                Messages.error(faces, refused);
            } else {
                Messages.error(faces, null, "results.noBatch");
            }
        }
        return existing.orElse(null);
    }

    /** Shows a batch as read: the grid is rebuilt, voided rows last (they are never sent). */
    void show(BatchSheet read) {
        sheet = read;
        id = read.batchId();
        stages = new ArrayList<>(read.stagesOffered().keySet());
        List<GridRow> active = new ArrayList<>();
        List<GridRow> voided = new ArrayList<>();
        for (ResultRow r : read.rows()) {
            (r.voided() ? voided : active).add(new GridRow(r, stages));
        }
        active.addAll(voided);
        rows = active;
        errorCells.clear();
    }

    /** Shows the batch as an upload of its spreadsheet left it. */
    public void reloadAfterImport() {
        show(entry.sheet(sheet.batchId()));
    }

    /** Reads the batch again after a step elsewhere on the page; entries not yet saved stay in the grid. */
    public void refresh() {
        BatchSheet read = entry.sheet(sheet.batchId());
        if (isDirty() && read.status().editable() && read.revision() == sheet.revision()) {
            sheet = read;
        } else {
            show(read);
        }
    }

    /**
     * Sends every row (but the voided) to be checked and saved together; on success the policy's
     * figures come back. Row N of a problem is the N-th row of the grid.
     */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isEditable()) {
            return;
        }
        errorCells.clear();
        if (notNumbers(faces)) {
            return; // every value stays in its cell, marked, to be corrected
        }
        List<ResultLine> lines =
                rows.stream().filter(r -> !r.isVoided()).map(GridRow::line).toList();
        try {
            entry.save(sheet.batchId(), lines);
            show(entry.sheet(sheet.batchId()));
            Messages.info(
                    faces,
                    null,
                    "results.saved",
                    String.valueOf(sheet.scored()),
                    FIGURES.credits(sheet.totalCredits()));
        } catch (InvalidResults e) {
            problems(faces, e);
        } catch (DomainException e) {
            Messages.error(faces, e);
        }
    }

    /**
     * Cells whose text is not a number, each reported with its row number, trainee and column and the
     * text as typed (kept in the cell); true when there were any.
     */
    private boolean notNumbers(FacesContext faces) {
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            GridRow r = rows.get(i);
            if (r.isVoided()) {
                continue;
            }
            for (String column : r.badColumns()) {
                any = true;
                errorCells.add(i + ":" + column);
                Messages.error(
                        faces,
                        null,
                        "results.notANumberAt",
                        String.valueOf(i + 1),
                        r.getRow().name(),
                        columnLabel(faces, column),
                        r.typed(column));
            }
        }
        return any;
    }

    /**
     * A cell of the grid was edited: the row's figures are worked out by the application under the policy
     * the save would use, to be shown in that row's cells only ({@link #showEditedRow}; the grid itself is
     * not re-rendered, so cell editing keeps its state). A problem names the row and keeps the value.
     */
    public void cellEdited(CellEditEvent<?> event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        int index = event.getRowIndex();
        if (!isEditable()
                || index < 0
                || index >= rows.size()
                || rows.get(index).isVoided()) {
            return;
        }
        GridRow row = rows.get(index);
        errorCells.removeIf(cell -> cell.startsWith(index + ":"));
        List<String> bad = row.badColumns();
        if (!bad.isEmpty()) {
            row.notComputed();
            for (String column : bad) {
                errorCells.add(index + ":" + column);
                Messages.error(
                        faces,
                        null,
                        "results.notANumberAt",
                        String.valueOf(index + 1),
                        row.getRow().name(),
                        columnLabel(faces, column),
                        row.typed(column));
            }
        } else {
            try {
                row.preview(entry.preview(sheet.batchId(), index + 1, row.line()));
            } catch (InvalidResults e) {
                row.notComputed();
                for (Violation v : e.violations()) {
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rowProblem(faces, v), null));
                }
            } catch (DomainException e) {
                Messages.error(faces, e);
            }
        }
        // the grid is this request's to render (PrimeFaces renders the edited cell through it), and Faces does
        // not render ids inside a component it renders: the row's figures follow in a request of their own
        PrimeFaces.current().ajax().addCallbackParam("editedRow", index);
    }

    /**
     * Right after a cell edit (its {@code oncomplete}): renders the edited row's figure cells only, by their
     * ids ({@code batchForm:grid:N:creditsShown} …), never the whole grid.
     */
    public void showEditedRow() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String param = faces.getExternalContext().getRequestParameterMap().get("row");
        int index;
        try {
            index = Integer.parseInt(param);
        } catch (NumberFormatException e) {
            return;
        }
        if (index < 0 || index >= rows.size()) {
            return;
        }
        String prefix = "batchForm:grid:" + index + ":";
        PrimeFaces.current()
                .ajax()
                .update(ROW_FIGURES.stream().map(prefix::concat).toList());
    }

    /** Discards what was typed and reads the batch again (after someone else saved, for instance). */
    public void reload() {
        try {
            show(entry.sheet(sheet.batchId()));
        } catch (DomainException e) {
            Messages.error(FacesContext.getCurrentInstance(), e);
        }
    }

    /** Every problem of the grid, each with the trainee and the column it is in; those cells turn red. */
    private void problems(FacesContext faces, InvalidResults e) {
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        DomainMessages.of(e, faces.getViewRoot().getLocale()),
                        null));
        for (Violation v : e.violations()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rowProblem(faces, v), null));
        }
    }

    /** A problem of a row, with the trainee and the column it is in; that cell turns red. */
    private String rowProblem(FacesContext faces, Violation v) {
        String text = Messages.violation(faces, v);
        Matcher cell = v.field() == null ? null : CELL.matcher(v.field());
        if (cell != null && cell.matches()) {
            int index = Integer.parseInt(cell.group(1)) - 1;
            String column = cell.group(2);
            if (index >= 0 && index < rows.size()) {
                errorCells.add(index + ":" + column);
                text = Messages.text(
                        faces,
                        "results.violation",
                        text,
                        rows.get(index).getRow().name(),
                        columnLabel(faces, column));
            }
        }
        return text;
    }

    private static String columnLabel(FacesContext faces, String column) {
        if (column.startsWith("stage")) {
            return Messages.text(faces, "results.stage", column.substring("stage".length()));
        }
        return Messages.text(faces, "results." + column);
    }

    /** The header of a stage's column: its number and the hours it offers under the policy. */
    public String stageHeader(Integer stage) {
        FacesContext faces = FacesContext.getCurrentInstance();
        BigDecimal max = sheet == null ? null : sheet.stagesOffered().get(stage);
        return max == null
                ? Messages.text(faces, "results.stage", String.valueOf(stage))
                : Messages.text(faces, "results.stageHeader", String.valueOf(stage), FIGURES.number(max));
    }

    public boolean isError(int rowIndex, String column) {
        return errorCells.contains(rowIndex + ":" + column);
    }

    public boolean isStageError(int rowIndex, Integer stage) {
        return errorCells.contains(rowIndex + ":stage" + stage);
    }

    /** Whether the grid has entries not yet saved. */
    public boolean isDirty() {
        return rows.stream().anyMatch(GridRow::isChanged);
    }

    /** Cells are editable while the batch is open (draft, or returned for correction) to one who enters it. */
    public boolean isEditable() {
        return sheet != null && sheet.mayEnter() && sheet.status().editable();
    }

    public String getTotalsLine() {
        if (sheet == null) {
            return "";
        }
        long active = rows.stream().filter(r -> !r.isVoided()).count();
        return Messages.text(
                FacesContext.getCurrentInstance(),
                "results.totals",
                String.valueOf(sheet.scored()),
                String.valueOf(active),
                FIGURES.credits(sheet.totalCredits()));
    }

    public BatchSheet getSheet() {
        return sheet;
    }

    public List<GridRow> getRows() {
        return rows;
    }

    public List<Integer> getStages() {
        return stages;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }
}
