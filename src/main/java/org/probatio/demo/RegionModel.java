package org.probatio.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.probatio.allocation.policy.ProviderPolicy;
import org.probatio.allocation.policy.TransformingRehabilitation2014;
import org.probatio.allocation.policy.UnifiedService2021;

/**
 * How a generated region's probation is organised, named by the provider allocation policy its
 * decisions are made under. It is the one value the generators are given for this: the providers
 * come from {@link Region#providerAreas}, the decisions from the policy, and the risk of each case
 * from {@link #highRisk}; everything else follows from those.
 */
public enum RegionModel {

  /**
   * Transforming Rehabilitation (TR-2014): an NPS division, which works the courts and holds the high-risk
   * cases, and one or two CRCs.
   */
  TRANSFORMING_REHABILITATION(new TransformingRehabilitation2014()) {
    @Override
    boolean highRisk(GeneratedPerson person, String courtProviderCode, SplittableRandom random) {
      return person.providerCode().equals(courtProviderCode);
    }
  },

  /** The unified Probation Service (UNIFIED-2021): one region employs every grade and holds every case. */
  UNIFIED_SERVICE(new UnifiedService2021()) {
    @Override
    boolean highRisk(GeneratedPerson person, String courtProviderCode, SplittableRandom random) {
      return random.nextDouble() < Region.NPS_CASE_SHARE;
    }
  };

  /** What a region is when nothing says otherwise, as {@code probatio.allocation.policy} defaults to TR-2014. */
  public static final RegionModel DEFAULT = TRANSFORMING_REHABILITATION;

  private final ProviderPolicy policy;

  RegionModel(ProviderPolicy policy) {
    this.policy = policy;
  }

  /**
   * The model whose decisions are made under this policy version.
   *
   * @throws IllegalArgumentException naming the versions there are
   */
  public static RegionModel forPolicy(String version) {
    return Arrays.stream(values()).filter(model -> model.policyVersion().equals(version)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("'" + version
            + "' is not a policy a region can be generated under: use " + String.join(" or ", policyVersions())));
  }

  /** The policy versions, one for each model, in order. */
  public static List<String> policyVersions() {
    return Arrays.stream(values()).map(RegionModel::policyVersion).toList();
  }

  public String policyVersion() {
    return policy.version();
  }

  /** The policy every generated decision is made by. */
  ProviderPolicy policy() {
    return policy;
  }

  /**
   * Whether a person's case is at high risk of serious harm (RoSH high or above, MAPPA possible): under
   * Transforming Rehabilitation, the NPS division's cases; in a unified region, where one provider holds
   * every case, about three in ten, drawn from the person's own risk source.
   */
  abstract boolean highRisk(GeneratedPerson person, String courtProviderCode, SplittableRandom random);
}
