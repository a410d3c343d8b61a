package cn.edu.ttms.infrastructure.spreadsheet.organisation;

import cn.edu.ttms.application.organisation.KnownUnit;
import cn.edu.ttms.application.organisation.UnitRow;
import cn.edu.ttms.application.organisation.UnitSheetResult;
import cn.edu.ttms.application.sheet.ImportProblem;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.shared.MessageKeyed;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a units spreadsheet (the organisation tree of a new installation, or a part of it) and
 * checks it against the units the caller may see, reporting every problem by row and column. Plain
 * Java: no container, no database; the caller hands in its subtree and a look-up of codes in use.
 *
 * <p>A row's 上级单位 names its parent by code or by name: a unit of the caller's subtree, or
 * another row of the same sheet, above or below it (the order of the rows does not matter). A code
 * wins over a name; a name that means more than one unit is refused as ambiguous. A parent outside
 * the caller's subtree is simply unknown: the sheet must not tell what lies outside.
 *
 * <p>A row whose unit already exists (same name under the same parent, same kind) is counted as
 * existing and not created again, so that importing the same sheet twice changes nothing the second
 * time. Rows to create come out parents first.
 */
public final class UnitSheet {

    /** The longest name and code the organisation table holds. */
    public static final int MAX_NAME = 120;

    public static final int MAX_CODE = 40;

    /** Deeper than any valid tree (province → city → county → school): a longer chain is refused. */
    private static final int MAX_CHAIN = 12;

    /** An argument the bundle translates by its own key (e.g. {@code organisation.kind.CITY}). */
    public record BundleKey(String messageKey) implements MessageKeyed, java.io.Serializable {}

    private final Map<Long, KnownUnit> known = new LinkedHashMap<>();
    private final Function<Collection<String>, Set<String>> codesInUse;

    /**
     * @param subtree the units the caller may see (and attach units to)
     * @param codesInUse which of the given codes any unit of the system already has; called at most
     *     once per sheet
     */
    public UnitSheet(Collection<KnownUnit> subtree, Function<Collection<String>, Set<String>> codesInUse) {
        subtree.forEach(u -> known.put(u.id(), u));
        this.codesInUse = Objects.requireNonNull(codesInUse, "codesInUse");
    }

    /** Reads the rows as the spreadsheet reader gave them; never throws for bad data. */
    public UnitSheetResult read(List<SheetRow> sheet) {
        int headerAt = 0;
        while (headerAt < sheet.size() && sheet.get(headerAt).isBlank()) {
            headerAt++;
        }
        if (headerAt == sheet.size()) {
            int row = sheet.isEmpty() ? 1 : sheet.get(0).number();
            return new UnitSheetResult(0, List.of(), 0, List.of(ImportProblem.of(row, "", "import.sheet.empty")));
        }
        SheetRow headerRow = sheet.get(headerAt);
        Map<UnitColumn, Integer> positions = new EnumMap<>(UnitColumn.class);
        Map<UnitColumn, String> texts = new EnumMap<>(UnitColumn.class);
        for (int i = 0; i < headerRow.cells().size(); i++) {
            int at = i;
            UnitColumn.matching(headerRow.cell(i))
                    .filter(c -> !positions.containsKey(c))
                    .ifPresent(c -> {
                        positions.put(c, at);
                        texts.put(c, headerRow.cell(at));
                    });
        }
        List<SheetRow> data = sheet.subList(headerAt + 1, sheet.size()).stream()
                .filter(r -> !r.isBlank())
                .toList();
        Check check = new Check(positions, texts);
        for (UnitColumn column : UnitColumn.values()) {
            if (column.isRequired() && !positions.containsKey(column)) {
                check.add(headerRow.number(), column, "import.column.missing", column.header());
            }
        }
        if (!check.found.isEmpty()) {
            return new UnitSheetResult(data.size(), List.of(), 0, check.sorted());
        }
        return check.run(data);
    }

    private enum State {
        NEW,
        IN_PROGRESS,
        DONE,
        FAILED
    }

    /** What a row stands for once resolved: a unit that exists, or a row to create. */
    private sealed interface Node permits Existing, Created {
        OrganisationKind kind();

        String name();
    }

    private record Existing(KnownUnit unit) implements Node {
        public OrganisationKind kind() {
            return unit.kind();
        }

        public String name() {
            return unit.name();
        }
    }

    private record Created(Line line) implements Node {
        public OrganisationKind kind() {
            return line.kind;
        }

        public String name() {
            return line.name;
        }
    }

    private static final class Line {
        final int row;
        final String name;
        final String kindText;
        final String parentText;
        final String code;
        OrganisationKind kind;
        boolean cellProblems;
        boolean problems;
        boolean inCycle;
        State state = State.NEW;
        Node identity;
        Node parent;

        Line(int row, String name, String kindText, String parentText, String code) {
            this.row = row;
            this.name = name;
            this.kindText = kindText;
            this.parentText = parentText;
            this.code = code;
        }
    }

    private final class Check {
        private record Found(ImportProblem problem, int position) {}

        final List<Found> found = new ArrayList<>();
        final Map<UnitColumn, Integer> positions;
        final Map<UnitColumn, String> texts;
        final Map<String, List<KnownUnit>> knownByName = new HashMap<>();
        final Map<String, List<KnownUnit>> knownByCode = new HashMap<>();
        final Map<Long, Map<String, KnownUnit>> knownChildren = new HashMap<>();
        final Map<String, List<Line>> linesByName = new HashMap<>();
        final Map<String, List<Line>> linesByCode = new HashMap<>();
        final Deque<Line> chain = new ArrayDeque<>();
        final List<Line> toCreate = new ArrayList<>();

        Check(Map<UnitColumn, Integer> positions, Map<UnitColumn, String> texts) {
            this.positions = positions;
            this.texts = texts;
            for (KnownUnit u : known.values()) {
                knownByName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u);
                if (u.code() != null && !u.code().isBlank()) {
                    knownByCode
                            .computeIfAbsent(u.code(), k -> new ArrayList<>())
                            .add(u);
                }
                if (u.parentId() != null) {
                    knownChildren
                            .computeIfAbsent(u.parentId(), k -> new HashMap<>())
                            .putIfAbsent(u.name(), u);
                }
            }
        }

        void add(int row, UnitColumn column, String key, Object... args) {
            String text = column == null ? "" : texts.getOrDefault(column, column.header());
            int position = column == null ? -1 : positions.getOrDefault(column, Integer.MAX_VALUE);
            found.add(new Found(ImportProblem.of(row, text, key, args), position));
        }

        void add(Line line, UnitColumn column, String key, Object... args) {
            line.problems = true;
            add(line.row, column, key, args);
        }

        List<ImportProblem> sorted() {
            return found.stream()
                    .sorted(Comparator.comparingInt((Found f) -> f.problem().row())
                            .thenComparingInt(Found::position))
                    .map(Found::problem)
                    .toList();
        }

        String cell(SheetRow row, UnitColumn column) {
            Integer at = positions.get(column);
            return at == null ? "" : row.cell(at);
        }

        UnitSheetResult run(List<SheetRow> data) {
            List<Line> lines = new ArrayList<>(data.size());
            for (SheetRow row : data) {
                Line line = new Line(
                        row.number(),
                        cell(row, UnitColumn.NAME),
                        cell(row, UnitColumn.KIND),
                        cell(row, UnitColumn.PARENT),
                        cell(row, UnitColumn.CODE));
                checkCells(line);
                lines.add(line);
                if (!line.name.isEmpty()) {
                    linesByName
                            .computeIfAbsent(line.name, k -> new ArrayList<>())
                            .add(line);
                }
                if (!line.code.isEmpty()) {
                    linesByCode
                            .computeIfAbsent(line.code, k -> new ArrayList<>())
                            .add(line);
                }
            }
            for (Line line : lines) {
                resolve(line);
            }
            checkDuplicates(lines);
            checkCodes(lines);
            int existing = 0;
            for (Line line : lines) {
                if (line.state == State.DONE && line.identity instanceof Existing) {
                    existing++;
                }
            }
            List<UnitRow> rows = new ArrayList<>();
            for (Line line : toCreate) {
                if (!line.problems) {
                    rows.add(new UnitRow(
                            line.row,
                            line.name,
                            line.kind,
                            line.code.isEmpty() ? null : line.code,
                            line.parent instanceof Existing e ? e.unit().id() : null,
                            line.parent instanceof Created c ? c.line().row : null));
                }
            }
            return new UnitSheetResult(data.size(), rows, existing, sorted());
        }

        private void checkCells(Line line) {
            if (line.name.isEmpty()) {
                add(line, UnitColumn.NAME, "import.field.missing");
            } else if (line.name.codePointCount(0, line.name.length()) > MAX_NAME) {
                add(
                        line,
                        UnitColumn.NAME,
                        "import.field.tooLong",
                        MAX_NAME,
                        line.name.codePointCount(0, line.name.length()));
            }
            if (line.kindText.isEmpty()) {
                add(line, UnitColumn.KIND, "import.field.missing");
            } else {
                line.kind = UnitKinds.parse(line.kindText).orElse(null);
                if (line.kind == null) {
                    add(line, UnitColumn.KIND, "import.unit.badKind", line.kindText);
                }
            }
            if (line.parentText.isEmpty()) {
                add(line, UnitColumn.PARENT, "import.field.missing");
            }
            if (line.code.codePointCount(0, line.code.length()) > MAX_CODE) {
                add(
                        line,
                        UnitColumn.CODE,
                        "import.field.tooLong",
                        MAX_CODE,
                        line.code.codePointCount(0, line.code.length()));
            }
            line.cellProblems = line.problems;
        }

        /** Finds the line's parent (resolving parent rows first) and what the line itself stands for. */
        private void resolve(Line line) {
            if (line.state != State.NEW) {
                return;
            }
            if (line.parentText.isEmpty()) {
                line.state = State.FAILED;
                return;
            }
            if (chain.size() >= MAX_CHAIN) {
                add(line, UnitColumn.PARENT, "import.unit.tooDeep", MAX_CHAIN);
                line.state = State.FAILED;
                return;
            }
            line.state = State.IN_PROGRESS;
            chain.push(line);
            Set<Node> parents = new LinkedHashSet<>();
            boolean blocked = false;
            for (Object candidate : candidates(line.parentText)) {
                if (candidate instanceof KnownUnit unit) {
                    parents.add(new Existing(unit));
                    continue;
                }
                Line other = (Line) candidate;
                if (other.state == State.IN_PROGRESS) {
                    markCycle(other);
                    continue;
                }
                resolve(other);
                if (other.identity != null) {
                    parents.add(other.identity); // a row that failed on its own cells may still name a unit
                } else {
                    blocked = true;
                    parents.add(new Created(other));
                }
            }
            chain.pop();
            if (line.inCycle) {
                add(line, UnitColumn.PARENT, "import.unit.cycle", line.parentText);
                line.state = State.FAILED;
                return;
            }
            if (parents.isEmpty()) {
                add(line, UnitColumn.PARENT, "import.unit.unknownParent", line.parentText);
                line.state = State.FAILED;
                return;
            }
            if (parents.size() > 1) {
                add(line, UnitColumn.PARENT, "import.unit.ambiguousParent", line.parentText);
                line.state = State.FAILED;
                return;
            }
            if (blocked || line.cellProblems) {
                line.state = State.FAILED; // the parent row or this row's own cells are already reported
                return;
            }
            Node parent = parents.iterator().next();
            line.parent = parent;
            if (parent instanceof Existing p) {
                KnownUnit same =
                        knownChildren.getOrDefault(p.unit().id(), Map.of()).get(line.name);
                if (same != null) {
                    line.identity = new Existing(same);
                    if (same.kind() != line.kind) {
                        add(line, UnitColumn.KIND, "import.unit.existsAsOtherKind", line.name, label(same.kind()));
                        line.state = State.FAILED;
                    } else if (!line.code.isEmpty() && !line.code.equals(same.code())) {
                        add(
                                line,
                                UnitColumn.CODE,
                                "import.unit.existsWithOtherCode",
                                line.name,
                                same.code() == null ? "" : same.code());
                        line.state = State.FAILED;
                    } else {
                        line.state = State.DONE;
                    }
                    return;
                }
                if (p.unit().closed()) {
                    add(line, UnitColumn.PARENT, "import.unit.parentClosed", p.name());
                    line.state = State.FAILED;
                    return;
                }
            }
            if (!parent.kind().mayContain(line.kind)) {
                add(
                        line,
                        UnitColumn.KIND,
                        "import.unit.kindNotAllowed",
                        parent.name(),
                        label(parent.kind()),
                        label(line.kind));
                line.state = State.FAILED;
                return;
            }
            line.identity = new Created(line);
            line.state = State.DONE;
            toCreate.add(line);
        }

        /** Units and rows the text names: by code if any has that code, else by name. */
        private List<Object> candidates(String text) {
            List<Object> byCode = new ArrayList<>(knownByCode.getOrDefault(text, List.of()));
            byCode.addAll(linesByCode.getOrDefault(text, List.of()));
            if (!byCode.isEmpty()) {
                return byCode;
            }
            List<Object> byName = new ArrayList<>(knownByName.getOrDefault(text, List.of()));
            byName.addAll(linesByName.getOrDefault(text, List.of()));
            return byName;
        }

        /** Every line from {@code start} to the top of the chain is its own ancestor. */
        private void markCycle(Line start) {
            for (Line l : chain) { // top first
                l.inCycle = true;
                if (l == start) {
                    break;
                }
            }
        }

        /** The same name twice under the same parent: reported on the later rows. */
        private void checkDuplicates(List<Line> lines) {
            Map<Object, Map<String, Integer>> seen = new HashMap<>();
            for (Line line : lines) {
                if (line.state != State.DONE) {
                    continue;
                }
                Object parentKey =
                        line.parent instanceof Existing e ? (Object) e.unit().id() : line.parent;
                Integer first =
                        seen.computeIfAbsent(parentKey, k -> new HashMap<>()).putIfAbsent(line.name, line.row);
                if (first != null) {
                    add(line, UnitColumn.NAME, "import.unit.duplicateInFile", line.name, first);
                }
            }
        }

        /** A code twice in the sheet, or already used by a unit (anywhere: codes are unique). */
        private void checkCodes(List<Line> lines) {
            Map<String, Integer> first = new HashMap<>();
            List<Line> toLookUp = new ArrayList<>();
            for (Line line : lines) {
                if (line.code.isEmpty() || line.code.length() > MAX_CODE) {
                    continue;
                }
                Integer earlier = first.putIfAbsent(line.code, line.row);
                if (earlier != null) {
                    add(line, UnitColumn.CODE, "import.unit.codeDuplicateInFile", line.code, earlier);
                } else if (!(line.identity instanceof Existing e
                        && line.code.equals(e.unit().code()))) {
                    toLookUp.add(line);
                }
            }
            if (toLookUp.isEmpty()) {
                return;
            }
            Set<String> taken = Optional.ofNullable(
                            codesInUse.apply(toLookUp.stream().map(l -> l.code).toList()))
                    .orElse(Set.of());
            for (Line line : toLookUp) {
                if (taken.contains(line.code)) {
                    add(line, UnitColumn.CODE, "import.unit.codeTaken", line.code);
                }
            }
        }
    }

    static BundleKey label(OrganisationKind kind) {
        return new BundleKey(kind.messageKey());
    }
}
