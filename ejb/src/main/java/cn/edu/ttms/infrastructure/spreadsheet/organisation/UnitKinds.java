package cn.edu.ttms.infrastructure.spreadsheet.organisation;

import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a units sheet may use for a kind of unit: the Chinese names (省, 市(州), 县(区), 学校,
 * 培训机构, and their parts 市, 州, 县, 区) and the code names of glossary.md (PROVINCE, CITY,
 * COUNTY, SCHOOL, INSTITUTION, any case). Full-width brackets count as brackets.
 */
final class UnitKinds {

    private static final Map<String, OrganisationKind> WORDS = Map.ofEntries(
            Map.entry("省", OrganisationKind.PROVINCE),
            Map.entry("市(州)", OrganisationKind.CITY),
            Map.entry("市", OrganisationKind.CITY),
            Map.entry("州", OrganisationKind.CITY),
            Map.entry("市州", OrganisationKind.CITY),
            Map.entry("县(区)", OrganisationKind.COUNTY),
            Map.entry("县", OrganisationKind.COUNTY),
            Map.entry("区", OrganisationKind.COUNTY),
            Map.entry("县区", OrganisationKind.COUNTY),
            Map.entry("学校", OrganisationKind.SCHOOL),
            Map.entry("培训机构", OrganisationKind.INSTITUTION));

    private UnitKinds() {}

    static Optional<OrganisationKind> parse(String text) {
        String squeezed = UnitColumn.normalise(text).replace('（', '(').replace('）', ')');
        OrganisationKind kind = WORDS.get(squeezed);
        if (kind != null) {
            return Optional.of(kind);
        }
        try {
            return Optional.of(OrganisationKind.valueOf(squeezed.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
