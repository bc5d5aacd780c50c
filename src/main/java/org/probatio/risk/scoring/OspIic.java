package org.probatio.risk.scoring;

import java.util.List;
import java.util.Objects;

/** OSP/IIC, the OASys Sexual reoffending Predictor for indecent images and indirect contact. */
public final class OspIic {

  /** The published table, in the order its rows are tried: the first that matches gives the result. */
  enum Row {
    TWO_OR_MORE_IMAGE_SANCTIONS(RiskBand.HIGH, 0.10310),
    ONE_IMAGE_SANCTION(RiskBand.MEDIUM, 0.03328),
    TWO_OR_MORE_CONTACT_CHILD(RiskBand.LOW, 0.00926),
    ONE_CONTACT_CHILD(RiskBand.LOW, 0.00634),
    NO_SEXUAL_SANCTIONS(RiskBand.LOW, 0.00062),
    OTHER(RiskBand.LOW, 0.00281);

    final RiskBand band;
    final double score;

    Row(RiskBand band, double probability) {
      this.band = band;
      this.score = Rounding.percentTwoDp(probability);
    }

    static Row of(int images, int contactChild, int contactAdult, int nonContact) {
      if (images >= 2) {
        return TWO_OR_MORE_IMAGE_SANCTIONS;
      }
      if (images == 1) {
        return ONE_IMAGE_SANCTION;
      }
      if (contactChild >= 2) {
        return TWO_OR_MORE_CONTACT_CHILD;
      }
      if (contactChild == 1) {
        return ONE_CONTACT_CHILD;
      }
      return contactAdult == 0 && nonContact == 0 ? NO_SEXUAL_SANCTIONS : OTHER;
    }
  }

  private OspIic() {}

  public static OspIicResult score(ScoringRequest r) {
    Errors errors = SexualOffending.validate(r, false);
    if (errors.found()) {
      return OspIicResult.failed(errors.list());
    }
    if (!SexualOffending.applies(r)) {
      boolean female = r.gender() == Gender.FEMALE;
      boolean history = female && Boolean.TRUE.equals(r.hasEverCommittedSexualOffence());
      return new OspIicResult(RiskBand.NOT_APPLICABLE, 0.0, female, history, List.of());
    }
    Row row = Row.of(Objects.requireNonNull(r.totalIndecentImageSanctions()),
        Objects.requireNonNull(r.totalContactChildSexualSanctions()),
        Objects.requireNonNull(r.totalContactAdultSexualSanctions()), Objects.requireNonNull(r.totalNonContactSexualOffences()));
    return new OspIicResult(row.band, row.score, false, true, List.of());
  }
}
