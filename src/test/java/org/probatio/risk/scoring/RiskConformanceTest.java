package org.probatio.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.probatio.risk.OffenceMappingCsv;

/**
 * The public worked cases (request format V1_0) from ../shared/reference/conformance, each its own
 * test, checked on every field they assert: outputs, validation errors, feature values.
 */
class RiskConformanceTest {

  static final Path REFERENCE = Path.of("..", "shared", "reference");
  static final Path VECTORS = REFERENCE.resolve("conformance").resolve("risk_vectors.json");
  static final Path OFFENCES = REFERENCE.resolve("offence_code_weightings.csv");
  /** Cases without an assessment date were worked out on a day that only the band reduction could see. */
  static final LocalDate ASSESSED_ON = LocalDate.of(2025, 6, 1);
  private static final Map<String, String> KEYS = Map.of("allPredictor", "OGRS3", "violentPredictor", "OVP",
      "nonViolentPredictor", "OGP", "directContactSexualPredictor", "OSP/DC", "indirectContactSexualPredictor", "OSP/IIC",
      "seriousViolencePredictor", "SNSV", "seriousPredictor", "RSR");
  private static final Map<String, String> COMPONENTS = Map.of("directContactSexualPredictorScore", "OSP/DC",
      "indirectContactSexualPredictorScore", "OSP/IIC", "seriousViolencePredictorScore", "SNSV");

  @TestFactory
  @SuppressWarnings("unchecked")
  Stream<DynamicTest> every_public_v1_case_agrees() throws IOException {
    if (!Files.exists(VECTORS) || !Files.exists(OFFENCES)) {
      // reported as one skipped test with the reason, not as a silently empty factory
      return Stream.of(DynamicTest.dynamicTest("public conformance cases", () -> Assumptions.assumeTrue(false,
          VECTORS + " or " + OFFENCES + " not present: conformance cases skipped")));
    }
    OffenceWeights weights = OffenceMappingCsv.read(OFFENCES);
    List<Map<String, Object>> cases = Requests.JSON.readValue(VECTORS.toFile(), List.class);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Map<String, Object> c = cases.get(i);
      Map<String, Object> inputs = (Map<String, Object>) c.get("inputs");
      String score = (String) c.get("score");
      if (!"V1_0".equals(inputs.get("version")) || !(KEYS.containsValue(score) || score.startsWith("ALL"))) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest("case " + i + ": " + score, () -> {
        RiskScores scores = RiskScores.score(Requests.of(inputs), ASSESSED_ON, weights);
        Map<String, Object> expected = (Map<String, Object>) c.get("expected");
        if (score.startsWith("ALL")) {
          KEYS.forEach((key, predictor) -> check(predictor, scores, (Map<String, Object>) expected.get(key)));
        } else {
          check(score, scores, expected);
        }
      }));
    }
    return tests.stream();
  }

  @SuppressWarnings("unchecked")
  private static void check(String predictor, RiskScores scores, Map<String, Object> expected) {
    Map<String, Object> actual = actual(predictor, scores);
    Map<String, Object> output = (Map<String, Object>) expected.get("output");
    if (output != null) {
      output.forEach((field, want) -> {
        if (field.equals("componentScores")) {
          ((Map<String, Map<String, Object>>) want).forEach((name, component) -> check(COMPONENTS.get(name), scores, component));
        } else {
          assertSame(predictor + " " + field, actual.get(field), want);
        }
      });
    }
    if (expected.containsKey("type")) {
      assertSame(predictor + " type", actual.get("type"), expected.get("type"));
    }
    List<Map<String, Object>> errors = (List<Map<String, Object>>) expected.getOrDefault("validationErrors", List.of());
    assertThat((List<Object>) actual.get("errors")).as(predictor + " errors")
        .isEqualTo(errors.stream().map(e -> List.of(e.get("type"), e.get("fields"))).toList());
    Map<String, Object> features = (Map<String, Object>) expected.getOrDefault("featureValues", Map.of());
    features.forEach((name, value) -> assertSame(predictor + " " + name,
        ((Map<String, Double>) actual.get("features")).get(name), value));
  }

  private static void assertSame(String what, Object actual, Object expected) {
    if (expected instanceof Number && actual instanceof Number) {
      assertThat(((Number) actual).doubleValue()).as(what).isCloseTo(((Number) expected).doubleValue(), within(1e-9));
    } else {
      assertThat(actual == null ? null : actual.toString()).as(what).isEqualTo(expected == null ? null : expected.toString());
    }
  }

  /** The result in the government service's output names. */
  private static Map<String, Object> actual(String predictor, RiskScores s) {
    Map<String, Object> a = new LinkedHashMap<>();
    PredictorResult result;
    switch (predictor) {
      case "OGRS3":
        result = s.ogrs3();
        a.put("band", s.ogrs3().band());
        a.put("oneYearScore", s.ogrs3().oneYearScore());
        a.put("twoYearScore", s.ogrs3().twoYearScore());
        a.put("type", "STATIC");
        break;
      case "OVP":
      case "OGP":
        PointScoreResult points = predictor.equals("OVP") ? s.ovp() : s.ogp();
        result = points;
        a.put("band", points.band());
        a.put("oneYearScore", points.oneYearScore());
        a.put("twoYearScore", points.twoYearScore());
        a.put("pointScore", points.pointScore());
        a.put("type", "DYNAMIC");
        break;
      case "OSP/DC":
        result = s.ospDc();
        a.put("band", s.ospDc().band());
        a.put("score", s.ospDc().score());
        a.put("pointScore", s.ospDc().pointScore());
        a.put("riskBandReductionApplied", s.ospDc().bandReductionApplied());
        a.put("femaleVersion", s.ospDc().femaleVersion());
        a.put("hasSexualOffenceHistory", s.ospDc().hasSexualOffenceHistory());
        a.put("type", "STATIC");
        break;
      case "OSP/IIC":
        result = s.ospIic();
        a.put("band", s.ospIic().band());
        a.put("score", s.ospIic().score());
        a.put("femaleVersion", s.ospIic().femaleVersion());
        a.put("hasSexualOffenceHistory", s.ospIic().hasSexualOffenceHistory());
        a.put("type", "STATIC");
        break;
      case "SNSV":
        result = s.snsv();
        a.put("band", null);
        a.put("score", s.snsv().score());
        a.put("type", s.snsv().type());
        break;
      default:
        result = s.rsr();
        a.put("band", s.rsr().band());
        a.put("overallScore", s.rsr().score());
        a.put("femaleVersion", s.rsr().femaleVersion());
        a.put("hasSexualOffenceHistory", s.rsr().hasSexualOffenceHistory());
        a.put("type", "COMBINED");
    }
    a.put("errors", result.errors().stream().map(e -> List.of(e.type().name(), e.fields())).toList());
    a.put("features", result.featureValues());
    return a;
  }
}
