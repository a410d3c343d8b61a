package cn.edu.ttms.application.demo;

import cn.edu.ttms.domain.model.account.PasswordHasher;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation tree of the sources (云南省 → 临沧市 → its eight counties → schools, and the
 * city's training institutions) and the demo accounts. Runs inside the loader's transaction.
 */
@Dependent
class DemoOrganisations {

    private static final Map<String, List<String>> SCHOOLS = Map.of(
            "临翔区", List.of("临沧市第一中学", "临翔区第一完全小学", "临翔区博尚镇中心完小", "临翔区南美乡民族学校"),
            "凤庆县", List.of("凤庆县第一中学", "凤庆县凤山镇中心完小", "凤庆县洛党镇中学", "凤庆县育才民办学校"),
            "云县", List.of("云县第一中学", "云县爱华镇中心完小"),
            "永德县", List.of("永德县第一中学"),
            "镇康县", List.of("镇康县第一中学"),
            "双江拉祜族佤族布朗族傣族自治县", List.of("双江县第一中学"),
            "耿马傣族佤族自治县", List.of("耿马县第一中学"),
            "沧源佤族自治县", List.of("沧源县第一中学"));

    private static final List<String[]> COUNTIES = List.of(
            new String[] {"临翔区", "530902"}, new String[] {"凤庆县", "530921"},
            new String[] {"云县", "530922"}, new String[] {"永德县", "530923"},
            new String[] {"镇康县", "530924"}, new String[] {"双江拉祜族佤族布朗族傣族自治县", "530925"},
            new String[] {"耿马傣族佤族自治县", "530926"}, new String[] {"沧源佤族自治县", "530927"});

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    void load() {
        Map<String, Organisation> byName = new HashMap<>();
        Organisation province = add(byName, Organisation.root(OrganisationKind.PROVINCE, "云南省", "530000"));
        Organisation city = add(byName, Organisation.under(province, OrganisationKind.CITY, "临沧市", "530900"));
        add(byName, Organisation.under(city, OrganisationKind.INSTITUTION, "临沧市教师发展中心", null));
        add(byName, Organisation.under(city, OrganisationKind.INSTITUTION, "临沧师范高等专科学校", null));
        for (String[] county : COUNTIES) {
            Organisation c = add(byName, Organisation.under(city, OrganisationKind.COUNTY, county[0], county[1]));
            for (String school : SCHOOLS.get(county[0])) {
                add(byName, Organisation.under(c, OrganisationKind.SCHOOL, school, null));
            }
        }
        // one hash for all: they share the published demo password anyway, and a hash at today's
        // iterations costs about a second of start-up each (docs/benchmarks.md)
        String hash = passwords.hash(DemoAccounts.PASSWORD.toCharArray());
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            accounts.store(
                    new UserAccount(a.username(), a.displayName(), hash, byName.get(a.organisation()), a.roles()));
        }
    }

    private Organisation add(Map<String, Organisation> byName, Organisation organisation) {
        byName.put(organisation.name(), organisations.store(organisation));
        return organisation;
    }
}
