package cn.edu.ttms;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of docs/architecture.md, checked on the compiled classes (so a fully-qualified
 * name in the middle of a method counts as much as an import):
 *
 * <pre>
 * interfaces ──► application ──► domain.model
 *                     ▲
 * infrastructure ─────┘ (implements the application's ports and the domain's repositories)
 * </pre>
 */
class ArchitectureTest {

    private static final String DOMAIN = "cn.edu.ttms.domain..";
    private static final String APPLICATION = "cn.edu.ttms.application..";
    private static final String INFRASTRUCTURE = "cn.edu.ttms.infrastructure..";
    private static final String INTERFACES = "cn.edu.ttms.interfaces..";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.edu.ttms");

    @Test
    void theDomainDependsOnTheJdkAndTheMappingAnnotationsOnly() {
        classes()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .onlyDependOnClassesThat(or(
                        resideInAnyPackage(DOMAIN, "java..", "javax.crypto..", "jakarta.persistence.."),
                        // the business failures are application exceptions: they roll back and reach the caller as
                        // themselves
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(ApplicationException.class)))
                .check(MAIN);
    }

    @Test
    void theApplicationUsesPortsNotInfrastructureAndKnowsNoWebOrRestTypes() {
        noClasses()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        INFRASTRUCTURE,
                        INTERFACES,
                        "cn.edu.ttms.standalone..",
                        "jakarta.ws.rs..",
                        "jakarta.faces..",
                        "jakarta.servlet..",
                        "org.primefaces..",
                        "org.apache.poi..",
                        "org.apache.commons.csv..",
                        "org.bouncycastle..",
                        "org.apache.pdfbox..")
                .check(MAIN);
    }

    @Test
    void jpaQueriesLiveInRepositories() {
        noClasses()
                .that()
                .resideInAnyPackage(APPLICATION, DOMAIN, INTERFACES)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.Query")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence.criteria..")
                .check(MAIN);
    }

    @Test
    void infrastructureImplementsPortsButNeverCallsApplicationServices() {
        noClasses()
                .that()
                .resideInAPackage(INFRASTRUCTURE)
                .should()
                .dependOnClassesThat(resideInAPackage(APPLICATION)
                        .and(or(
                                annotatedWith(Stateless.class),
                                annotatedWith(Singleton.class),
                                annotatedWith(Stateful.class),
                                annotatedWith(ApplicationScoped.class),
                                annotatedWith(RequestScoped.class),
                                annotatedWith(Dependent.class))))
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage(INTERFACES)
                .check(MAIN);
    }

    @Test
    void domainConceptsDoNotDependOnEachOtherInCircles() {
        slices().matching("cn.edu.ttms.domain.model.(*)..")
                .should()
                .beFreeOfCycles()
                .check(MAIN);
    }

    @Test
    void applicationAreasDoNotDependOnEachOtherInCircles() {
        slices().matching("cn.edu.ttms.application.(*)..")
                .should()
                .beFreeOfCycles()
                .check(MAIN);
    }
}
