package org.probatio.cli;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.probatio.allocation.policy.Gender;
import org.probatio.allocation.policy.Need;
import org.probatio.allocation.policy.NeedSeverity;
import org.probatio.allocation.policy.RoshLevel;
import org.probatio.allocation.policy.TierAssessment;
import org.probatio.allocation.policy.TierInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one {@code tier} request line with Jackson's streaming parser, straight into a {@link TierInput}.
 * Every field but {@code gender} and {@code mandateForChange} may be left out or null: no score, no
 * registrations, no assessment, false. Fields Probatio does not use are skipped.
 */
final class TierRequestReader {

  private static final Map<String, Gender> GENDERS = byName(Gender.class);
  private static final Map<String, RoshLevel> ROSH_LEVELS = byName(RoshLevel.class);
  private static final Map<String, Need> NEEDS = byName(Need.class);
  private static final Map<String, NeedSeverity> SEVERITIES = byName(NeedSeverity.class);

  private final JsonMapper json;

  TierRequestReader(JsonMapper json) {
    this.json = json;
  }

  /** @throws MalformedLine for a missing, wrong or out-of-range value; Jackson's exception for bad JSON */
  TierInput read(byte[] utf8, int offset, int length) {
    Gender gender = null;
    Double rsr = null;
    RoshLevel rosh = null;
    Integer mappaLevel = null;
    Set<String> registrations = Set.of();
    boolean previousEnforcementActivity = false;
    Integer ogrs = null;
    Boolean mandateForChange = null;
    TierAssessment assessment = null;
    boolean unsupervised = false;
    try (JsonParser parser = json.createParser(utf8, offset, length)) {
      JsonFields.startObject(parser);
      for (String name = parser.nextName(); name != null; name = parser.nextName()) {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
          continue;
        }
        switch (name) {
          case "gender" -> gender = constant(parser, token, name, GENDERS, Gender.class);
          case "rsr" -> rsr = percentage(parser, token, name);
          case "rosh" -> rosh = constant(parser, token, name, ROSH_LEVELS, RoshLevel.class);
          case "mappaLevel" -> mappaLevel = JsonFields.wholeNumber(parser, token, name);
          case "registrations" -> registrations = codes(parser, token, name);
          case "previousEnforcementActivity" -> previousEnforcementActivity = JsonFields.trueOrFalse(parser, token, name);
          case "ogrs" -> ogrs = JsonFields.wholeNumber(parser, token, name);
          case "mandateForChange" -> mandateForChange = JsonFields.trueOrFalse(parser, token, name);
          case "assessment" -> assessment = assessment(parser, token);
          case "unsupervised" -> unsupervised = JsonFields.trueOrFalse(parser, token, name);
          default -> parser.skipChildren();
        }
      }
      JsonFields.endOfLine(parser);
    }
    if (gender == null) {
      throw new MalformedLine("field gender: required, one of [MALE, FEMALE]");
    }
    if (mandateForChange == null) {
      throw new MalformedLine("field mandateForChange: required, true or false");
    }
    try {
      return new TierInput(gender, rsr, rosh, mappaLevel, registrations, previousEnforcementActivity, ogrs, mandateForChange,
          assessment, unsupervised);
    } catch (IllegalArgumentException e) {
      throw new MalformedLine("field " + e.getMessage());
    }
  }

  private static @Nullable TierAssessment assessment(JsonParser parser, JsonToken token) {
    if (token != JsonToken.START_OBJECT) {
      throw MalformedLine.expected("assessment", "an object or null", parser);
    }
    Map<Need, NeedSeverity> needs = Map.of();
    boolean parenting = false;
    int impulsivity = 0;
    int temperControl = 0;
    for (String name = parser.nextName(); name != null; name = parser.nextName()) {
      JsonToken value = parser.nextToken();
      if (value == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (name) {
        case "needs" -> needs = needs(parser, value);
        case "parenting" -> parenting = JsonFields.trueOrFalse(parser, value, "assessment.parenting");
        case "impulsivity" -> impulsivity = JsonFields.wholeNumber(parser, value, "assessment.impulsivity");
        case "temperControl" -> temperControl = JsonFields.wholeNumber(parser, value, "assessment.temperControl");
        default -> parser.skipChildren();
      }
    }
    try {
      return new TierAssessment(needs, parenting, impulsivity, temperControl);
    } catch (IllegalArgumentException e) {
      throw new MalformedLine("field assessment." + e.getMessage());
    }
  }

  private static Map<Need, NeedSeverity> needs(JsonParser parser, JsonToken token) {
    if (token != JsonToken.START_OBJECT) {
      throw MalformedLine.expected("assessment.needs", "an object of need names and severities", parser);
    }
    Map<Need, NeedSeverity> needs = new EnumMap<>(Need.class);
    for (String name = parser.nextName(); name != null; name = parser.nextName()) {
      Need need = NEEDS.get(name);
      if (need == null) {
        throw MalformedLine.notOneOf("assessment.needs", name, Need.class);
      }
      JsonToken value = parser.nextToken();
      if (value != JsonToken.VALUE_NULL) {
        needs.put(need, constant(parser, value, "assessment.needs." + name, SEVERITIES, NeedSeverity.class));
      }
    }
    return needs;
  }

  private static Set<String> codes(JsonParser parser, JsonToken token, String field) {
    if (token != JsonToken.START_ARRAY) {
      throw MalformedLine.expected(field, "a list of register codes", parser);
    }
    Set<String> codes = new HashSet<>();
    for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
      if (element != JsonToken.VALUE_STRING || parser.getString().isBlank()) {
        throw MalformedLine.expected(field, "register codes as text", parser);
      }
      codes.add(parser.getString());
    }
    return codes;
  }

  private static double percentage(JsonParser parser, JsonToken token, String field) {
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw MalformedLine.expected(field, "a number", parser);
    }
    return parser.getDoubleValue();
  }

  private static <E> E constant(JsonParser parser, JsonToken token, String field, Map<String, E> byName, Class<E> type) {
    if (token != JsonToken.VALUE_STRING) {
      throw MalformedLine.expected(field, "one of " + Arrays.toString(type.getEnumConstants()), parser);
    }
    E constant = byName.get(parser.getString());
    if (constant == null) {
      throw MalformedLine.notOneOf(field, parser.getString(), type);
    }
    return constant;
  }

  private static <E extends Enum<E>> Map<String, E> byName(Class<E> type) {
    Map<String, E> byName = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    return Map.copyOf(byName);
  }
}
