package cn.edu.ttms.domain.model.compliance;

import cn.edu.ttms.domain.model.shared.Level;
import cn.edu.ttms.domain.model.shared.Module;
import cn.edu.ttms.domain.model.shared.Selection;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The sums a compliance row compares with its minimum, over a set of records. School-based hours
 * are the hours of SCHOOL-level projects: art. 9 contrasts "县级以上各类培训" (240 h) with "校本研修类培训" (120
 * h), two parts of the 360 h, i.e. a split by level.
 */
final class Tally {

    final BigDecimal hours;
    final BigDecimal countyOrAboveHours;
    final BigDecimal schoolBasedHours;
    final BigDecimal credits;
    final BigDecimal selfSelectedCredits;
    final Map<Module, BigDecimal> moduleCredits = new EnumMap<>(Module.class);

    Tally(Collection<ResultRecord> records) {
        BigDecimal h = BigDecimal.ZERO;
        BigDecimal county = BigDecimal.ZERO;
        BigDecimal school = BigDecimal.ZERO;
        BigDecimal c = BigDecimal.ZERO;
        BigDecimal self = BigDecimal.ZERO;
        for (Module module : Module.values()) {
            moduleCredits.put(module, BigDecimal.ZERO);
        }
        for (ResultRecord r : records) {
            BigDecimal recordHours = r.hours().value();
            h = h.add(recordHours);
            if (r.level().countyOrAbove()) {
                county = county.add(recordHours);
            }
            if (r.level() == Level.SCHOOL) {
                school = school.add(recordHours);
            }
            c = c.add(r.credits().value());
            if (r.selection() == Selection.SELF_SELECTED) {
                self = self.add(r.credits().value());
            }
            r.moduleSplit()
                    .forEach(m -> moduleCredits.merge(m.module(), m.credits().value(), BigDecimal::add));
        }
        this.hours = h;
        this.countyOrAboveHours = county;
        this.schoolBasedHours = school;
        this.credits = c;
        this.selfSelectedCredits = self;
    }
}
