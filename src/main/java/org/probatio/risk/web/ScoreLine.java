package org.probatio.risk.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.probatio.risk.scoring.PredictorResult;
import org.probatio.risk.scoring.RiskScores;
import org.probatio.risk.scoring.ValidationError;

/** One predictor's result as a page shows it: its name spelled out, band, score and how it was reached. */
public record ScoreLine(String name, String meaning, @Nullable String band, String score, Map<String, Double> features,
    List<ValidationError> errors) {

  static List<ScoreLine> of(RiskScores s) {
    return List.of(
        line("RSR", "Risk of Serious Recidivism: a seriously harmful reoffence within 2 years", s.rsr().band(),
            percent(s.rsr().score()), s.rsr()),
        line("OGRS3", "Offender Group Reconviction Scale: any proven reoffence", s.ogrs3().band(),
            years(s.ogrs3().oneYearScore(), s.ogrs3().twoYearScore()), s.ogrs3()),
        line("OVP", "OASys Violence Predictor: violent reoffending", s.ovp().band(),
            years(s.ovp().oneYearScore(), s.ovp().twoYearScore()), s.ovp()),
        line("OGP", "OASys General reoffending Predictor: non-violent reoffending", s.ogp().band(),
            years(s.ogp().oneYearScore(), s.ogp().twoYearScore()), s.ogp()),
        line("OSP/DC", "OASys Sexual reoffending Predictor: direct contact", s.ospDc().band(),
            percent(s.ospDc().score()) + (Boolean.TRUE.equals(s.ospDc().bandReductionApplied()) ? " (band reduced)" : ""),
            s.ospDc()),
        line("OSP/IIC", "OASys Sexual reoffending Predictor: images and indirect contact", s.ospIic().band(),
            percent(s.ospIic().score()), s.ospIic()),
        line("SNSV", "Serious Non-Sexual Violence" + (s.snsv().type() == null ? "" : " (" + s.snsv().type().name().toLowerCase() + ")"),
            null, percent(s.snsv().score()), s.snsv()));
  }

  private static ScoreLine line(String name, String meaning, @Nullable Enum<?> band, String score, PredictorResult result) {
    return new ScoreLine(name, meaning, band == null ? null : band.name().replace('_', ' ').toLowerCase(), score,
        result.featureValues(), result.errors());
  }

  private static String percent(@Nullable Double score) {
    return score == null ? "Not scored" : String.format("%.2f%%", score);
  }

  private static String years(@Nullable Integer one, @Nullable Integer two) {
    return one == null || two == null ? "Not scored" : one + "% in 1 year, " + two + "% in 2 years";
  }
}
