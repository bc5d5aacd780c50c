package org.probatio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pure rule packages (ARCHITECTURE.md): no Spring, no database, no clock, no I/O, and nothing from
 * outside the package but the JDK and the null-marking annotations, so each result follows from its
 * input alone.
 */
class PureRulePackagesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"org.probatio.risk.scoring", "org.probatio.allocation.policy", "org.probatio.workload.rules"})
  void a_pure_rule_package_uses_no_spring_database_clock_io_or_other_package(String pure) {
    noClasses().that().resideInAPackage(pure).and().doNotHaveSimpleName("package-info")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "java.io..",
            "java.nio..", "java.net..", "tools.jackson..")
        .orShould().dependOnClassesThat().resideOutsideOfPackages(pure + "..", "java..", "org.jspecify..")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(pure));
  }
}
