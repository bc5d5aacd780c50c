package org.probatio.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.probatio.allocation.policy.ProtectLevel;
import org.probatio.allocation.policy.Tier;
import org.probatio.allocation.policy.TierInput;
import org.probatio.allocation.policy.TierModelV2;
import picocli.CommandLine.Command;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

@Command(
    name = "tier",
    mixinStandardHelpOptions = true,
    description = {
        "Tier cases under the unified service's tier model V2 (protect level A-D by change level 0-3, S when unsupervised)"
            + " in bulk, without a database.",
        "Reads one JSON case a line on standard input and writes one JSON tier a line, in the same order:",
        "{\"tier\":\"B2S\",\"protect\":{\"level\":\"B\",\"points\":20},\"change\":{\"level\":2,\"points\":12}}.",
        "A line that cannot be read gives {\"line\":N,\"error\":...}; the exit code is then 1."})
class TierCommand extends JsonLinesCommand implements Callable<Integer>, LineAnswers<Tier> {

  private static final SerializedString TIER = new SerializedString("tier");
  private static final SerializedString PROTECT = new SerializedString("protect");
  private static final SerializedString CHANGE = new SerializedString("change");
  private static final SerializedString LEVEL = new SerializedString("level");
  private static final SerializedString POINTS = new SerializedString("points");
  private static final SerializedString[] PROTECT_LEVELS = new SerializedString[ProtectLevel.values().length];

  static {
    for (ProtectLevel level : ProtectLevel.values()) {
      PROTECT_LEVELS[level.ordinal()] = new SerializedString(level.name());
    }
  }

  private final TierRequestReader reader = new TierRequestReader(OrderedBatches.JSON_LINES);

  @Override
  public Integer call() throws IOException {
    return answerEachLine(this, "tierer", "tiered");
  }

  @Override
  public Tier answer(byte[] utf8, int offset, int length) {
    TierInput input = reader.read(utf8, offset, length);
    return TierModelV2.calculate(input);
  }

  @Override
  public void write(JsonGenerator json, Tier tier) {
    json.writeStartObject();
    json.writeName(TIER);
    json.writeString(tier.code());
    json.writeName(PROTECT);
    json.writeStartObject();
    json.writeName(LEVEL);
    json.writeString(PROTECT_LEVELS[tier.protect().level().ordinal()]);
    json.writeName(POINTS);
    json.writeNumber(tier.protect().points());
    json.writeEndObject();
    json.writeName(CHANGE);
    json.writeStartObject();
    json.writeName(LEVEL);
    json.writeNumber(tier.change().level());
    json.writeName(POINTS);
    json.writeNumber(tier.change().points());
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
  }
}
