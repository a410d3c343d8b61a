import cn.edu.ttms.domain.model.teacher.SchoolStage;
import cn.edu.ttms.application.demo.DemoTeacherGenerator;
import cn.edu.ttms.application.demo.DemoTeacherGenerator.DemoTeacher;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark data: adds N generated teachers (valid identity numbers, demo schools) to a TTMS
 * database over JDBC in batches. Run by bench/registry.sh; not part of the application.
 * Usage: java -cp ejb/target/classes:mysql-connector-j.jar bench/SeedTeachers.java URL USER PASSWORD N
 */
public class SeedTeachers {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[3]);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            Map<String, long[]> schoolIds = new HashMap<>();
            Map<String, String> schoolPaths = new HashMap<>();
            List<DemoTeacherGenerator.School> schools = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT s.id, s.name, s.path, p.code FROM organisation s"
                    + " JOIN organisation p ON p.id = s.parent_id WHERE s.kind = 'SCHOOL' AND p.code IS NOT NULL")) {
                while (rs.next()) {
                    schoolIds.put(rs.getString(2), new long[] {rs.getLong(1)});
                    schoolPaths.put(rs.getString(2), rs.getString(3));
                    schools.add(new DemoTeacherGenerator.School(rs.getString(2), rs.getString(4), null));
                }
            }
            long firstId = 10_000_000L;
            long start = System.nanoTime();
            int inserted = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO teacher (id, name, gender,"
                    + " identity_number, id_suffix, phone, school_id, school_path, subject, stage, title, service_start,"
                    + " private_school, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)")) {
                int i = 0;
                for (DemoTeacher t : (Iterable<DemoTeacher>) new DemoTeacherGenerator(schools, 777L).stream(n)::iterator) {
                    insert.setLong(1, firstId + i++);
                    insert.setString(2, t.name());
                    insert.setString(3, t.gender().name());
                    insert.setString(4, t.id().value());
                    insert.setString(5, t.id().suffix());
                    insert.setString(6, t.phone());
                    insert.setLong(7, schoolIds.get(t.schoolName())[0]);
                    insert.setString(8, schoolPaths.get(t.schoolName()));
                    insert.setString(9, t.subject());
                    insert.setString(10, (t.stage() == null ? SchoolStage.PRIMARY : t.stage()).name());
                    insert.setString(11, t.title());
                    insert.setObject(12, t.serviceStart());
                    insert.setBoolean(13, t.privateSchool());
                    insert.addBatch();
                    if (i % 5000 == 0) {
                        for (int r : insert.executeBatch()) {
                            inserted += r > 0 ? 1 : 0;
                        }
                        c.commit();
                    }
                }
                for (int r : insert.executeBatch()) {
                    inserted += r > 0 ? 1 : 0;
                }
                c.commit();
            }
            System.out.printf("seeded %d teachers in %.1f s%n", inserted, (System.nanoTime() - start) / 1e9);
        }
    }
}
