package cn.edu.ttms.application.demo;

import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.teacher.DesignationKind;
import cn.edu.ttms.domain.model.teacher.Gender;
import cn.edu.ttms.domain.model.teacher.IdentityNumber;
import cn.edu.ttms.domain.model.teacher.SchoolStage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Plausible, entirely invented teachers for the demo database and for load tests: ordinary names,
 * valid and unique identity numbers from the school's county, subjects that exist at the school's
 * stage, titles and designations roughly in proportion to age. The same seed gives the same
 * teachers on every machine and every day, so a demo account always finds "its" teacher and a
 * failing test can be replayed.
 *
 * <p>Uniqueness costs no set of issued numbers: for each county, birth day and gender a counter
 * {@code k} is mapped through a fixed permutation of the 499 sequence numbers, so 500,000 teachers
 * need half a megabyte of counters and no hashing. Stream the teachers ({@link #stream(int)}) to
 * load large numbers without holding them; {@link #generate(int)} is for the few hundred of the
 * demo.
 */
public final class DemoTeacherGenerator {

    /**
     * A school to place teachers in. {@code stageHint} (may be {@code null}) overrides the stage that
     * the name suggests, e.g. for a 完全中学 whose name says nothing.
     */
    public record School(String name, String countyRegionCode, SchoolStage stageHint) {
        public School {
            Objects.requireNonNull(name, "name");
            if (countyRegionCode == null || !countyRegionCode.matches("[0-9]{6}")) {
                throw new IllegalArgumentException("A county region code has 6 digits: " + countyRegionCode);
            }
        }
    }

    /** An honour (骨干教师…) awarded at a level in a year. */
    public record DemoDesignation(DesignationKind kind, Level level, int year) {}

    /** One generated teacher; {@code privateSchool} follows the school's name (民办). */
    public record DemoTeacher(
            String name,
            Gender gender,
            IdentityNumber id,
            String phone,
            String schoolName,
            String subject,
            SchoolStage stage,
            String title,
            LocalDate serviceStart,
            boolean privateSchool,
            List<DemoDesignation> designations) {
        public DemoTeacher {
            designations = List.copyOf(designations);
        }
    }

    /**
     * The day ages and careers are measured at, fixed so that output does not drift with the clock.
     */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 9, 1);

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1965, 1, 1);
    private static final int BIRTH_DAYS = (int) ChronoUnit.DAYS.between(FIRST_BIRTH, LocalDate.of(2002, 1, 1));
    private static final int SEQUENCES = 499; // prime: k ↦ 173k + offset (mod 499) is a permutation

    // Weighted by repetition. Lincang has many 李, 杨, 字, 鲁 and 段 among its Yi, Bai and Dai families.
    private static final String[] SURNAMES = chars("王王王王李李李李李李张张张张刘刘刘陈陈陈杨杨杨杨杨赵赵赵黄黄周周吴吴徐徐孙孙胡胡朱朱高高林林何何郭郭马马罗罗罗"
            + "梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆"
            + "郝孔白崔康毛邱秦江史顾侯邵孟龙万段段段雷钱汤尹黎易常武乔贺赖龚文字字字鲁鲁鲁俸罕鲍施");
    private static final String[] MALE = chars("伟强军磊勇涛斌杰鹏辉刚明华平林峰波建东亮超浩凯俊飞鑫龙兵江成荣忠贵福祥武宏昌坤锋阳");
    private static final String[] FEMALE = chars("芳丽娟敏静燕艳霞婷雪梅琳洁玲萍红兰琼倩蓉莉慧颖媛娜丹娇瑶珍凤秀英莹菊");
    private static final String[] FIRST_OF_TWO = chars("文春海晓永国正德志学金佳思家绍光立云天开兴维顺朝少秋玉建明红小树继");

    /** Combinations that would name a well-known person; regenerated rather than used. */
    private static final Set<String> FAMOUS =
            Set.of("李娜", "刘翔", "王菲", "姚明", "周迅", "赵薇", "孙俪", "林丹", "孙杨", "李宁", "刘欢", "杨丽萍");

    private static final String[] PRIMARY_SUBJECTS =
            weighted("语文", 30, "数学", 28, "英语", 8, "道德与法治", 5, "音乐", 5, "体育", 7, "美术", 5, "信息技术", 3, "科学", 6);
    private static final String[] SECONDARY_SUBJECTS = weighted(
            "语文", 15, "数学", 15, "英语", 13, "物理", 8, "化学", 7, "生物", 6, "道德与法治", 6, "历史", 6, "地理", 6, "音乐", 3, "体育", 6,
            "美术", 3, "信息技术", 4);
    private static final String[] PRESCHOOL_SUBJECTS = {"学前教育"};

    /** Titles by years of service: under 2, 6, 15, 25, and more. */
    private static final String[][] TITLES = {
        weighted("三级教师", 7, "二级教师", 3),
        weighted("三级教师", 1, "二级教师", 7, "一级教师", 2),
        weighted("二级教师", 3, "一级教师", 6, "高级教师", 1),
        weighted("二级教师", 1, "一级教师", 5, "高级教师", 4),
        weighted("二级教师", 1, "一级教师", 16, "高级教师", 22, "正高级教师", 1)
    };

    private static final int[] TITLE_BOUNDS = {2, 6, 15, 25};

    private static final char[] PHONE_SECOND = "335557788889996".toCharArray();

    private final List<School> schools;
    private final long seed;
    private final Map<String, Integer> regionIndex = new HashMap<>();

    public DemoTeacherGenerator(List<School> schools, long seed) {
        if (schools.isEmpty()) {
            throw new IllegalArgumentException("Teachers need at least one school");
        }
        this.schools = List.copyOf(schools);
        this.seed = seed;
        for (School school : this.schools) {
            regionIndex.putIfAbsent(school.countyRegionCode(), regionIndex.size());
        }
    }

    /**
     * {@code n} teachers, made one at a time as the stream is consumed; the same seed gives the same
     * sequence, even if the stream is made parallel (elements are drawn in order).
     */
    public Stream<DemoTeacher> stream(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Cannot generate " + n + " teachers");
        }
        Run run = new Run();
        Spliterator<DemoTeacher> teachers =
                new Spliterators.AbstractSpliterator<DemoTeacher>(
                        n, Spliterator.ORDERED | Spliterator.SIZED | Spliterator.NONNULL) {
                    private int made;

                    @Override
                    public boolean tryAdvance(Consumer<? super DemoTeacher> action) {
                        if (made == n) {
                            return false;
                        }
                        made++;
                        action.accept(run.next());
                        return true;
                    }
                };
        return StreamSupport.stream(teachers, false);
    }

    /** {@code n} teachers in a list: {@link #stream(int)} collected. */
    public List<DemoTeacher> generate(int n) {
        List<DemoTeacher> all = new ArrayList<>(n);
        stream(n).forEachOrdered(all::add);
        return List.copyOf(all);
    }

    /** The stage a school's name suggests, or its hint; 一中 teach both secondary stages. */
    static SchoolStage stageOf(School school, SplittableRandom random) {
        String name = school.name();
        if (school.stageHint() != null) {
            return school.stageHint();
        } else if (name.contains("幼儿园")) {
            return SchoolStage.PRESCHOOL;
        } else if (name.contains("特殊教育") || name.contains("特教")) {
            return SchoolStage.SPECIAL_EDUCATION;
        } else if (name.contains("职业") || name.contains("职中")) {
            return SchoolStage.VOCATIONAL;
        } else if (name.contains("一中") || name.contains("第一中学") || name.contains("高级中学")) {
            return random.nextInt(10) < 6 ? SchoolStage.SENIOR_SECONDARY : SchoolStage.JUNIOR_SECONDARY;
        } else if (name.contains("中学")) {
            return SchoolStage.JUNIOR_SECONDARY;
        }
        return SchoolStage.PRIMARY; // 小学, 完小, 中心学校, 民族学校 and names that say nothing
    }

    /** The state of one stream: its random source and the sequence numbers already issued. */
    private final class Run {
        private final SplittableRandom random = new SplittableRandom(seed);
        private final short[] issued = new short[regionIndex.size() * BIRTH_DAYS * 2];

        DemoTeacher next() {
            School school = schools.get(random.nextInt(schools.size()));
            SchoolStage stage = stageOf(school, random);
            Gender gender = random.nextInt(100) < femaleShare(stage) ? Gender.FEMALE : Gender.MALE;
            IdentityNumber id = identityNumber(school.countyRegionCode(), gender);
            LocalDate birth = id.birthDate();
            LocalDate earliest = birth.plusYears(20);
            long span = ChronoUnit.DAYS.between(earliest, min(birth.plusYears(25), REFERENCE_DATE));
            LocalDate serviceStart = earliest.plusDays(random.nextLong(span + 1));
            int years = (int) ChronoUnit.YEARS.between(serviceStart, REFERENCE_DATE);
            return new DemoTeacher(
                    name(gender),
                    gender,
                    id,
                    phone(),
                    school.name(),
                    pick(subjects(stage)),
                    stage,
                    pick(TITLES[titleBand(years)]),
                    serviceStart,
                    school.name().contains("民办"),
                    designations(serviceStart.getYear()));
        }

        private IdentityNumber identityNumber(String regionCode, Gender gender) {
            int region = regionIndex.get(regionCode);
            int male = gender == Gender.MALE ? 1 : 0;
            while (true) {
                int day = random.nextInt(BIRTH_DAYS);
                int slot = ((region * BIRTH_DAYS) + day) * 2 + male;
                int k = issued[slot];
                if (k < SEQUENCES) {
                    issued[slot]++;
                    int offset = Math.floorMod((region * 31 + day) * 7919, SEQUENCES);
                    int sequence = 2 * (1 + (k * 173 + offset) % SEQUENCES) + male;
                    LocalDate birth = FIRST_BIRTH.plusDays(day);
                    char[] first17 = new char[17];
                    regionCode.getChars(0, 6, first17, 0);
                    digits(first17, 6, 4, birth.getYear());
                    digits(first17, 10, 2, birth.getMonthValue());
                    digits(first17, 12, 2, birth.getDayOfMonth());
                    digits(first17, 14, 3, sequence);
                    return IdentityNumber.withCheckDigit(new String(first17));
                }
            }
        }

        private String name(Gender gender) {
            String[] own = gender == Gender.MALE ? MALE : FEMALE;
            while (true) {
                String surname = pick(SURNAMES);
                String given = random.nextInt(10) < 3 ? pick(own) : pick(FIRST_OF_TWO) + pick(own);
                String name = surname + given;
                if (!FAMOUS.contains(name)) {
                    return name;
                }
            }
        }

        private String phone() {
            char[] phone = new char[11];
            phone[0] = '1';
            phone[1] = PHONE_SECOND[random.nextInt(PHONE_SECOND.length)];
            int rest = random.nextInt(1_000_000_000);
            for (int i = 10; i >= 2; i--) {
                phone[i] = (char) ('0' + rest % 10);
                rest /= 10;
            }
            return new String(phone);
        }

        /** About 8 % of all teachers; only those with five years' service by 2025 are candidates. */
        private List<DemoDesignation> designations(int startYear) {
            int from = Math.max(2015, startYear + 5);
            if (from > 2025 || random.nextInt(1000) >= 88) {
                return List.of();
            }
            int r = random.nextInt(100);
            DesignationKind kind = r < 80
                    ? DesignationKind.KEY_TEACHER
                    : r < 95 ? DesignationKind.SUBJECT_LEADER : DesignationKind.MASTER_TEACHER;
            int l = random.nextInt(100);
            Level level = l < 60 ? Level.COUNTY : l < 90 ? Level.MUNICIPAL : Level.PROVINCIAL;
            int year = from + random.nextInt(2026 - from);
            DemoDesignation first = new DemoDesignation(kind, level, year);
            if (level == Level.PROVINCIAL || year == 2025 || random.nextInt(100) >= 15) {
                return List.of(first);
            }
            Level higher = Level.values()[level.ordinal() - 1];
            int later = year + 1 + random.nextInt(2025 - year);
            return List.of(first, new DemoDesignation(kind, higher, later));
        }

        private String pick(String[] choices) {
            return choices[random.nextInt(choices.length)];
        }
    }

    private static int femaleShare(SchoolStage stage) {
        return switch (stage) {
            case PRESCHOOL -> 95;
            case PRIMARY -> 65;
            case SPECIAL_EDUCATION -> 70;
            case JUNIOR_SECONDARY -> 55;
            case SENIOR_SECONDARY -> 48;
            case VOCATIONAL -> 50;
        };
    }

    private static String[] subjects(SchoolStage stage) {
        return switch (stage) {
            case PRESCHOOL -> PRESCHOOL_SUBJECTS;
            case PRIMARY, SPECIAL_EDUCATION -> PRIMARY_SUBJECTS;
            case JUNIOR_SECONDARY, SENIOR_SECONDARY, VOCATIONAL -> SECONDARY_SUBJECTS;
        };
    }

    private static int titleBand(int yearsOfService) {
        int band = 0;
        while (band < TITLE_BOUNDS.length && yearsOfService >= TITLE_BOUNDS[band]) {
            band++;
        }
        return band;
    }

    /** Writes {@code value} as {@code width} zero-padded digits at {@code at}. */
    private static void digits(char[] into, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String[] chars(String text) {
        return text.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    }

    private static String[] weighted(Object... choicesAndWeights) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < choicesAndWeights.length; i += 2) {
            for (int w = 0; w < (Integer) choicesAndWeights[i + 1]; w++) {
                all.add((String) choicesAndWeights[i]);
            }
        }
        return all.toArray(String[]::new);
    }
}
