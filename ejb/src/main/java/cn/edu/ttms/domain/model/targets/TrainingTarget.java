package cn.edu.ttms.domain.model.targets;

import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.shared.AuditScope;
import cn.edu.ttms.domain.model.shared.Audited;
import cn.edu.ttms.domain.model.shared.Invalid;
import cn.edu.ttms.domain.model.shared.Quantity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A bureau's training targets for one year (issue 19, item 3; rules.md §6): trainee places per project
 * category (Kunming's "yearly trainee targets per category"), the share of key teachers at city level or
 * above and at county level or above (the sources' 3 % and 20 %), and the compliance rate, each in
 * percent. Every figure is optional: a bureau sets what it was given. Each figure is checked against its
 * {@link Quantity} before it is kept, so no arithmetic ever sees a value out of range; a revision replaces
 * all figures at once and always changes the row, so the version moves and the audit trail records it.
 */
@Entity
@Table(name = "training_target")
public class TrainingTarget implements Audited {

    /** The sources' defaults (rules.md §6), shown as hints until a bureau sets its own. */
    public static final BigDecimal DEFAULT_KEY_TEACHER_CITY_PERCENT = new BigDecimal("3");

    public static final BigDecimal DEFAULT_KEY_TEACHER_COUNTY_PERCENT = new BigDecimal("20");

    /** A target of places for one project category. */
    public record CategoryPlaces(String category, Integer places) {}

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ttms_ids")
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_path", nullable = false, length = 255)
    @AuditScope
    private String unitPath;

    @Column(name = "target_year", nullable = false)
    private int year;

    @Column(name = "key_teacher_city_percent", precision = 4, scale = 1)
    private BigDecimal keyTeacherCityPercent;

    @Column(name = "key_teacher_county_percent", precision = 4, scale = 1)
    private BigDecimal keyTeacherCountyPercent;

    @Column(name = "compliance_percent", precision = 4, scale = 1)
    private BigDecimal compliancePercent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_target_category", joinColumns = @JoinColumn(name = "target_id"))
    @MapKeyColumn(name = "category", length = 100)
    @Column(name = "places", nullable = false)
    private Map<String, Integer> places = new HashMap<>();

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TrainingTarget() {}

    /** The targets of a bureau for a year; {@code year} between 2000 and 2100. */
    public TrainingTarget(Organisation unit, int year) {
        Objects.requireNonNull(unit, "unit");
        if (!unit.kind().isBureau()) {
            throw new Invalid("error.target.notABureau", "targets belong to an education bureau", unit.name());
        }
        checkYear(year);
        this.unitId = unit.id();
        this.unitPath = unit.path();
        this.year = year;
    }

    /** Whether a year may carry targets: the range plans have (2000–2100). */
    public static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidTarget("error.target.year", "year out of range: " + year, "year", String.valueOf(year));
        }
    }

    /**
     * Replaces every figure. Each is checked before anything changes: a refusal (naming the field, e.g.
     * {@code categories[1].places} or {@code compliancePercent}) leaves the targets as they were.
     */
    public void revise(
            List<CategoryPlaces> categories,
            BigDecimal keyTeacherCity,
            BigDecimal keyTeacherCounty,
            BigDecimal compliance,
            String by,
            Instant at) {
        Map<String, Integer> checked = checkedPlaces(categories);
        BigDecimal city = percent("keyTeacherCityPercent", keyTeacherCity);
        BigDecimal county = percent("keyTeacherCountyPercent", keyTeacherCounty);
        BigDecimal rate = percent("compliancePercent", compliance);
        this.places.clear();
        this.places.putAll(checked);
        this.keyTeacherCityPercent = city;
        this.keyTeacherCountyPercent = county;
        this.compliancePercent = rate;
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** The places per category, checked: a name of 1–100 characters, each once, places 0–9,999,999. */
    static Map<String, Integer> checkedPlaces(List<CategoryPlaces> categories) {
        Map<String, Integer> checked = new TreeMap<>();
        List<CategoryPlaces> given = categories == null ? List.of() : categories;
        for (int i = 0; i < given.size(); i++) {
            CategoryPlaces c = given.get(i);
            String field = "categories[" + i + "]";
            if (c == null || c.category() == null || c.category().isBlank()) {
                throw new InvalidTarget(
                        "error.target.categoryMissing", field + ".category is missing", field + ".category");
            }
            String name = c.category().strip();
            if (name.length() > 100) {
                throw new InvalidTarget(
                        "error.target.categoryTooLong", field + ".category is too long", field + ".category");
            }
            if (checked.containsKey(name)) {
                throw new InvalidTarget(
                        "error.target.categoryTwice", name + " is given twice", field + ".category", name);
            }
            if (c.places() == null) {
                throw new InvalidTarget("error.target.placesMissing", field + ".places is missing", field + ".places");
            }
            Quantity.PLACES.check(field + ".places", BigDecimal.valueOf(c.places()));
            checked.put(name, c.places());
        }
        return checked;
    }

    private static BigDecimal percent(String field, BigDecimal value) {
        return value == null ? null : Quantity.PERCENT.check(field, value);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unit", unitId);
        state.put("year", year);
        state.put("places", new TreeMap<>(places));
        state.put("keyTeacherCityPercent", keyTeacherCityPercent);
        state.put("keyTeacherCountyPercent", keyTeacherCountyPercent);
        state.put("compliancePercent", compliancePercent);
        return state;
    }

    public Long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public String unitPath() {
        return unitPath;
    }

    public int year() {
        return year;
    }

    /** Places per category, in the order of the category names. */
    public Map<String, Integer> places() {
        return new TreeMap<>(places);
    }

    public BigDecimal keyTeacherCityPercent() {
        return keyTeacherCityPercent;
    }

    public BigDecimal keyTeacherCountyPercent() {
        return keyTeacherCountyPercent;
    }

    public BigDecimal compliancePercent() {
        return compliancePercent;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
