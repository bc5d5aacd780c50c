package org.probatio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries; their diagrams are kept current in docs/architecture. */
class ModularityTests {

  static final ApplicationModules modules = ApplicationModules.of(Probatio.class);

  @Test
  void modules_depend_only_on_each_others_published_api() {
    modules.verify();
  }

  @Test
  void the_person_record_rules_use_no_spring_database_or_clock() {
    noClasses().that().haveSimpleNameEndingWith("Reader").or().haveSimpleName("Names")
        .or().haveSimpleName("PncId").or().haveSimpleName("CroNumber").or().haveSimpleName("SearchQuery")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .check(new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("org.probatio.people"));
  }

  @Test
  void documents_the_modules() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
        .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
  }
}
