package org.probatio.risk;

import java.util.EnumMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.scoring.ErrorType;
import org.probatio.risk.scoring.Ogrs3Result;
import org.probatio.risk.scoring.OspDcResult;
import org.probatio.risk.scoring.PointScoreResult;
import org.probatio.risk.scoring.RiskScores;
import org.probatio.risk.scoring.ValidationError;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The answer of the {@code score} command and of {@code POST /api/v1/risk-scores}, written token by token. Names and repeated values are
 * escaped once, up front, because writing is most of the command's work.
 */
public final class ScoreJson {

  private static final SerializedString BAND = name("band");
  private static final SerializedString SCORE = name("score");
  private static final SerializedString POINTS = name("points");
  private static final SerializedString ONE_YEAR = name("oneYearScore");
  private static final SerializedString TWO_YEAR = name("twoYearScore");
  private static final SerializedString ERRORS = name("errors");
  private static final SerializedString TYPE = name("type");
  private static final SerializedString FIELDS = name("fields");
  private static final SerializedString MESSAGE = name("message");
  private static final SerializedString MODEL_VERSION = name("modelVersion");
  private static final SerializedString OFFENCE_MAPPING = name("offenceMapping");
  private static final SerializedString ASSESSMENT_DATE = name("assessmentDate");

  private final SerializedString offenceMapping;
  private final Map<ErrorType, SerializedString> typeNames = new EnumMap<>(ErrorType.class);
  private final Map<ErrorType, SerializedString> messages = new EnumMap<>(ErrorType.class);
  private final Map<String, SerializedString> fields = new ConcurrentHashMap<>();
  /** Enum names repeat on every line: each is escaped once, and found by ordinal rather than by hashing. */
  private static final ClassValue<SerializedString[]> ENUM_NAMES = new ClassValue<>() {
    @Override
    protected SerializedString[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      SerializedString[] names = new SerializedString[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = new SerializedString(((Enum<?>) constants[i]).name());
      }
      return names;
    }
  };

  public ScoreJson(String offenceMapping) {
    this.offenceMapping = new SerializedString(offenceMapping);
    for (ErrorType type : ErrorType.values()) {
      typeNames.put(type, new SerializedString(type.name()));
      messages.put(type, new SerializedString(type.message()));
    }
  }

  public void write(JsonGenerator json, RiskScores scores) {
    json.writeStartObject();
    json.writeName(MODEL_VERSION);
    constant(json, scores.modelVersion());
    json.writeName(OFFENCE_MAPPING);
    json.writeString(offenceMapping);
    json.writeName(ASSESSMENT_DATE);
    date(json, scores.assessmentDate());
    Ogrs3Result ogrs3 = scores.ogrs3();
    json.writeObjectPropertyStart("ogrs3");
    percentScores(json, ogrs3.band(), ogrs3.oneYearScore(), ogrs3.twoYearScore(), ogrs3.errors());
    json.writeObjectPropertyStart("features");
    for (Map.Entry<String, Double> feature : ogrs3.featureValues().entrySet()) {
      json.writeName(field(feature.getKey()));
      json.writeNumber(feature.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
    pointScores(json, "ovp", scores.ovp());
    pointScores(json, "ogp", scores.ogp());
    OspDcResult ospDc = scores.ospDc();
    json.writeObjectPropertyStart("ospDc");
    scored(json, ospDc.band(), ospDc.score(), ospDc.errors());
    number(json, POINTS, ospDc.pointScore());
    json.writeName("bandReductionApplied");
    if (ospDc.bandReductionApplied() == null) {
      json.writeNull();
    } else {
      json.writeBoolean(ospDc.bandReductionApplied());
    }
    json.writeEndObject();
    json.writeObjectPropertyStart("ospIic");
    scored(json, scores.ospIic().band(), scores.ospIic().score(), scores.ospIic().errors());
    json.writeEndObject();
    json.writeObjectPropertyStart("snsv");
    json.writeName(TYPE);
    constant(json, scores.snsv().type());
    number(json, SCORE, scores.snsv().score());
    errors(json, scores.snsv().errors());
    json.writeEndObject();
    json.writeObjectPropertyStart("rsr");
    scored(json, scores.rsr().band(), scores.rsr().score(), scores.rsr().errors());
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private void pointScores(JsonGenerator json, String name, PointScoreResult result) {
    json.writeObjectPropertyStart(name);
    percentScores(json, result.band(), result.oneYearScore(), result.twoYearScore(), result.errors());
    number(json, POINTS, result.pointScore());
    json.writeEndObject();
  }

  private void percentScores(JsonGenerator json, @Nullable Enum<?> band, @Nullable Integer oneYear,
      @Nullable Integer twoYear, List<ValidationError> errors) {
    json.writeName(BAND);
    constant(json, band);
    number(json, ONE_YEAR, oneYear);
    number(json, TWO_YEAR, twoYear);
    errors(json, errors);
  }

  /** A band, a 2-dp score and the errors. */
  private void scored(JsonGenerator json, @Nullable Enum<?> band, @Nullable Double score, List<ValidationError> errors) {
    json.writeName(BAND);
    constant(json, band);
    number(json, SCORE, score);
    errors(json, errors);
  }

  private void errors(JsonGenerator json, List<ValidationError> errors) {
    json.writeName(ERRORS);
    json.writeStartArray();
    for (ValidationError error : errors) {
      json.writeStartObject();
      json.writeName(TYPE);
      json.writeString(typeNames.get(error.type()));
      json.writeName(FIELDS);
      json.writeStartArray();
      for (String field : error.fields()) {
        json.writeString(field(field));
      }
      json.writeEndArray();
      json.writeName(MESSAGE);
      if (error.message().equals(error.type().message())) {
        json.writeString(messages.get(error.type()));
      } else {
        json.writeString(error.message());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void constant(JsonGenerator json, @Nullable Enum<?> value) {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(ENUM_NAMES.get(value.getDeclaringClass())[value.ordinal()]);
    }
  }

  /** ISO date written digit by digit: {@code LocalDate.toString} builds a StringBuilder for each line. */
  private static void date(JsonGenerator json, LocalDate date) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      json.writeString(date.toString());
      return;
    }
    char[] text = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
        digit(date.getMonthValue() / 10), digit(date.getMonthValue()), '-',
        digit(date.getDayOfMonth() / 10), digit(date.getDayOfMonth())};
    json.writeString(text, 0, text.length);
  }

  private static char digit(int value) {
    return (char) ('0' + value % 10);
  }

  /** Field names repeat on every line: each is escaped once. */
  private SerializableString field(String name) {
    return fields.computeIfAbsent(name, SerializedString::new);
  }

  private static void number(JsonGenerator json, SerializedString name, @Nullable Number value) {
    json.writeName(name);
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Integer) {
      json.writeNumber(value.intValue());
    } else {
      json.writeNumber(value.doubleValue());
    }
  }

  private static SerializedString name(String name) {
    return new SerializedString(name);
  }
}
