import java.io.FileOutputStream;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a generated annual plan of N rows in the layout of the Chenzhou 2018 plan (two header rows,
 * every 10th row a continuation stage without a number, forms in the bureau's words, several hosts).
 * Usage: java -cp <poi classpath> bench/MakePlanSheet.java N out.xlsx
 */
public class MakePlanSheet {

    private static final String[] UNITS = {"市教育局", "市教师培训中心", "临翔区教育局", "凤庆县教育局", "云县教育局"};
    private static final String[] CATEGORIES = {"国培省市联合立项项目", "名师培养", "部门中心工作", "教育精准扶贫", "校（园）长任职资格培训"};
    private static final String[] FORMS = {"本地集中", "异地集中", "本地+异地集中", "网络研修", "市县联合, 送培到县(校)集中培训", "境外集中"};
    private static final String[] HOSTS = {"市教师培训中心", "临沧师范高等专科学校", "市教师培训中心、临翔区教师进修学校", "云南师范大学"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = new FileOutputStream(args[1])) {
            Sheet sheet = wb.createSheet("计划");
            row(sheet, 0, "序号", "申报单位", "项目类别", "项目名称", "培训形式", "培训对象", "培训天数", "", "", "培训人数", "承办单位");
            row(sheet, 1, "", "", "", "", "", "", "异地", "本地", "合计", "", "");
            int seq = 0;
            for (int i = 0; i < n; i++) {
                Row r = sheet.createRow(i + 2);
                boolean continuation = i % 10 == 9;
                if (!continuation) {
                    seq++;
                    r.createCell(0).setCellValue(seq);
                }
                r.createCell(1).setCellValue(UNITS[i % UNITS.length]);
                r.createCell(2).setCellValue(CATEGORIES[i % CATEGORIES.length]);
                r.createCell(3).setCellValue("临沧市第" + seq + "期教师能力提升培训班(B" + seq + ")");
                r.createCell(4).setCellValue(FORMS[i % FORMS.length]);
                r.createCell(5).setCellValue("全市中小学教师");
                int local = 2 + i % 5;
                if (i % 3 == 0) {
                    r.createCell(6).setCellValue(1);
                    r.createCell(7).setCellValue(local);
                }
                r.createCell(8).setCellValue(i % 3 == 0 ? local + 1 : local);
                r.createCell(9).setCellValue(30 + i % 70);
                r.createCell(10).setCellValue(HOSTS[i % HOSTS.length]);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row r = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            r.createCell(c).setCellValue(cells[c]);
        }
    }
}
