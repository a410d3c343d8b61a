package cn.edu.ttms.application.plan;

import cn.edu.ttms.domain.model.shared.Level;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a bureau writes in a plan's 项目级别 column, both ways: the labels the plan export writes
 * (the same as the UI's: 国家级, 省级, 市(州)级, 县(区)级, 校级), so that an exported plan reads back with
 * its levels, and the usual variants a bureau types (市级, 州级, 县级, 区级, 校本…), brackets full-width
 * or not, and the code names of the API ({@code MUNICIPAL}).
 */
public final class LevelWords {

    private static final Map<Level, String> LABELS = Map.of(
            Level.NATIONAL, "国家级",
            Level.PROVINCIAL, "省级",
            Level.MUNICIPAL, "市(州)级",
            Level.COUNTY, "县(区)级",
            Level.SCHOOL, "校级");

    private static final Map<String, Level> WORDS = Map.ofEntries(
            Map.entry("国家级", Level.NATIONAL),
            Map.entry("国家", Level.NATIONAL),
            Map.entry("省级", Level.PROVINCIAL),
            Map.entry("省", Level.PROVINCIAL),
            Map.entry("市(州)级", Level.MUNICIPAL),
            Map.entry("市州级", Level.MUNICIPAL),
            Map.entry("市级", Level.MUNICIPAL),
            Map.entry("州级", Level.MUNICIPAL),
            Map.entry("地市级", Level.MUNICIPAL),
            Map.entry("市", Level.MUNICIPAL),
            Map.entry("县(区)级", Level.COUNTY),
            Map.entry("县(市、区)级", Level.COUNTY),
            Map.entry("县区级", Level.COUNTY),
            Map.entry("县级", Level.COUNTY),
            Map.entry("区级", Level.COUNTY),
            Map.entry("县", Level.COUNTY),
            Map.entry("校级", Level.SCHOOL),
            Map.entry("学校级", Level.SCHOOL),
            Map.entry("校本", Level.SCHOOL),
            Map.entry("校", Level.SCHOOL));

    private LevelWords() {}

    /** The level {@code text} names, or empty when it names none. */
    public static Optional<Level> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Level level = WORDS.get(key);
        if (level != null) {
            return Optional.of(level);
        }
        try {
            return Optional.of(Level.valueOf(key.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notACodeName) {
            return Optional.empty();
        }
    }

    /** The label the export writes, which {@link #of} reads back as {@code level}. */
    public static String canonical(Level level) {
        return LABELS.get(level);
    }
}
