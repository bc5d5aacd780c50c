package org.probatio.allocation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Provider policies are looked up by the version stored with each decision. */
class ProviderPoliciesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"TR-2014", "UNIFIED-2021"})
  void each_policy_is_found_by_its_version(String version) {
    assertThat(ProviderPolicies.byVersion(version).version()).isEqualTo(version);
  }

  @Test
  void an_unknown_version_is_refused_naming_the_known_ones() {
    assertThatIllegalArgumentException().isThrownBy(() -> ProviderPolicies.byVersion("TR-2015"))
        .withMessage("There is no provider allocation policy 'TR-2015': the policies are TR-2014, UNIFIED-2021");
  }

  @Test
  void the_policies_are_listed_oldest_first() {
    assertThat(ProviderPolicies.all()).extracting(ProviderPolicy::version).containsExactly("TR-2014", "UNIFIED-2021");
  }
}
