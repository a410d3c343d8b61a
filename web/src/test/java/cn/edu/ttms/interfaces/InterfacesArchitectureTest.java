package cn.edu.ttms.interfaces;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * The edge's half of the dependency rule (the ejb module's ArchitectureTest holds the rest): pages and
 * REST resources turn requests into calls of application services and never reach the database or
 * each other, and never hand an entity to a page or a client.
 */
class InterfacesArchitectureTest {

    private static final String INTERFACES = "cn.edu.ttms.interfaces..";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.edu.ttms");

    @Test
    void restResourcesDoNotReachIntoPages() {
        noClasses()
                .that()
                .resideInAPackage("cn.edu.ttms.interfaces.rest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cn.edu.ttms.interfaces.web..")
                .check(MAIN);
    }

    @Test
    void theEdgeNeverQueriesTheDatabase() {
        noClasses()
                .that()
                .resideInAPackage(INTERFACES)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence.criteria..")
                .check(MAIN);
    }

    @Test
    void restResourcesNeverReturnEntities() {
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("cn.edu.ttms.interfaces.rest..")
                .and()
                .arePublic()
                .should()
                .haveRawReturnType(annotatedWith(Entity.class).or(annotatedWith(Embeddable.class)))
                .check(MAIN);
    }
}
