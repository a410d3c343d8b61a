package db.migration;

import cn.edu.ttms.domain.model.policy.PolicyRules;
import cn.edu.ttms.infrastructure.policy.PolicyRulesJson;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Ships the Lincang 2017 whole-staff training measures as the default credit policy: version 1,
 * no jurisdiction (the fallback for every organisation), in force from 2017. The numbers come from
 * the domain's own {@code PolicyRules.lincang2017()}, so they are written down exactly once.
 */
public class V3_1__Lincang2017DefaultPolicy extends BaseJavaMigration {

    static final String NAME = "临沧市中小学教师全员培训管理办法（试行）2017";

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("INSERT INTO credit_policy (name,"
                        + " jurisdiction_id, version_no, effective_from, effective_to, rules_json, based_on_id, note, created_by,"
                        + " created_at) VALUES (?, NULL, 1, ?, NULL, ?, NULL, ?, 'migration', ?)")) {
            insert.setString(1, NAME);
            insert.setObject(2, LocalDate.of(2017, 1, 1));
            insert.setString(3, PolicyRulesJson.toJson(PolicyRules.lincang2017()));
            insert.setString(4, "默认政策：临沧市教育局 2017 年全员培训管理办法，绩效系数按单调递增理解（优 0.25、良 0.2、中 0.15、合格 0.1）。");
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
