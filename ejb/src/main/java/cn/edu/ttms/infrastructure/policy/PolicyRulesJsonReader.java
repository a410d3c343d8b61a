package cn.edu.ttms.infrastructure.policy;

import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.PolicyRulesBuilder;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.policy.RequirementPeriod;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads what {@link PolicyRulesJson#toJson} writes. The shape is checked here (an {@link
 * IllegalArgumentException} naming the field); the figures are handed to {@link
 * PolicyRules#builder()} as they are, so that the domain judges them.
 */
final class PolicyRulesJsonReader {

    /** No number of a credit policy (hours, rates, coefficients, credits) comes near a million. */
    private static final BigDecimal POLICY_NUMBER_LIMIT = new BigDecimal("1000000");

    private static final List<String> TOP_LEVEL_KEYS = List.of(
            "formatVersion",
            "rateRanges",
            "formRateRanges",
            "gradeBands",
            "coefficients",
            "hoursPerDay",
            "actualHoursForms",
            "cycle",
            "minimums",
            "selfSelectedShare",
            "failedResultsCountHours",
            "induction",
            "lecturingFactors",
            "activityConversions",
            "publicationMonths");

    /** A key given twice is a corrupt document, not a choice between two values. */
    private static final JsonReaderFactory READERS =
            JsonBuilders.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private PolicyRulesJsonReader() {}

    static PolicyRules read(String text) {
        Node root = new Node(parse(text), "");
        checkVersion(root.json);
        root.only(TOP_LEVEL_KEYS);
        PolicyRulesBuilder b = PolicyRules.builder();
        root.forEachObject(
                "rateRanges",
                Level.class,
                (level, r) -> b.levelRateRange(level, r.only("min", "max").decimal("min"), r.decimal("max")));
        root.forEachObject(
                "formRateRanges",
                DeliveryForm.class,
                (form, r) -> b.formRateRange(form, r.only("min", "max").decimal("min"), r.decimal("max")));
        Set<Grade> graded = EnumSet.noneOf(Grade.class);
        for (Node band : root.objects("gradeBands")) {
            Grade grade = band.only("grade", "from", "to").enumAt(Grade.class, "grade");
            if (!graded.add(grade)) { // the builder keeps one band per grade: never drop one silently
                throw band.invalid("a second band for " + grade);
            }
            b.gradeBand(grade, band.decimal("from"), band.decimal("to"));
        }
        root.forEachDecimal("coefficients", Grade.class, b::coefficient);
        root.forEachDecimal("hoursPerDay", DeliveryForm.class, b::hoursPerDay);
        // Forms without hours per day count actual hours anyway; the list is there to be read.
        for (DeliveryForm form : root.names("actualHoursForms", DeliveryForm.class)) {
            if (root.object("hoursPerDay").json.containsKey(form.name())) {
                throw root.invalid(form + " is in both hoursPerDay and actualHoursForms");
            }
        }
        Node cycle = root.object("cycle").only("firstYear", "length");
        b.cycle(cycle.integer("firstYear"), cycle.integer("length"));
        root.forEachObject("minimums", RequirementPeriod.class, (period, m) -> {
            for (String key : m.json.keySet()) {
                Requirement row = named(Requirement.class, key, m.path);
                if (row == Requirement.MODULE_CREDITS) {
                    m.forEachDecimal(key, Module.class, (module, v) -> b.moduleMinimum(period, module, v));
                } else if (row.cycleOnly()) {
                    throw m.invalid(row + " is not a row here; it is held as selfSelectedShare");
                } else {
                    b.minimum(period, row, m.decimal(key));
                }
            }
        });
        b.selfSelectedShare(root.decimal("selfSelectedShare"));
        b.failedResultsCountHours(root.bool("failedResultsCountHours"));
        Node induction = root.object("induction").only("hoursCount", "hours", "practicalHours");
        b.inductionHoursCount(induction.bool("hoursCount"))
                .inductionMinimums(induction.decimal("hours"), induction.decimal("practicalHours"));
        root.forEachDecimal("lecturingFactors", Level.class, b::lecturingFactor);
        Node conversions = root.object("activityConversions");
        for (String type : conversions.json.keySet()) {
            Node c = conversions.object(type).only("credits", "module");
            b.activityConversion(type, c.decimal("credits"), c.enumAt(Module.class, "module"));
        }
        b.publicationMonths(root.names("publicationMonths", Month.class).toArray(Month[]::new));
        return b.build();
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("Policy JSON is not a well-formed JSON object: " + e.getMessage(), e);
        }
    }

    /** Before anything else, so that a newer format is named as such and not as a bad shape. */
    private static void checkVersion(JsonObject json) {
        JsonValue version = json.get("formatVersion");
        if (version == null || version.getValueType() != ValueType.NUMBER) {
            throw new IllegalArgumentException("Policy JSON has no numeric formatVersion");
        }
        BigDecimal v = ((JsonNumber) version).bigDecimalValue();
        if (v.compareTo(BigDecimal.valueOf(PolicyRulesJson.FORMAT_VERSION)) != 0) {
            throw new IllegalArgumentException(
                    "Policy JSON has formatVersion " + version + ", which this application cannot read;"
                            + " it reads formatVersion " + PolicyRulesJson.FORMAT_VERSION + " only");
        }
    }

    static <E extends Enum<E>> E named(Class<E> type, String name, String where) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Policy JSON, " + where + ": \"" + name + "\" is not one of " + List.of(type.getEnumConstants()),
                    e);
        }
    }

    /** An object of the document and where it lies, for messages such as "minimums.YEAR". */
    private record Node(JsonObject json, String path) {

        Node only(String... keys) {
            return only(List.of(keys));
        }

        Node only(List<String> keys) {
            for (String key : json.keySet()) {
                if (!keys.contains(key)) {
                    throw invalid("unknown field \"" + key + "\"; the fields are " + keys);
                }
            }
            return this;
        }

        Node object(String key) {
            return new Node(value(key, ValueType.OBJECT).asJsonObject(), at(key));
        }

        /** The members of an object keyed by enum name whose values are objects. */
        <E extends Enum<E>> void forEachObject(String key, Class<E> type, BiConsumer<E, Node> action) {
            Node map = object(key);
            map.json.keySet().forEach(k -> action.accept(named(type, k, map.path), map.object(k)));
        }

        /** The members of an object keyed by enum name whose values are numbers. */
        <E extends Enum<E>> void forEachDecimal(String key, Class<E> type, BiConsumer<E, BigDecimal> a) {
            Node map = object(key);
            map.json.keySet().forEach(k -> a.accept(named(type, k, map.path), map.decimal(k)));
        }

        List<Node> objects(String key) {
            List<Node> nodes = new ArrayList<>();
            List<JsonValue> array = value(key, ValueType.ARRAY).asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                Node element = new Node(JsonValue.EMPTY_JSON_OBJECT, at(key) + "[" + i + "]");
                if (array.get(i).getValueType() != ValueType.OBJECT) {
                    throw element.invalid("must be an object, not " + array.get(i));
                }
                nodes.add(new Node(array.get(i).asJsonObject(), element.path));
            }
            return nodes;
        }

        <E extends Enum<E>> List<E> names(String key, Class<E> type) {
            List<E> names = new ArrayList<>();
            for (JsonValue element : value(key, ValueType.ARRAY).asJsonArray()) {
                if (element.getValueType() != ValueType.STRING) {
                    throw invalid(key + " must hold names only, not " + element);
                }
                names.add(named(type, ((JsonString) element).getString(), at(key)));
            }
            return names;
        }

        /** A policy number; one too large to compute with ({@code 1e999999}) is refused here. */
        BigDecimal decimal(String key) {
            BigDecimal d = ((JsonNumber) value(key, ValueType.NUMBER)).bigDecimalValue();
            if (!cn.edu.ttms.domain.model.shared.Decimals.isTame(d) || d.abs().compareTo(POLICY_NUMBER_LIMIT) > 0) {
                throw invalid(key + " is out of range: " + cn.edu.ttms.domain.model.shared.Decimals.shown(d));
            }
            return d;
        }

        int integer(String key) {
            try {
                return ((JsonNumber) value(key, ValueType.NUMBER)).intValueExact();
            } catch (ArithmeticException e) {
                throw invalid(key + " must be a whole number, not " + json.get(key));
            }
        }

        boolean bool(String key) {
            ValueType type = json.containsKey(key) ? json.get(key).getValueType() : null;
            if (type != ValueType.TRUE && type != ValueType.FALSE) {
                throw invalid(key + " must be true or false, not " + json.get(key));
            }
            return type == ValueType.TRUE;
        }

        <E extends Enum<E>> E enumAt(Class<E> type, String key) {
            return named(type, ((JsonString) value(key, ValueType.STRING)).getString(), at(key));
        }

        private JsonValue value(String key, ValueType type) {
            JsonValue v = json.get(key);
            if (v == null || v.getValueType() != type) {
                String found = v == null ? "it is missing" : "not " + v;
                throw invalid(key + " must be a JSON " + type.name().toLowerCase() + ", " + found);
            }
            return v;
        }

        private String at(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        IllegalArgumentException invalid(String problem) {
            return new IllegalArgumentException("Policy JSON" + (path.isEmpty() ? "" : ", " + path) + ": " + problem);
        }
    }
}
