package cn.edu.ttms.infrastructure.policy;

import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.domain.model.policy.ActivityConversion;
import cn.edu.ttms.domain.model.policy.GradeBand;
import cn.edu.ttms.domain.model.policy.Minimums;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.RateRange;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.policy.RequirementPeriod;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Month;
import java.util.Map;

/**
 * The stored form of a {@link PolicyRules}: the data of a credit policy version ({@code
 * credit_policy.rules_json}), also shown in the policy diff view. Pretty-printed, keys in a fixed
 * order (maps keyed by enum name in declaration order), decimals as JSON numbers with the scale the
 * policy holds ({@code 1.5}, {@code 120.0}), never through {@code double}.
 *
 * <p>Grade bands run {@code from} (inclusive) {@code to} (exclusive; 100 inclusive), highest first.
 * Forms without {@code hoursPerDay} count actual hours and are listed in {@code actualHoursForms};
 * levels without a lecturing factor are simply absent. FAIL has no coefficient (it earns nothing).
 *
 * <p>Reading refuses malformed or mis-shaped JSON, an unknown {@code formatVersion}, unknown keys
 * and unknown enum names with an {@link IllegalArgumentException} naming the field; the figures
 * themselves go through {@link PolicyRules#builder()}, so an unusable policy is refused by the
 * domain's own {@link cn.edu.ttms.domain.model.policy.InvalidPolicy}, every problem listed.
 */
public final class PolicyRulesJson {

    /** The version of this format; written into every document and the only one read. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonWriterFactory WRITERS =
            JsonBuilders.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private PolicyRulesJson() {}

    /**
     * @throws IllegalArgumentException when the text is not a policy document of this format: not
     *     well-formed, another {@code formatVersion}, a missing, unknown or mistyped field, an
     *     unknown enum name, a key given twice
     * @throws cn.edu.ttms.domain.model.policy.InvalidPolicy when its figures make no usable policy
     */
    public static PolicyRules fromJson(String json) {
        return PolicyRulesJsonReader.read(json);
    }

    /** The document of a policy; the same policy always gives the same text. */
    public static String toJson(PolicyRules rules) {
        JsonObjectBuilder levels = JsonBuilders.createObjectBuilder();
        JsonObjectBuilder forms = JsonBuilders.createObjectBuilder();
        JsonObjectBuilder perDay = JsonBuilders.createObjectBuilder();
        JsonArrayBuilder actual = JsonBuilders.createArrayBuilder();
        for (Level level : Level.values()) {
            levels.add(level.name(), range(rules.levelRateRange(level)));
        }
        for (DeliveryForm form : DeliveryForm.values()) {
            rules.formRateRange(form).ifPresent(r -> forms.add(form.name(), range(r)));
            rules.hoursPerDay(form).ifPresentOrElse(h -> perDay.add(form.name(), h), () -> actual.add(form.name()));
        }
        JsonArrayBuilder bands = JsonBuilders.createArrayBuilder();
        for (GradeBand band : rules.gradeBands().bands()) {
            bands.add(JsonBuilders.createObjectBuilder()
                    .add("grade", band.grade().name())
                    .add("from", band.lower())
                    .add("to", band.upper()));
        }
        JsonObjectBuilder coefficients = JsonBuilders.createObjectBuilder();
        for (Grade grade : Grade.values()) {
            if (grade.passed()) {
                coefficients.add(grade.name(), rules.coefficient(grade));
            }
        }
        JsonObjectBuilder minimums = JsonBuilders.createObjectBuilder();
        for (RequirementPeriod period : RequirementPeriod.values()) {
            minimums.add(period.name(), minimums(rules.minimums(period)));
        }
        JsonObjectBuilder factors = JsonBuilders.createObjectBuilder();
        for (Level level : Level.values()) {
            rules.lecturingFactors().factorFor(level).ifPresent(f -> factors.add(level.name(), f));
        }
        JsonObjectBuilder conversions = JsonBuilders.createObjectBuilder();
        for (ActivityConversion c : rules.activityConversions()) {
            conversions.add(
                    c.activityType(),
                    JsonBuilders.createObjectBuilder()
                            .add("credits", c.credits().value())
                            .add("module", c.module().name()));
        }
        JsonArrayBuilder months = JsonBuilders.createArrayBuilder();
        for (Month month : Month.values()) {
            if (rules.publicationMonths().contains(month)) {
                months.add(month.name());
            }
        }
        JsonObject json = JsonBuilders.createObjectBuilder()
                .add("formatVersion", FORMAT_VERSION)
                .add("rateRanges", levels)
                .add("formRateRanges", forms)
                .add("gradeBands", bands)
                .add("coefficients", coefficients)
                .add("hoursPerDay", perDay)
                .add("actualHoursForms", actual)
                .add(
                        "cycle",
                        JsonBuilders.createObjectBuilder()
                                .add("firstYear", rules.firstCycleYear())
                                .add("length", rules.cycleLength()))
                .add("minimums", minimums)
                .add("selfSelectedShare", rules.selfSelectedShare())
                .add("failedResultsCountHours", rules.failedResultsCountHours())
                .add(
                        "induction",
                        JsonBuilders.createObjectBuilder()
                                .add("hoursCount", rules.inductionHoursCount())
                                .add("hours", rules.inductionHours().value())
                                .add(
                                        "practicalHours",
                                        rules.inductionPracticalHours().value()))
                .add("lecturingFactors", factors)
                .add("activityConversions", conversions)
                .add("publicationMonths", months)
                .build();
        StringWriter out = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(json);
        }
        return out.toString().strip();
    }

    private static JsonObjectBuilder range(RateRange range) {
        return JsonBuilders.createObjectBuilder().add("min", range.min()).add("max", range.max());
    }

    /** The single-figure rows by requirement name, then MODULE_CREDITS per module. */
    private static JsonObjectBuilder minimums(Minimums m) {
        JsonObjectBuilder json = JsonBuilders.createObjectBuilder();
        for (Requirement row : Requirement.values()) {
            if (row == Requirement.MODULE_CREDITS) {
                JsonObjectBuilder modules = JsonBuilders.createObjectBuilder();
                for (Module module : Module.values()) {
                    modules.add(module.name(), m.moduleCredits(module));
                }
                json.add(row.name(), modules);
            } else if (!row.cycleOnly()) { // SELF_SELECTED_SHARE is selfSelectedShare
                json.add(row.name(), m.required(row));
            }
        }
        return json;
    }
}
