package org.probatio.cli;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.scoring.Ogrs3Result;
import org.probatio.risk.scoring.PointScoreResult;
import org.probatio.risk.scoring.RiskScores;
import org.probatio.risk.scoring.ValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;

/** The {@code score} command's output lines, written field by field so nothing is built per line. */
final class ScoreJson {

  private ScoreJson() {}

  static void write(JsonGenerator json, RiskScores scores) {
    json.writeStartObject();
    json.writeStringProperty("modelVersion", scores.modelVersion().name());
    json.writeStringProperty("offenceMapping", scores.offenceMapping());
    json.writeStringProperty("assessmentDate", scores.assessmentDate().toString());
    Ogrs3Result ogrs3 = scores.ogrs3();
    json.writeObjectPropertyStart("ogrs3");
    percentScores(json, ogrs3.band(), ogrs3.oneYearScore(), ogrs3.twoYearScore(), ogrs3.errors());
    features(json, ogrs3.featureValues());
    json.writeEndObject();
    pointScores(json, "ovp", scores.ovp());
    pointScores(json, "ogp", scores.ogp());
    json.writeObjectPropertyStart("ospDc");
    name(json, "band", scores.ospDc().band());
    number(json, "score", scores.ospDc().score());
    number(json, "points", scores.ospDc().pointScore());
    json.writeName("bandReductionApplied");
    if (scores.ospDc().bandReductionApplied() == null) {
      json.writeNull();
    } else {
      json.writeBoolean(scores.ospDc().bandReductionApplied());
    }
    errors(json, scores.ospDc().errors());
    json.writeEndObject();
    json.writeObjectPropertyStart("ospIic");
    name(json, "band", scores.ospIic().band());
    number(json, "score", scores.ospIic().score());
    errors(json, scores.ospIic().errors());
    json.writeEndObject();
    json.writeObjectPropertyStart("snsv");
    name(json, "type", scores.snsv().type());
    number(json, "score", scores.snsv().score());
    errors(json, scores.snsv().errors());
    json.writeEndObject();
    json.writeObjectPropertyStart("rsr");
    name(json, "band", scores.rsr().band());
    number(json, "score", scores.rsr().score());
    errors(json, scores.rsr().errors());
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  /** Names the line and, when known, the field that could not be read. */
  static void writeMalformed(JsonGenerator json, long line, JacksonException e) {
    String field = null;
    if (e instanceof DatabindException) {
      List<JacksonException.Reference> path = ((DatabindException) e).getPath();
      if (!path.isEmpty()) {
        field = path.get(path.size() - 1).getPropertyName();
      }
    }
    String problem = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
    json.writeStartObject();
    json.writeNumberProperty("line", line);
    json.writeStringProperty("error", field != null ? "field " + field + ": " + problem : "not valid JSON: " + problem);
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private static void pointScores(JsonGenerator json, String name, PointScoreResult result) {
    json.writeObjectPropertyStart(name);
    percentScores(json, result.band(), result.oneYearScore(), result.twoYearScore(), result.errors());
    number(json, "points", result.pointScore());
    json.writeEndObject();
  }

  private static void percentScores(JsonGenerator json, @Nullable Enum<?> band, @Nullable Integer oneYear,
      @Nullable Integer twoYear, List<ValidationError> errors) {
    name(json, "band", band);
    number(json, "oneYearScore", oneYear);
    number(json, "twoYearScore", twoYear);
    errors(json, errors);
  }

  private static void features(JsonGenerator json, Map<String, Double> features) {
    json.writeObjectPropertyStart("features");
    for (Map.Entry<String, Double> feature : features.entrySet()) {
      json.writeNumberProperty(feature.getKey(), feature.getValue());
    }
    json.writeEndObject();
  }

  private static void errors(JsonGenerator json, List<ValidationError> errors) {
    json.writeArrayPropertyStart("errors");
    for (ValidationError error : errors) {
      json.writeStartObject();
      json.writeStringProperty("type", error.type().name());
      json.writeArrayPropertyStart("fields");
      for (String field : error.fields()) {
        json.writeString(field);
      }
      json.writeEndArray();
      json.writeStringProperty("message", error.message());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void name(JsonGenerator json, String property, @Nullable Enum<?> value) {
    json.writeName(property);
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value.name());
    }
  }

  private static void number(JsonGenerator json, String property, @Nullable Number value) {
    json.writeName(property);
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Integer) {
      json.writeNumber(value.intValue());
    } else {
      json.writeNumber(value.doubleValue());
    }
  }
}
