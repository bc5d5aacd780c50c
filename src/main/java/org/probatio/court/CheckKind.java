package org.probatio.court;

/** The partner checks every report rests on, requested automatically when the report starts. */
public enum CheckKind {
  POLICE_DOMESTIC_ABUSE("policeDomesticAbuseCheck", "Police domestic abuse check", "the police"),
  CHILDRENS_SAFEGUARDING("childrensSafeguardingCheck", "Children's services safeguarding check", "children's services");

  private final String field;
  private final String label;
  private final String agency;

  CheckKind(String field, String label, String agency) {
    this.field = field;
    this.label = label;
    this.agency = agency;
  }

  /** The check's name where the API or a form refers to it. */
  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  /** Who answers the check, as words in a sentence. */
  public String agency() {
    return agency;
  }
}
