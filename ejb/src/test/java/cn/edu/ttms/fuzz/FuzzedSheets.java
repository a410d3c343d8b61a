package cn.edu.ttms.fuzz;

import cn.edu.ttms.domain.model.shared.DomainMessages;
import cn.edu.ttms.infrastructure.spreadsheet.SheetRow;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Sheets made from fuzzer bytes for the import grammars' fuzz targets (docs/fuzzing.md): rows of cells
 * taken mostly from the words the grammars look for (headers, numbers, dates, identity numbers, the
 * words of the checks), so that the fuzzer reaches their checks without having to build a valid zip
 * file first, and partly from arbitrary text.
 */
public final class FuzzedSheets {

    /** Identity numbers with a right check digit, born long before the targets' fixed today. */
    public static final List<String> IDENTITY_NUMBERS = List.of(
            withCheckDigit("53090219850615002"),
            withCheckDigit("53090219880301002"),
            withCheckDigit("11010119900307001"),
            withCheckDigit("53092119780806004"),
            withCheckDigit("44030520000229123"));

    private static final List<String> WORDS = List.of(
            // teacher and roster headers
            "姓名",
            "教师姓名",
            "性别",
            "身份证号",
            "身份证号码",
            "公民身份号码",
            "手机",
            "联系电话",
            "学校",
            "学校名称",
            "学科",
            "学段",
            "职称",
            "参加工作时间",
            "民办",
            "是否民办",
            "序号",
            "备注",
            "name",
            "identityNumber",
            // plan headers
            "申报单位",
            "项目类别",
            "项目名称",
            "培训项目",
            "培训形式",
            "培训对象",
            "培训天数",
            "天数",
            "异地",
            "本地",
            "合计",
            "小计",
            "培训人数",
            "培训人次",
            "承办单位",
            "编号",
            // result headers
            "成绩",
            "学时",
            "第1阶段学时",
            "第2阶段学时",
            "第 3 阶段 学时",
            "第0阶段学时",
            "第99999999999阶段学时",
            // values
            "张三",
            "李 四",
            "阿依古丽·买买提",
            "男",
            "女",
            "f",
            "小学",
            "初中",
            "高中",
            "特教",
            "中职",
            "是",
            "否",
            "公办",
            "一中",
            "第一中学",
            "13800138000",
            "138-0013-8000",
            "2008-09-01",
            "2008/9/1",
            "2008年9月",
            "2008-09-01T08:00",
            "2099-01-01",
            "1899-12-31",
            "2008-02-30",
            "0",
            "1",
            "6",
            "6.5",
            "18",
            "18.0",
            "12.25",
            "85",
            "100",
            "100.0",
            "101",
            "-1",
            "0.05",
            "1,200",
            "2,600",
            "７０",
            "70人",
            "2.5天",
            "999999999",
            "2147483648",
            "1e999999",
            "1E+100000",
            "1e-999999",
            "NaN",
            "0x10",
            "1.",
            "１.",
            "44、",
            "集中培训",
            "本地集中",
            "远程培训",
            "网络研修",
            "跟岗实践",
            "送教下乡",
            "混合式",
            "培训总人次",
            "总计",
            "共计",
            "湘南学院、深圳龙岗教师进修学校",
            "骨干教师培训(D309)",
            "培训(D309)（E301）",
            "（ A 12 ）",
            " ",
            "\u3000",
            "\uFEFF",
            "\"",
            "=1+1",
            "@SUM(A1)");

    private static final List<String> VOCABULARY;
    private static final Properties CHINESE = bundle("messages.properties");
    private static final Properties ENGLISH = bundle("messages_en.properties");

    static {
        List<String> all = new ArrayList<>(WORDS);
        all.addAll(IDENTITY_NUMBERS);
        IDENTITY_NUMBERS.forEach(id -> all.add(id.toLowerCase(Locale.ROOT)));
        VOCABULARY = List.copyOf(all);
    }

    private FuzzedSheets() {}

    /**
     * A sheet: with some probability one of {@code headers} first (the grammar's own header rows, so
     * that most inputs reach the data checks), then fuzzed rows, numbered upwards with gaps.
     */
    public static List<SheetRow> sheet(FuzzedDataProvider data, List<List<String>> headers) {
        List<SheetRow> rows = new ArrayList<>();
        int number = data.consumeInt(1, 3);
        int header = data.consumeInt(0, headers.size());
        if (header < headers.size()) {
            rows.add(new SheetRow(number, headers.get(header)));
            number++;
        }
        int count = data.consumeInt(0, 24);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            rows.add(new SheetRow(number, cells(data)));
            number += data.consumeInt(1, 2);
        }
        return rows;
    }

    private static List<String> cells(FuzzedDataProvider data) {
        int width = data.consumeInt(0, 14);
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            cells.add(cell(data));
        }
        return cells;
    }

    private static String cell(FuzzedDataProvider data) {
        int pick = data.consumeInt(0, VOCABULARY.size() + 2);
        if (pick < VOCABULARY.size()) {
            return VOCABULARY.get(pick);
        }
        if (pick == VOCABULARY.size()) {
            return "";
        }
        return data.consumeString(32);
    }

    /**
     * The problem or inference message the user would read, in Chinese and in English; fails when a
     * key has no text in either language (the user would read the bare key).
     */
    public static void render(String key, List<?> args) {
        if (!CHINESE.containsKey(key) || !ENGLISH.containsKey(key)) {
            throw new AssertionError("No text for " + key + " in Chinese or in English");
        }
        DomainMessages.format(key, args, Locale.SIMPLIFIED_CHINESE);
        DomainMessages.format(key, args, Locale.ENGLISH);
    }

    /** Each bundle file on its own: a resource bundle would fall back to Chinese for a key English lacks. */
    private static Properties bundle(String name) {
        try (InputStream in = DomainMessages.class.getResourceAsStream("/cn/edu/ttms/domain/" + name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties texts = new Properties();
            texts.load(reader);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An 18-digit identity number from its first 17 digits (GB 11643, ISO 7064 MOD 11-2). */
    static String withCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
