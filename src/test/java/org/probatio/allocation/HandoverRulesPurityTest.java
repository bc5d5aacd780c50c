package org.probatio.allocation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The handover's rules (assembly, checklist, the first-appointment flag) take their dates as inputs. */
class HandoverRulesPurityTest {

  @Test
  void assembly_checklist_and_flag_use_no_spring_database_or_clock() {
    noClasses().that().haveSimpleNameStartingWith("HandoverPackage").or().haveSimpleName("HandoverItem")
        .or().haveSimpleName("HandoverAssembly").or().haveSimpleName("Handover").or().haveSimpleName("MissingItem")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
            "tools.jackson..")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .check(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.probatio.allocation"));
  }
}
