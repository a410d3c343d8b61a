package cn.edu.ttms.application.plan;

import cn.edu.ttms.domain.model.shared.DeliveryForm;
import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words bureaus write in a plan's 培训形式 column, and the {@link DeliveryForm} each means.
 *
 * <p>A cell is compared after normalisation: full-width characters folded to their ASCII twins
 * (NFKC: {@code （校）} is {@code (校)}, {@code ＋} is {@code +}, {@code ，} is {@code ,}) and every
 * space removed ({@code 本地集中，分两阶 段进行}). The cell is then cut at commas and semicolons into parts;
 * each part must be a phrase of the table below, or such a phrase followed by 培训 ({@code 跟岗培训} is
 * {@code 跟岗}), or a remark that qualifies the form without changing it ({@code 市县联合}: who
 * organises; {@code 分两阶段进行}: the stages are separate rows). At least one part must name a form and
 * all such parts must name the same one; anything else is unknown and the importer reports it,
 * rather than guess between, say, 本地集中 and 网络研修 (which together may mean {@link
 * DeliveryForm#BLENDED}: the bureau should say so).
 *
 * <p>The Chenzhou 2018 plan uses: 异地+本地集中 and 本地+异地集中 (mixed), 本地集中, 异地集中, 网络研修, 境外集中, 送培到县(校)集中培训,
 * 市县联合, 送培到县(校)集中培训 (delivered on site), and 本地集中，分两阶 段进行 (local; the stage remark is dropped). The
 * other lines are the words of the glossary and of other bureaus' plans.
 */
public final class DeliveryFormWords {

    /** Marks a remark in {@link #TABLE}: a part allowed beside a form, naming none. */
    private static final String REMARK = "remark";

    /** One phrase a line, normalised spelling, then the form (or {@value #REMARK}). */
    private static final String TABLE = """
      本地集中                 LOCAL_CONCENTRATED
      本地                     LOCAL_CONCENTRATED
      异地集中                 OFFSITE_CONCENTRATED
      异地                     OFFSITE_CONCENTRATED
      异地+本地集中            MIXED_CONCENTRATED
      本地+异地集中            MIXED_CONCENTRATED
      异地+本地                MIXED_CONCENTRATED
      本地+异地                MIXED_CONCENTRATED
      异地集中+本地集中        MIXED_CONCENTRATED
      本地集中+异地集中        MIXED_CONCENTRATED
      网络研修                 ONLINE
      网络                     ONLINE
      远程                     ONLINE
      线上                     ONLINE
      在线                     ONLINE
      送培到县(校)集中         DELIVERED_ON_SITE
      送培到县(校)             DELIVERED_ON_SITE
      送培到县/校              DELIVERED_ON_SITE
      送培到县                 DELIVERED_ON_SITE
      送培到校                 DELIVERED_ON_SITE
      送培到校、园             DELIVERED_ON_SITE
      送培下乡                 DELIVERED_ON_SITE
      送教下乡                 DELIVERED_ON_SITE
      跟岗                     SHADOWING
      跟岗实践                 SHADOWING
      跟岗学习                 SHADOWING
      跟岗研修                 SHADOWING
      影子                     SHADOWING
      影子跟岗                 SHADOWING
      返岗实践                 RETURN_TO_POST
      返岗研修                 RETURN_TO_POST
      境外集中                 OVERSEAS
      境外                     OVERSEAS
      出境                     OVERSEAS
      混合式                   BLENDED
      混合                     BLENDED
      线上线下混合             BLENDED
      线上+线下                BLENDED
      线上线下混合式           BLENDED
      市县联合                 remark
      省市联合                 remark
      分两阶段进行             remark
      分两阶段                 remark
      分阶段进行               remark
      """;

    /**
     * The words the system writes for a form that has no words of the bureau's (an export of a project
     * entered by hand): the Chenzhou table's own where it has them, each read back as its form.
     */
    private static final Map<DeliveryForm, String> CANONICAL = new EnumMap<>(Map.of(
            DeliveryForm.LOCAL_CONCENTRATED, "本地集中",
            DeliveryForm.OFFSITE_CONCENTRATED, "异地集中",
            DeliveryForm.MIXED_CONCENTRATED, "异地+本地集中",
            DeliveryForm.ONLINE, "网络研修",
            DeliveryForm.DELIVERED_ON_SITE, "送培到县(校)集中培训",
            DeliveryForm.SHADOWING, "跟岗实践",
            DeliveryForm.RETURN_TO_POST, "返岗实践",
            DeliveryForm.OVERSEAS, "境外集中",
            DeliveryForm.BLENDED, "混合式"));

    private static final Pattern PART_SEPARATOR = Pattern.compile("[,;]");

    /** Tried when a part is not in the table as it stands: 跟岗培训 is 跟岗. */
    private static final String SUFFIX = "培训";

    private static final Map<String, DeliveryForm> PHRASES;
    private static final Set<String> REMARKS;

    static {
        Map<String, DeliveryForm> phrases = new LinkedHashMap<>();
        Set<String> remarks = new LinkedHashSet<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words.length != 2) {
                throw new IllegalStateException("Not a phrase and a form: " + line);
            }
            String phrase = normalise(words[0]);
            boolean fresh = words[1].equals(REMARK)
                    ? remarks.add(phrase) && !phrases.containsKey(phrase)
                    : phrases.put(phrase, DeliveryForm.valueOf(words[1])) == null && !remarks.contains(phrase);
            if (!fresh) {
                throw new IllegalStateException("Phrase listed twice: " + line);
            }
        }
        PHRASES = Collections.unmodifiableMap(phrases);
        REMARKS = Collections.unmodifiableSet(remarks);
        for (DeliveryForm form : DeliveryForm.values()) {
            if (of(CANONICAL.get(form)).orElse(null) != form) {
                throw new IllegalStateException("No canonical words that read back as " + form);
            }
        }
    }

    private DeliveryFormWords() {}

    /** The form the bureau's words mean, or empty when they name none, or two different ones. */
    public static Optional<DeliveryForm> of(String words) {
        if (words == null) {
            return Optional.empty();
        }
        DeliveryForm form = null;
        for (String part : PART_SEPARATOR.split(normalise(words))) {
            if (part.isEmpty() || REMARKS.contains(part)) {
                continue;
            }
            DeliveryForm named = phrase(part);
            if (named == null || form != null && form != named) {
                return Optional.empty();
            }
            form = named;
        }
        return Optional.ofNullable(form);
    }

    /**
     * The words to write for {@code form} when the bureau's own are unknown; {@link #of} reads them
     * back as {@code form}.
     */
    public static String canonical(DeliveryForm form) {
        return CANONICAL.get(form);
    }

    /** The table, normalised phrase to form, in table order. */
    public static Map<String, DeliveryForm> phrases() {
        return PHRASES;
    }

    /** Parts allowed beside a form that name none (市县联合, 分两阶段进行…), normalised. */
    public static Set<String> remarks() {
        return REMARKS;
    }

    /** The spelling the table is kept in: NFKC, without any space. */
    public static String normalise(String words) {
        String folded = Normalizer.normalize(words, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static DeliveryForm phrase(String part) {
        DeliveryForm form = PHRASES.get(part);
        if (form == null && part.endsWith(SUFFIX) && part.length() > SUFFIX.length()) {
            form = PHRASES.get(part.substring(0, part.length() - SUFFIX.length()));
        }
        return form;
    }
}
