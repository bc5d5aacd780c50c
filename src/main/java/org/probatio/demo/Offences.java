package org.probatio.demo;

import static org.probatio.demo.Weighted.choice;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.probatio.court.Charge;
import org.probatio.risk.RegisterType;
import org.probatio.risk.RiskToLoad;
import org.probatio.risk.RiskToLoad.LoadedRegistration;

/**
 * The charges of a generated episode: Home Office offence codes in the offence classes of Probatio's
 * default offence mapping, chosen to agree with the person's registrations (a MAPPA category 1 case
 * is charged with a sexual offence, a domestic abuse perpetrator with violence at home, and so on).
 */
final class Offences {

  private Offences() {}

  /** An offence: its code, the charge as the court lists it, and what happened in a report's words. */
  record Offence(String code, String charge, String whatHappened) {
    Charge asCharge() {
      return new Charge(code, charge);
    }
  }

  /** What the registrations say about the offending the court will hear about. */
  enum Profile {
    SEXUAL, SERIOUS_VIOLENCE, DOMESTIC_ABUSE, WEAPONS, GENERAL;

    boolean serious() {
      return this == SEXUAL || this == SERIOUS_VIOLENCE;
    }

    static Profile of(RiskToLoad risk) {
      Profile profile = GENERAL;
      for (LoadedRegistration r : risk.registrations()) {
        RegisterType type = r.registration().type();
        Integer category = r.registration().mappaCategory();
        if (type == RegisterType.MAPP) {
          return category != null && category == 1 ? SEXUAL : SERIOUS_VIOLENCE;
        }
        if (type == RegisterType.ADVP) {
          profile = DOMESTIC_ABUSE;
        } else if (type == RegisterType.WEAP && profile == GENERAL) {
          profile = WEAPONS;
        }
      }
      return profile;
    }
  }

  private static final Offence COMMON_ASSAULT = new Offence("10501", "Common assault",
      "assaulted a man outside a pub after an argument");
  private static final Offence DOMESTIC_ASSAULT = new Offence("10501", "Common assault (domestic)",
      "assaulted a partner at home during an argument");
  private static final Offence ABH_DOMESTIC = new Offence("00801", "Assault occasioning actual bodily harm (domestic)",
      "caused injuries to a former partner that needed hospital treatment");
  private static final Offence ABH = new Offence("00801", "Assault occasioning actual bodily harm",
      "punched a stranger in the street, breaking his nose");
  private static final Offence GBH_WITH_INTENT = new Offence("00501", "Wounding with intent to cause grievous bodily harm",
      "attacked a man with a bottle, causing serious injuries");
  private static final Offence ROBBERY = new Offence("03402", "Robbery of personal property",
      "threatened a young man with violence and took his phone and wallet");
  private static final Offence SEXUAL_ASSAULT = new Offence("01701", "Sexual assault",
      "sexually assaulted a woman he had met that evening");
  private static final Offence BLADED_ARTICLE = new Offence("01001", "Possession of a bladed article in a public place",
      "was found carrying a kitchen knife in a shopping centre");
  private static final Offence SHOP_THEFT = new Offence("04601", "Theft from a shop",
      "stole goods worth about £90 from a supermarket");
  private static final Offence DWELLING_BURGLARY = new Offence("02801", "Burglary in a dwelling",
      "broke into a house while the family was out and took jewellery and a laptop");
  private static final Offence OTHER_BURGLARY = new Offence("03001", "Burglary in a building other than a dwelling",
      "broke into a garden centre at night and took power tools");
  private static final Offence OTHER_THEFT = new Offence("04901", "Theft", "took a bicycle left outside a station");
  private static final Offence VEHICLE_TAKING = new Offence("04801", "Taking a motor vehicle without consent",
      "took a neighbour's car without permission and crashed it");
  private static final Offence DRUG_POSSESSION = new Offence("09201", "Possession of a controlled drug",
      "was found with cocaine when stopped by the police");
  private static final Offence DRUG_SUPPLY = new Offence("09202", "Possession with intent to supply a controlled drug",
      "was found with wraps of heroin and crack cocaine ready to sell");
  private static final Offence THREATENING = new Offence("06601", "Threatening behaviour",
      "shouted threats at door staff outside a nightclub");
  private static final Offence CRIMINAL_DAMAGE = new Offence("05804", "Criminal damage",
      "smashed the windows of a bus shelter");
  private static final Offence DRINK_DRIVING = new Offence("80301", "Driving with excess alcohol",
      "drove after drinking and was stopped at more than twice the limit");
  private static final Offence FRAUD = new Offence("05301", "Fraud by false representation",
      "used a stolen bank card to buy goods online");
  private static final Offence HANDLING = new Offence("05401", "Handling stolen goods",
      "sold tools he knew had been stolen");
  private static final Offence EMERGENCY_WORKER = new Offence("10401", "Assault on an emergency worker",
      "kicked a police officer during his arrest");
  private static final Offence FAILING_TO_SURRENDER = new Offence("08001", "Failing to surrender to custody",
      "did not come to court when bailed to");

  private static final Weighted<Offence> GENERAL = Weighted.of(
      choice(SHOP_THEFT, 22), choice(DWELLING_BURGLARY, 8), choice(OTHER_BURGLARY, 4), choice(OTHER_THEFT, 6),
      choice(VEHICLE_TAKING, 4), choice(DRUG_POSSESSION, 8), choice(DRUG_SUPPLY, 5), choice(COMMON_ASSAULT, 10),
      choice(ABH, 6), choice(THREATENING, 6), choice(CRIMINAL_DAMAGE, 6), choice(DRINK_DRIVING, 7), choice(FRAUD, 3),
      choice(HANDLING, 2), choice(EMERGENCY_WORKER, 3));
  private static final Weighted<Offence> DOMESTIC = Weighted.of(
      choice(DOMESTIC_ASSAULT, 55), choice(ABH_DOMESTIC, 35), choice(CRIMINAL_DAMAGE, 10));
  private static final Weighted<Offence> SERIOUS_VIOLENCE = Weighted.of(
      choice(GBH_WITH_INTENT, 40), choice(ABH, 30), choice(ROBBERY, 30));
  private static final Weighted<Offence> FURTHER = Weighted.of(
      choice(FAILING_TO_SURRENDER, 25), choice(CRIMINAL_DAMAGE, 20), choice(DRUG_POSSESSION, 20),
      choice(THREATENING, 20), choice(EMERGENCY_WORKER, 15));
  private static final Weighted<Integer> FURTHER_CHARGES = Weighted.of(choice(0, 65), choice(1, 25), choice(2, 10));

  /** The main offence, then up to two more that came with it. */
  static List<Offence> charged(Profile profile, SplittableRandom random) {
    Offence main = switch (profile) {
      case SEXUAL -> SEXUAL_ASSAULT;
      case SERIOUS_VIOLENCE -> SERIOUS_VIOLENCE.pick(random);
      case DOMESTIC_ABUSE -> DOMESTIC.pick(random);
      case WEAPONS -> random.nextBoolean() ? BLADED_ARTICLE : GENERAL.pick(random);
      case GENERAL -> GENERAL.pick(random);
    };
    List<Offence> charges = new ArrayList<>(List.of(main));
    for (int i = FURTHER_CHARGES.pick(random); i > 0; i--) {
      Offence further = FURTHER.pick(random);
      if (!charges.contains(further)) {
        charges.add(further);
      }
    }
    return charges;
  }
}
