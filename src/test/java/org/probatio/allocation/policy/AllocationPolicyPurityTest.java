package org.probatio.allocation.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The allocation rules are pure: no Spring, no database, no clock, no I/O, and nothing from other modules. */
class AllocationPolicyPurityTest {

  @Test
  void the_policy_package_uses_no_spring_database_clock_io_or_other_module() {
    noClasses().that().resideInAPackage("org.probatio.allocation.policy").and().doNotHaveSimpleName("package-info")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "java.io..",
            "java.nio..", "java.net..", "tools.jackson..")
        .orShould().dependOnClassesThat().resideOutsideOfPackages("org.probatio.allocation.policy..", "java..",
            "org.jspecify..")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.probatio.allocation.policy"));
  }
}
