package de.aufnahmelotse.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries ARCHITECTURE.md promises. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.aufnahmelotse");
    }

    @Test
    void the_engine_facts_catalog_and_services_never_import_javalin() {
        noClasses().that().resideInAnyPackage("..engine..", "..facts..", "..catalog..", "..ruleset..", "..advice..",
                        "..programs..", "..municipalities..", "..screening..", "..ops..", "..cases..", "..distribution..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..")
                .check(classes);
    }

    @Test
    void the_http_and_ops_packages_never_import_drools() {
        noClasses().that().resideInAnyPackage("..http..", "..ops..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void the_directory_is_plain_data_without_rules_or_advice() {
        noClasses().that().resideInAPackage("..municipalities..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "..advice..",
                        "..screening..", "..engine..")
                .check(classes);
    }

    @Test
    void the_distribution_keys_are_plain_data_without_rules_or_advice() {
        noClasses().that().resideInAPackage("..distribution..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "..advice..",
                        "..engine..", "..ruleset..", "..http..")
                .check(classes);
    }

    @Test
    void only_the_engine_touches_a_kie_session() {
        noClasses().that().resideOutsideOfPackage("..engine..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.kie.api.runtime.KieSession")
                .check(classes);
    }

    @Test
    void cases_are_a_feature_package_of_their_own_without_http_or_drools() {
        noClasses().that().resideInAPackage("..cases..")
                .should().dependOnClassesThat().resideInAnyPackage("..http..", "..app..", "org.kie..", "org.drools..",
                        "..engine..")
                .check(classes);
    }

    @Test
    void matching_is_a_feature_of_its_own_without_http_or_commands() {
        noClasses().that().resideInAPackage("..matching..")
                .should().dependOnClassesThat().resideInAnyPackage("..http..", "..app..", "..screening..")
                .check(classes);
    }

    @Test
    void only_the_cases_package_talks_to_the_database() {
        noClasses().that().resideOutsideOfPackages("..cases..", "..app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..", "com.zaxxer..",
                        "org.h2..", "org.postgresql..", "java.sql..")
                .check(classes);
    }

    @Test
    void only_matching_uses_the_solver() {
        noClasses().that().resideOutsideOfPackage("..matching..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.timefold..")
                .check(classes);
    }
}
