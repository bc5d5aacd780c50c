package org.probatio.court;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The court's rules take time as an input and need no Spring, database or clock. */
class CourtRulesPurityTest {

  @Test
  void deadlines_completion_and_input_checks_use_no_spring_database_or_clock() {
    noClasses().that().haveSimpleName("Deadlines").or().haveSimpleNameStartingWith("ReportCompletion")
        .or().haveSimpleNameStartingWith("New").or().haveSimpleName("CheckResponse").or().haveSimpleName("Charge")
        .or().haveSimpleName("RequirementType").or().haveSimpleName("OrderType").or().haveSimpleName("ReportSection")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.ZonedDateTime.class, "now")
        .check(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.probatio.court"));
  }
}
