package org.probatio.people;

/** Ethnic groups, from the list used across government (2021 census). */
public enum Ethnicity implements Labelled {
  A1("Asian or Asian British: Indian"),
  A2("Asian or Asian British: Pakistani"),
  A3("Asian or Asian British: Bangladeshi"),
  A4("Asian or Asian British: Chinese"),
  A9("Asian or Asian British: any other Asian background"),
  B1("Black, Black British, Caribbean or African: Caribbean"),
  B2("Black, Black British, Caribbean or African: African"),
  B9("Black, Black British, Caribbean or African: any other Black background"),
  M1("Mixed: White and Black Caribbean"),
  M2("Mixed: White and Black African"),
  M3("Mixed: White and Asian"),
  M9("Mixed: any other mixed or multiple ethnic background"),
  W1("White: English, Welsh, Scottish, Northern Irish or British"),
  W2("White: Irish"),
  W3("White: Gypsy or Irish Traveller"),
  W5("White: Roma"),
  W9("White: any other White background"),
  O2("Other ethnic group: Arab"),
  O9("Other ethnic group: any other ethnic group"),
  NS("Prefers not to say");

  private final String label;

  Ethnicity(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
