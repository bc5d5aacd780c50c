package org.probatio.allocation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public worked case of tier model V2 in ../shared/reference/conformance/tier_vectors.json, each
 * its own test: full tiers ("v2"), protect points and levels ("v2-protect"), change points and levels
 * ("v2-change"). Cases are read into a {@link TierInput} as ../shared/tools/conformance.py reads them
 * for {@code probatio tier}; a vector of a shape this test cannot read fails rather than being skipped.
 */
class TierConformanceTest {

  static final Path VECTORS = Path.of("..", "shared", "reference", "conformance", "tier_vectors.json");
  private static final Map<String, RoshLevel> ROSH_REGISTERS = Map.of("RVHR", RoshLevel.VERY_HIGH, "RHRH", RoshLevel.HIGH,
      "RMRH", RoshLevel.MEDIUM, "RLRH", RoshLevel.LOW);
  private static final Set<String> PROTECT_INPUTS = Set.of("rsr", "rosh", "mappaLevel", "registrations", "gender",
      "previousEnforcementActivity", "oasysAnswers");

  @TestFactory
  @SuppressWarnings("unchecked")
  Stream<DynamicTest> every_public_v2_case_agrees() {
    if (!Files.exists(VECTORS)) {
      return Stream.of(DynamicTest.dynamicTest("public tier cases", () -> Assumptions.assumeTrue(false,
          VECTORS + " not present: tier conformance cases skipped")));
    }
    Map<String, Object> file = JsonMapper.builder().build().readValue(VECTORS.toFile(), Map.class);
    List<DynamicTest> tests = new ArrayList<>();
    List<Map<String, Object>> vectors = (List<Map<String, Object>>) file.get("vectors");
    for (int i = 0; i < vectors.size(); i++) {
      Map<String, Object> vector = vectors.get(i);
      String model = (String) vector.get("model");
      if (model.startsWith("v2")) {
        Map<String, Object> inputs = (Map<String, Object>) vector.get("inputs");
        Map<String, Object> expected = (Map<String, Object>) vector.get("expected");
        tests.add(DynamicTest.dynamicTest("case " + i + " (" + model + "): " + inputs + " gives " + expected,
            () -> check(model, inputs, expected)));
      }
    }
    return tests.stream();
  }

  private static void check(String model, Map<String, Object> inputs, Map<String, Object> expected) {
    if (model.equals("v2")) {
      assertThat(TierModelV2.calculate(fullCase(inputs)).code()).isEqualTo(expected.get("tierScore"));
    } else if (inputs.keySet().equals(Set.of("protectPoints"))) {
      assertThat(ProtectLevel.of((Integer) inputs.get("protectPoints")).name()).isEqualTo(expected.get("protectLevel"));
    } else if (inputs.keySet().equals(Set.of("changePoints"))) {
      assertThat(TierModelV2.changeLevel((Integer) inputs.get("changePoints"))).isEqualTo(expected.get("changeLevel"));
    } else if (model.equals("v2-protect") && PROTECT_INPUTS.containsAll(inputs.keySet())) {
      Tier tier = TierModelV2.calculate(protectCase(inputs));
      assertThat(tier.protect().points()).isEqualTo(expected.get("protectPoints"));
    } else if (model.equals("v2-change")) {
      Tier tier = TierModelV2.calculate(changeCase(inputs));
      assertThat(tier.change().points()).isEqualTo(expected.get("changePoints"));
      if (expected.containsKey("changeLevel")) {
        assertThat(tier.change().level()).isEqualTo(expected.get("changeLevel"));
      }
    } else {
      fail("a %s case this test cannot read: %s", model, inputs);
    }
  }

  /** As conformance.py: MAPPA and RoSH registrations become their fields, the last one listed winning; HREG is ignored. */
  @SuppressWarnings("unchecked")
  private static TierInput fullCase(Map<String, Object> inputs) {
    Integer mappaLevel = null;
    RoshLevel rosh = null;
    Set<String> codes = new HashSet<>();
    for (Map<String, Object> registration : (List<Map<String, Object>>) inputs.get("registrations")) {
      String code = (String) registration.get("code");
      if (code.equals("MAPP")) {
        mappaLevel = Character.getNumericValue(((String) registration.get("level")).charAt(1));
      } else if (ROSH_REGISTERS.containsKey(code)) {
        rosh = ROSH_REGISTERS.get(code);
      } else if (!code.equals("HREG")) {
        codes.add(code);
      }
    }
    boolean mandate = ((List<Map<String, Object>>) inputs.get("convictions")).stream()
        .filter(conviction -> !Boolean.TRUE.equals(conviction.get("terminated")))
        .anyMatch(conviction -> Set.of("NC", "SC").contains(conviction.get("sentenceType"))
            || ((List<Map<String, Object>>) conviction.getOrDefault("requirements", List.of())).stream()
                .anyMatch(requirement -> !Boolean.TRUE.equals(requirement.get("restrictive"))
                    && !Set.of("W", "W1").contains(requirement.get("mainCategory"))));
    String assessment = (String) inputs.get("assessment");
    TierAssessment answers = null;
    if (!assessment.startsWith("none")) {
      NeedSeverity severity = assessment.contains("SEVERE") ? NeedSeverity.SEVERE
          : assessment.contains("STANDARD") ? NeedSeverity.STANDARD : NeedSeverity.NO_NEED;
      Map<Need, NeedSeverity> needs = new EnumMap<>(Need.class);
      for (Need need : Need.values()) {
        needs.put(need, severity);
      }
      answers = new TierAssessment(needs, false, 0, 0);
    }
    return new TierInput(gender(inputs), number(inputs.get("rsr")), rosh, mappaLevel, codes, false,
        (Integer) inputs.get("ogrs"), mandate, answers, codes.contains("PRC"));
  }

  @SuppressWarnings("unchecked")
  private static TierInput protectCase(Map<String, Object> inputs) {
    Object mappa = inputs.get("mappaLevel");
    Map<String, Object> answers = (Map<String, Object>) inputs.getOrDefault("oasysAnswers", Map.of());
    String rosh = (String) inputs.get("rosh");
    return new TierInput(gender(inputs), number(inputs.get("rsr")), rosh == null ? null : RoshLevel.valueOf(rosh),
        mappa == null ? null : Character.getNumericValue(String.valueOf(mappa).charAt(String.valueOf(mappa).length() - 1)),
        Set.copyOf((List<String>) inputs.getOrDefault("registrations", List.of())),
        Boolean.TRUE.equals(inputs.get("previousEnforcementActivity")), null, true,
        new TierAssessment(Map.of(), "YES".equals(answers.get("PARENTING_6.9")),
            (Integer) answers.getOrDefault("IMPULSIVITY_11.2", 0), (Integer) answers.getOrDefault("TEMPER_CONTROL_11.4", 0)),
        false);
  }

  /** As conformance.py, with one more shape it leaves out: a sentence without an assessment. */
  @SuppressWarnings("unchecked")
  private static TierInput changeCase(Map<String, Object> inputs) {
    Map<Need, NeedSeverity> needs = new EnumMap<>(Need.class);
    ((Map<String, String>) inputs.getOrDefault("needs", Map.of())).forEach(
        (need, severity) -> needs.put(Need.valueOf(need), NeedSeverity.valueOf(severity)));
    boolean mandate = !inputs.containsKey("sentence") || Set.of("NC", "SC").contains(inputs.get("sentence"));
    TierAssessment assessment = "none".equals(inputs.get("assessment")) ? null : new TierAssessment(needs, false, 0, 0);
    return new TierInput(Gender.MALE, null, null, null, Set.copyOf((List<String>) inputs.getOrDefault("registrations",
        List.of())), false, (Integer) inputs.getOrDefault("ogrs", 0), mandate, assessment, false);
  }

  private static Gender gender(Map<String, Object> inputs) {
    return Gender.valueOf(((String) inputs.getOrDefault("gender", "MALE")).toUpperCase(Locale.ROOT));
  }

  private static @Nullable Double number(@Nullable Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }
}
