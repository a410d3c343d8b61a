package cn.edu.ttms.infrastructure.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.ttms.domain.model.policy.InvalidPolicy;
import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.domain.model.policy.PolicyViolation;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.policy.RequirementPeriod;
import cn.edu.ttms.domain.model.shared.DeliveryForm;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Month;
import org.junit.jupiter.api.Test;

class PolicyRulesJsonTest {

    private final PolicyRules lincang = PolicyRules.lincang2017();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    /** The default's document with one top-level field replaced. */
    private String defaultWith(String key, JsonValue value) {
        return Json.createObjectBuilder(parse(PolicyRulesJson.toJson(lincang)))
                .add(key, value)
                .build()
                .toString();
    }

    @Test
    void theDefaultSurvivesARoundTrip() {
        String json = PolicyRulesJson.toJson(lincang);

        PolicyRules read = PolicyRulesJson.fromJson(json);

        assertEquals(lincang, read);
        assertEquals(json, PolicyRulesJson.toJson(read), "the text is stable, for the diff view");
    }

    @Test
    void aVariantSurvivesARoundTrip() {
        PolicyRules variant = lincang.toBuilder()
                // the literal reading of art. 10: the best grade gets the smallest bonus
                .coefficient(Grade.EXCELLENT, d("0.1"))
                .coefficient(Grade.GOOD, d("0.15"))
                .coefficient(Grade.FAIR, d("0.2"))
                .coefficient(Grade.PASS, d("0.25"))
                .withoutLecturingFactor(Level.COUNTY)
                .activityConversion("STUDIO_YEARLY_TASKS", d("12.5"), Module.COMPETENCE)
                .minimum(RequirementPeriod.CYCLE, Requirement.TOTAL_HOURS, d("300"))
                .minimum(RequirementPeriod.YEAR, Requirement.TOTAL_CREDITS, d("60.5"))
                .moduleMinimum(RequirementPeriod.YEAR, Module.ETHICS, d("7.25"))
                .failedResultsCountHours(true)
                .inductionHoursCount(true)
                .inductionMinimums(d("100.5"), d("50"))
                .selfSelectedShare(d("0.55"))
                .formRateRange(DeliveryForm.BLENDED, d("0.75"), d("1.25"))
                .actualHours(DeliveryForm.RETURN_TO_POST)
                .hoursPerDay(DeliveryForm.ONLINE, d("2.5"))
                .gradeBand(Grade.PASS, d("60"), d("65.5"))
                .gradeBand(Grade.FAIR, d("65.5"), d("80"))
                .cycle(2021, 4)
                .publicationMonths(Month.APRIL, Month.JANUARY)
                .build();
        assertNotEquals(lincang, variant);

        String json = PolicyRulesJson.toJson(variant);

        assertEquals(variant, PolicyRulesJson.fromJson(json));
        JsonObject factors = parse(json).getJsonObject("lecturingFactors");
        assertFalse(factors.containsKey("COUNTY"), "an absent factor stays absent");
        assertFalse(factors.containsKey("SCHOOL"));
        assertEquals(
                d("0.1"),
                parse(json)
                        .getJsonObject("coefficients")
                        .getJsonNumber("EXCELLENT")
                        .bigDecimalValue());
    }

    @Test
    void decimalsAreWrittenExactly() {
        String json = PolicyRulesJson.toJson(lincang);

        JsonObject county = parse(json).getJsonObject("rateRanges").getJsonObject("COUNTY");
        assertEquals(d("1"), county.getJsonNumber("min").bigDecimalValue());
        assertEquals(d("1.5"), county.getJsonNumber("max").bigDecimalValue());
        assertTrue(json.contains("\"COUNTY\": {"), json);
        assertTrue(json.contains("\"max\": 1.5"), json);
        assertFalse(json.contains("1.5000000001"), json);
        assertTrue(json.contains("\"PASS\": 0.1\n"), json);
        assertFalse(json.contains("0.1000000000"), json);
        assertTrue(json.contains("\"hours\": 120.0"), "hours keep their scale of one place: " + json);
    }

    @Test
    void theDocumentNamesItsVersionAndTheFormsThatCountActualHours() {
        JsonObject json = parse(PolicyRulesJson.toJson(lincang));

        assertEquals(1, json.getInt("formatVersion"));
        assertEquals(
                Json.createArrayBuilder().add("ONLINE").add("BLENDED").build(), json.getJsonArray("actualHoursForms"));
        assertEquals(
                Json.createArrayBuilder().add("MARCH").add("SEPTEMBER").build(),
                json.getJsonArray("publicationMonths"));
        assertEquals(2016, json.getJsonObject("cycle").getInt("firstYear"));
        assertEquals(
                30,
                json.getJsonObject("minimums")
                        .getJsonObject("CYCLE")
                        .getJsonObject("MODULE_CREDITS")
                        .getInt("ETHICS"));
    }

    @Test
    void gradeBandsWithAGapAreRefusedByTheDomain() {
        JsonArrayBuilder bands = Json.createArrayBuilder();
        bands.add(band("EXCELLENT", 90, 100)).add(band("GOOD", 80, 90)).add(band("FAIR", 70, 80));
        bands.add(band("PASS", 65, 70)).add(band("FAIL", 0, 60));
        String json = defaultWith("gradeBands", bands.build());

        InvalidPolicy e = assertThrows(InvalidPolicy.class, () -> PolicyRulesJson.fromJson(json));

        assertEquals(
                java.util.List.of("policy.gradeBands.gap"),
                e.violations().stream().map(PolicyViolation::messageKey).toList());
    }

    private static JsonObject band(String grade, int from, int to) {
        return Json.createObjectBuilder()
                .add("grade", grade)
                .add("from", from)
                .add("to", to)
                .build();
    }

    @Test
    void anUnknownFormatVersionIsRefusedClearly() {
        String json = defaultWith("formatVersion", Json.createValue(2));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyRulesJson.fromJson(json));

        assertTrue(e.getMessage().contains("formatVersion 2"), e.getMessage());
        assertTrue(e.getMessage().contains("reads formatVersion 1"), e.getMessage());
    }

    @Test
    void aMissingFormatVersionIsRefused() {
        JsonObject json = parse(PolicyRulesJson.toJson(lincang));
        String without =
                Json.createObjectBuilder(json).remove("formatVersion").build().toString();

        assertThrows(IllegalArgumentException.class, () -> PolicyRulesJson.fromJson(without));
    }

    @Test
    void anUnknownEnumNameIsRefusedWithItsPlace() {
        String json = PolicyRulesJson.toJson(lincang).replace("\"SCHOOL\": {", "\"VILLAGE\": {");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyRulesJson.fromJson(json));

        assertTrue(e.getMessage().contains("rateRanges"), e.getMessage());
        assertTrue(e.getMessage().contains("VILLAGE"), e.getMessage());
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        String json = PolicyRulesJson.toJson(lincang)
                .replace("\"selfSelectedShare\": 0.6,", "\"selfSelectedShare\": 0.6," + " \"selfSelectedShare\": 0.1,");

        assertThrows(IllegalArgumentException.class, () -> PolicyRulesJson.fromJson(json));
    }

    @Test
    void aSecondBandForAGradeIsRefusedRatherThanDropped() {
        JsonArrayBuilder bands = Json.createArrayBuilder();
        bands.add(band("EXCELLENT", 90, 100)).add(band("GOOD", 80, 90)).add(band("FAIR", 70, 80));
        bands.add(band("PASS", 60, 70)).add(band("FAIL", 0, 60)).add(band("FAIL", 0, 50));
        String json = defaultWith("gradeBands", bands.build());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyRulesJson.fromJson(json));

        assertTrue(e.getMessage().contains("gradeBands[5]"), e.getMessage());
    }

    @Test
    void aFormWithHoursPerDayCannotAlsoCountActualHours() {
        String json = defaultWith(
                "actualHoursForms",
                Json.createArrayBuilder().add("ONLINE").add("SHADOWING").build());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyRulesJson.fromJson(json));

        assertTrue(e.getMessage().contains("SHADOWING"), e.getMessage());
    }

    @Test
    void aMistypedOrUnknownFieldIsRefusedWithItsPlace() {
        String text = defaultWith("selfSelectedShare", Json.createValue("0.6"));
        String extra = defaultWith("note", Json.createValue("x"));
        String notJson = "{\"formatVersion\": 1,";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyRulesJson.fromJson(text));
        assertTrue(e.getMessage().contains("selfSelectedShare"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PolicyRulesJson.fromJson(extra));
        assertTrue(e.getMessage().contains("note"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PolicyRulesJson.fromJson(notJson));
    }
}
