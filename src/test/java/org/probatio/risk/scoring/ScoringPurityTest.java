package org.probatio.risk.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The actuarial models are pure: no Spring, no database, no clock, no I/O. */
class ScoringPurityTest {

  @Test
  void the_scoring_package_uses_no_spring_database_clock_or_io() {
    noClasses().that().resideInAPackage("org.probatio.risk.scoring").and().doNotHaveSimpleName("package-info")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "java.io..",
            "java.nio..", "java.net..", "tools.jackson..")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.probatio.risk.scoring"));
  }
}
