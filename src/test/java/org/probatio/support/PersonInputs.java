package org.probatio.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.probatio.people.PersonInput;
import org.probatio.people.PersonInput.AliasInput;
import org.probatio.people.PersonInput.DateInput;
import org.probatio.people.PncId;

/** Person inputs for tests: valid by default, unique by default, so each test states only what matters. */
public final class PersonInputs {

  private static final AtomicInteger serial = new AtomicInteger(500_000);

  private PersonInputs() {}

  /** A fresh, valid person with a unique PNC ID and name. */
  public static PersonInput person() {
    int n = serial.incrementAndGet();
    return person("Alex", "Tester" + letters(n), "1990", uniquePnc(n));
  }

  public static PersonInput person(String firstName, String lastName, String birthYear, String pnc) {
    return new PersonInput(firstName, null, lastName, new DateInput("14", "2", birthYear), "MALE", pnc, null, null,
        null, null, null, null, null, "1 Test Street", null, "Preston", "PR1 1AA", null, null, null, null, List.of());
  }

  public static PersonInput withAlias(PersonInput in, String first, String last) {
    return new PersonInput(in.firstName(), in.middleNames(), in.lastName(), in.dateOfBirth(), in.gender(), in.pnc(),
        in.cro(), in.nomis(), in.ethnicity(), in.religion(), in.disability(), in.phone(), in.email(),
        in.addressLine1(), in.addressLine2(), in.town(), in.postcode(), in.accommodation(), in.employment(),
        in.caringResponsibilities(), in.caringDetails(), List.of(new AliasInput(first, last)));
  }

  public static PersonInput withTown(PersonInput in, String line1, String town) {
    return new PersonInput(in.firstName(), in.middleNames(), in.lastName(), in.dateOfBirth(), in.gender(), in.pnc(),
        in.cro(), in.nomis(), in.ethnicity(), in.religion(), in.disability(), in.phone(), in.email(), line1,
        in.addressLine2(), town, in.postcode(), in.accommodation(), in.employment(), in.caringResponsibilities(),
        in.caringDetails(), in.aliases());
  }

  public static String uniquePnc(int serialNumber) {
    return String.format("2011/%07d%c", serialNumber, PncId.checkLetter(2011, serialNumber));
  }

  public static String uniquePnc() {
    return uniquePnc(serial.incrementAndGet());
  }

  /** Letters only, since names may not hold digits. */
  public static String letters(int n) {
    StringBuilder s = new StringBuilder();
    int v = n;
    do {
      s.append((char) ('a' + v % 26));
      v /= 26;
    } while (v > 0);
    return s.toString();
  }
}
