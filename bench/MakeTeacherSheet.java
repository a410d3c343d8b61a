import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.application.demo.DemoTeacherGenerator;
import cn.edu.ttms.application.demo.DemoTeacherGenerator.DemoTeacher;
import cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetWriter;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark input: an .xlsx of N new teachers for the 临翔区 schools, in the import layout.
 * Usage: java -cp <ejb classes + POI> bench/MakeTeacherSheet.java FILE N
 */
public class MakeTeacherSheet {

    public static void main(String[] args) throws Exception {
        List<DemoTeacherGenerator.School> schools = List.of(
                new DemoTeacherGenerator.School("临翔区第一完全小学", "530100", null),
                new DemoTeacherGenerator.School("临沧市第一中学", "530100", null),
                new DemoTeacherGenerator.School("临翔区博尚镇中心完小", "530100", null));
        List<List<Object>> rows = new ArrayList<>();
        for (DemoTeacher t : new DemoTeacherGenerator(schools, 99L).generate(Integer.parseInt(args[1]))) {
            rows.add(List.of(t.name(), t.gender().name().equals("MALE") ? "男" : "女", t.id().value(), t.phone(),
                    t.schoolName(), t.subject(), t.stage() == SchoolStage.PRIMARY ? "小学" : "初中",
                    t.title() == null ? "" : t.title(), t.serviceStart().toString(), "否"));
        }
        try (OutputStream out = new FileOutputStream(args[0])) {
            new SpreadsheetWriter().writeXlsx(List.of("姓名", "性别", "身份证号", "手机", "学校", "学科", "学段", "职称",
                    "参加工作时间", "民办"), rows, out);
        }
    }
}
