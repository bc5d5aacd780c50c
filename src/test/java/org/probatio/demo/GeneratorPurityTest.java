package org.probatio.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The generator is a pure rule: no Spring, no database, no clock, no unseeded randomness. */
class GeneratorPurityTest {

  @Test
  void the_generator_uses_no_spring_database_clock_or_unseeded_random_source() {
    noClasses().that().haveSimpleNameEndingWith("Generator").or().haveSimpleName("PoliceIdentifiers")
        .or().haveSimpleName("Weighted").or().haveSimpleName("Apportion").or().haveSimpleName("StaffMix")
        .or().haveSimpleName("Staffing").or().haveSimpleName("Region").or().haveSimpleName("RegionModel")
        .or().haveSimpleName("PeopleMix")
        .or().haveSimpleName("NameLists").or().haveSimpleName("DemoUser").or().haveSimpleName("GeneratedPerson")
        .or().haveSimpleName("CaseMix").or().haveSimpleName("CaseStaff").or().haveSimpleName("Offences")
        .or().haveSimpleName("ReportText").or().haveSimpleName("Timeline").or().haveSimpleName("LondonTime")
        .or().haveSimpleName("KnownIds").or().haveSimpleName("CaseHistory").or().haveSimpleName("CaseTally")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(Math.class, "random")
        .orShould().callConstructor(java.util.Random.class)
        .orShould().callConstructor(java.util.SplittableRandom.class)
        .check(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.probatio.demo"));
  }
}
