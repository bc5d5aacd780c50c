package org.probatio.calendar.rules;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The calendar rules use the JDK's dates and collections and nothing else: no Spring, no I/O, no clock. */
class CalendarRulesPurityTest {

  static final JavaClasses RULES = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
      .importPackages("org.probatio.calendar.rules");

  @Test
  void the_rules_depend_only_on_java_lang_time_and_util() {
    classes().that().doNotHaveSimpleName("package-info")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java.lang..", "java.time..", "java.util..",
            "org.probatio.calendar.rules", "org.jspecify.annotations")
        .check(RULES);
  }

  @Test
  void the_rules_never_ask_the_time() {
    noClasses().should().callMethodWhere(target(name("now")))
        .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
        .check(RULES);
  }
}
