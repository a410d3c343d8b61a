package cn.edu.ttms.infrastructure.audit;

import cn.edu.ttms.application.json.JsonBuilders;
import cn.edu.ttms.domain.model.shared.Audited;
import cn.edu.ttms.domain.model.shared.Credits;
import cn.edu.ttms.domain.model.shared.Hours;
import cn.edu.ttms.domain.model.shared.Score;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Before/after states as JSON, with stable key order so that entries are easy to compare. */
public final class AuditJson {

    private AuditJson() {}

    public static String of(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        JsonObjectBuilder json = JsonBuilders.createObjectBuilder();
        new TreeMap<>(state).forEach((key, value) -> add(json, key, value));
        return json.build().toString();
    }

    private static void add(JsonObjectBuilder json, String key, Object value) {
        if (value == null) {
            json.addNull(key);
        } else if (value instanceof Audited a) {
            json.add(key, AuditIdentity.idOf(a));
        } else if (value instanceof BigDecimal d) {
            json.add(key, d);
        } else if (value instanceof Credits c) { // an old value from the change set: the number, as ever
            json.add(key, c.value());
        } else if (value instanceof Hours h) {
            json.add(key, h.value());
        } else if (value instanceof Score s) {
            json.add(key, s.value());
        } else if (value instanceof Long || value instanceof Integer) {
            json.add(key, ((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            json.add(key, b);
        } else if (value instanceof Collection<?> c) {
            var array = JsonBuilders.createArrayBuilder();
            c.stream().map(String::valueOf).sorted().forEach(array::add);
            json.add(key, array);
        } else {
            json.add(key, String.valueOf(value));
        }
    }
}
