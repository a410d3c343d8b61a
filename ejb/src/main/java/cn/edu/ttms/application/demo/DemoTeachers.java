package cn.edu.ttms.application.demo;

import cn.edu.ttms.application.demo.DemoTeacherGenerator.DemoTeacher;
import cn.edu.ttms.domain.model.account.UserAccount;
import cn.edu.ttms.domain.model.account.UserAccountRepository;
import cn.edu.ttms.domain.model.organisation.Organisation;
import cn.edu.ttms.domain.model.organisation.OrganisationKind;
import cn.edu.ttms.domain.model.organisation.OrganisationRepository;
import cn.edu.ttms.domain.model.teacher.Designation;
import cn.edu.ttms.domain.model.teacher.Teacher;
import cn.edu.ttms.domain.model.teacher.TeacherProfile;
import cn.edu.ttms.domain.model.teacher.TeacherRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A few hundred teachers in the demo schools (most in 临翔区 and 凤庆县, as in the sources), with
 * valid identity numbers; the demo accounts {@code teacher} and {@code teacher2} are linked to a
 * teacher of their school.
 */
@Dependent
class DemoTeachers {

    static final int COUNT = 360;
    private static final long SEED = 20170901L;

    @Inject
    OrganisationRepository organisations;

    @Inject
    TeacherRepository teachers;

    @Inject
    UserAccountRepository accounts;

    void load() {
        Organisation province = organisations.findRoots().get(0);
        Map<String, Organisation> schools = new HashMap<>();
        List<DemoTeacherGenerator.School> places = new ArrayList<>();
        for (Organisation unit : organisations.findSubtree(province)) {
            if (unit.kind() == OrganisationKind.SCHOOL) {
                schools.put(unit.name(), unit);
                int weight = unit.parent().name().equals("临翔区")
                                || unit.parent().name().equals("凤庆县")
                        ? 4
                        : 1;
                for (int i = 0; i < weight; i++) {
                    places.add(new DemoTeacherGenerator.School(
                            unit.name(), unit.parent().code(), null));
                }
            }
        }
        List<Teacher> created = new ArrayList<>();
        for (DemoTeacher d : new DemoTeacherGenerator(places, SEED).generate(COUNT)) {
            List<Designation> designations = d.designations().stream()
                    .map(x -> new Designation(x.kind(), x.level(), x.year()))
                    .toList();
            TeacherProfile profile = new TeacherProfile(
                    d.name(),
                    d.phone(),
                    d.subject(),
                    d.stage(),
                    d.title(),
                    d.serviceStart(),
                    d.privateSchool(),
                    designations);
            created.add(teachers.store(new Teacher(d.id(), schools.get(d.schoolName()), profile)));
        }
        link("teacher", "临翔区第一完全小学", "李", created);
        link("teacher2", "凤庆县第一中学", "段", created);
    }

    /** Links a demo account to a teacher of its school, preferably one whose surname matches "李老师"/"段老师". */
    private void link(String username, String school, String surname, List<Teacher> created) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        List<Teacher> atSchool =
                created.stream().filter(t -> t.school().name().equals(school)).toList();
        Teacher teacher = atSchool.stream()
                .filter(t -> t.name().startsWith(surname))
                .findFirst()
                .orElse(atSchool.get(0));
        account.linkTeacher(teacher.id());
    }
}
