package cn.edu.ttms.infrastructure.document;

import cn.edu.ttms.application.document.CertificateContent;
import cn.edu.ttms.application.document.DocumentSeal;
import cn.edu.ttms.application.document.Issue;
import cn.edu.ttms.application.document.TranscriptContent;
import cn.edu.ttms.application.document.TranscriptContent.Holder;
import cn.edu.ttms.application.document.TranscriptContent.Line;
import cn.edu.ttms.application.document.TranscriptContent.Standing;
import cn.edu.ttms.domain.model.compliance.RequirementRow;
import cn.edu.ttms.domain.model.compliance.ResultStatus;
import cn.edu.ttms.domain.model.policy.Requirement;
import cn.edu.ttms.domain.model.shared.Grade;
import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.infrastructure.signature.CertificateAuthority;
import cn.edu.ttms.infrastructure.signature.SigningKeys;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A deployment's authority with the document-signing seal of a bureau, and the contents of a transcript
 * and a certificate as the application would hand them over: built once, as key generation is slow.
 */
final class SampleDocuments {

    static final String ISSUER = "临沧市临翔区教育体育局";
    static final String HOLDER = "林晓燕";
    static final String PROJECT = "云南省中小学教师信息技术应用能力提升工程2.0整校推进培训";
    static final String CODE = "K7Q2M9XD4HFT8WZP3RJC6VBN5A";
    static final String URL = "https://ttms.lincang.edu.cn/verify/" + CODE;
    static final String QR_PAYLOAD = URL
            + "#v1.MEUCIQDx8yS3b1q2ZxJd7fK0m9Qy4hN6c2pW1rT8uVaLbEoGfQIgR3kZ5nY7sX2cV9bN1mQ4wE6rT8yU0iO3pA5sD7fG9hJ"
            + ".h=3f9a1c2b7d4e8f60.t=86.5,25.92";

    static final CertificateAuthority CA =
            CertificateAuthority.create("CN=TTMS 临沧市 签名根证书, O=临沧市教育体育局, C=CN", Duration.ofDays(3650));
    static final DocumentSeal SEAL = seal(CA, SigningKeys.generate());

    private SampleDocuments() {}

    static DocumentSeal seal(CertificateAuthority authority, KeyPair keys) {
        var certificate = authority.issue(
                keys.getPublic(),
                "CN=" + ISSUER + " 文书签章, O=" + ISSUER + ", C=CN",
                BigInteger.valueOf(System.nanoTime() & Long.MAX_VALUE | 1),
                Duration.ofDays(730));
        return new DocumentSeal(keys.getPrivate(), List.of(certificate, authority.certificate()));
    }

    /** A seal on an RSA key, as some bureaus' existing keys are. */
    static DocumentSeal rsaSeal() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return seal(CA, generator.generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Issue issue() {
        return new Issue(ISSUER, LocalDate.of(2026, 12, 4), CODE, URL, QR_PAYLOAD);
    }

    static Holder holder() {
        return new Holder(HOLDER, "530902********1526", "临沧市临翔区第一中学");
    }

    static TranscriptContent transcript() {
        List<Line> recognised = List.of(
                line(
                        "LX-2026-0012",
                        PROJECT,
                        Level.PROVINCIAL,
                        "2026-03-02",
                        "2026-03-20",
                        "48",
                        "12",
                        Map.of(Module.KNOWLEDGE, "6", Module.COMPETENCE, "6"),
                        ResultStatus.RECOGNISED),
                line(
                        "LX-2026-0031",
                        "临翔区新任教师师德师风专题研修",
                        Level.COUNTY,
                        "2026-04-11",
                        "2026-04-12",
                        "16",
                        "4.5",
                        Map.of(Module.ETHICS, "4.5"),
                        ResultStatus.RECOGNISED),
                line(
                        "LX-2026-0107",
                        "校本研修：大单元教学设计与课堂观察",
                        Level.SCHOOL,
                        "2026-09-01",
                        "2026-11-30",
                        "22.5",
                        "9.42",
                        Map.of(Module.SCHOOL_BASED, "5.42", Module.CLASS_MANAGEMENT, "4"),
                        ResultStatus.RECOGNISED));
        List<Line> pending = List.of(line(
                "LC-2026-0203",
                "临沧市初中数学骨干教师能力提升培训",
                Level.MUNICIPAL,
                "2026-11-16",
                "2026-11-20",
                "40",
                "10",
                Map.of(Module.KNOWLEDGE, "5", Module.COMPETENCE, "5"),
                ResultStatus.REVIEWED));
        return transcript(recognised, pending);
    }

    /** A transcript with {@code count} recognised results: enough for several pages. */
    static TranscriptContent longTranscript(int count) {
        List<Line> recognised = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            recognised.add(line(
                    "LX-2026-%04d".formatted(i),
                    (i % 3 == 0 ? PROJECT : "临翔区中小学教师专题培训第" + i + "期"),
                    Level.values()[i % 5],
                    "2026-03-02",
                    "2026-03-06",
                    "8",
                    "2",
                    Map.of(Module.values()[i % 5], "2"),
                    ResultStatus.RECOGNISED));
        }
        return transcript(recognised, List.of());
    }

    static TranscriptContent emptyTranscript() {
        return transcript(List.of(), List.of());
    }

    private static TranscriptContent transcript(List<Line> recognised, List<Line> pending) {
        Standing cycle = new Standing(
                null,
                false,
                false,
                List.of(
                        row(Requirement.TOTAL_HOURS, null, "360", "86.5", false),
                        row(Requirement.COUNTY_OR_ABOVE_HOURS, null, "240", "64", false),
                        row(Requirement.TOTAL_CREDITS, null, "90", "25.92", false),
                        row(Requirement.MODULE_CREDITS, Module.ETHICS, "10", "4.5", false)));
        List<Standing> years = new ArrayList<>();
        years.add(new Standing(
                2026,
                true,
                false,
                List.of(
                        row(Requirement.TOTAL_HOURS, null, "72", "86.5", true),
                        row(Requirement.TOTAL_CREDITS, null, "18", "25.92", true),
                        row(Requirement.MODULE_CREDITS, Module.ETHICS, "5", "4.5", false),
                        row(Requirement.SELF_SELECTED_SHARE, null, "20", "26.04", true))));
        for (int year = 2027; year <= 2030; year++) {
            years.add(new Standing(
                    year,
                    false,
                    false,
                    List.of(
                            row(Requirement.TOTAL_HOURS, null, "72", "0", false),
                            row(Requirement.TOTAL_CREDITS, null, "18", "0", false))));
        }
        return new TranscriptContent(
                holder(), 2026, 2030, recognised, pending, cycle, years, List.of("临沧市中小学教师继续教育学分管理办法（第 2 版）"), issue());
    }

    static CertificateContent certificate() {
        return new CertificateContent(
                holder(),
                "LX-2026-0012",
                PROJECT,
                Level.PROVINCIAL,
                "云南师范大学继续教育学院",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 20),
                new BigDecimal("48"),
                new BigDecimal("12.00"),
                Grade.EXCELLENT,
                issue());
    }

    private static Line line(
            String code,
            String name,
            Level level,
            String start,
            String end,
            String hours,
            String credits,
            Map<Module, String> modules,
            ResultStatus status) {
        Map<Module, BigDecimal> shares = new java.util.EnumMap<>(Module.class);
        modules.forEach((m, v) -> shares.put(m, new BigDecimal(v)));
        return new Line(
                code,
                name,
                level,
                2026,
                LocalDate.parse(start),
                LocalDate.parse(end),
                new BigDecimal(hours),
                new BigDecimal(credits),
                shares,
                status,
                "临沧市学分管理办法（第 2 版）");
    }

    private static RequirementRow row(
            Requirement requirement, Module module, String required, String actual, boolean met) {
        BigDecimal need = new BigDecimal(required);
        BigDecimal have = new BigDecimal(actual);
        BigDecimal shortfall = need.subtract(have).max(BigDecimal.ZERO);
        return new RequirementRow(requirement, module, need, have, have, shortfall, shortfall, met, met);
    }
}
