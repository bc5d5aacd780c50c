package org.probatio.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.probatio.people.PersonInput.AliasInput;
import org.probatio.people.PersonInput.DateInput;

/**
 * Checks a typed person record and turns it into {@link PersonDetails}, or says what is wrong with
 * each field. Pure: today's date is an input.
 */
public final class PersonInputReader {

  /** Either the checked details or the errors; never both. */
  public record Result(@Nullable PersonDetails details, List<FieldError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  static final int MINIMUM_AGE = 10; // the age of criminal responsibility in England and Wales
  static final int MAXIMUM_AGE = 110;
  private static final int NAME_LENGTH = 50;
  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}'’ .-]*");
  private static final Pattern POSTCODE = Pattern.compile("(GIR ?0AA|[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2})");
  private static final Pattern PHONE = Pattern.compile("\\+?[\\d ()-]{7,20}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final List<FieldError> errors = new ArrayList<>();
  private final LocalDate today;

  private PersonInputReader(LocalDate today) {
    this.today = today;
  }

  public static Result read(PersonInput in, LocalDate today) {
    return new PersonInputReader(today).check(in);
  }

  private Result check(PersonInput in) {
    String firstName = name("firstName", "first name", in.firstName(), true);
    String middleNames = name("middleNames", "middle names", in.middleNames(), false);
    String lastName = name("lastName", "last name", in.lastName(), true);
    LocalDate dateOfBirth = dateOfBirth(in.dateOfBirth());
    Gender gender = choice("gender", in.gender(), Gender.class, true, "Select the person's gender");
    PncId pnc = identifier("pnc", in.pnc(), PncId::parse);
    CroNumber cro = identifier("cro", in.cro(), CroNumber::parse);
    NomisNumber nomis = identifier("nomis", in.nomis(), NomisNumber::parse);
    Ethnicity ethnicity = choice("ethnicity", in.ethnicity(), Ethnicity.class, false, "Select an ethnic group from the list");
    Religion religion = choice("religion", in.religion(), Religion.class, false, "Select a religion or belief from the list");
    Disability disability = choice("disability", in.disability(), Disability.class, false, "Select yes, no or prefers not to say");
    String phone = matching("phone", in.phone(), PHONE, "Enter a phone number, like 01632 960 001 or 07700 900 982");
    String email = matching("email", in.email(), EMAIL, "Enter an email address in the correct format, like name@example.com");
    Address address = address(in);
    Accommodation accommodation = choice("accommodation", in.accommodation(), Accommodation.class, false, "Select the accommodation from the list");
    Employment employment = choice("employment", in.employment(), Employment.class, false, "Select the employment from the list");
    Boolean caring = caring(in.caringResponsibilities());
    String caringDetails = text(in.caringDetails());
    if (Boolean.TRUE.equals(caring) && caringDetails == null) {
      errors.add(new FieldError("caringDetails", "Describe the caring responsibilities"));
    }
    if (caringDetails != null && caringDetails.length() > 500) {
      errors.add(new FieldError("caringDetails", "Caring responsibilities must be 500 characters or fewer"));
    }
    List<Alias> aliases = aliases(in.aliases());
    if (!errors.isEmpty()) {
      return new Result(null, List.copyOf(errors));
    }
    return new Result(new PersonDetails(firstName, middleNames, lastName, dateOfBirth, gender, pnc, cro, nomis,
        ethnicity, religion, disability, phone, email, address, accommodation, employment, caring,
        Boolean.TRUE.equals(caring) ? caringDetails : null, aliases), List.of());
  }

  private @Nullable String name(String field, String words, @Nullable String value, boolean required) {
    String text = text(value);
    if (text == null) {
      if (required) {
        errors.add(new FieldError(field, "Enter the " + words));
      }
      return null;
    }
    text = text.replaceAll("\\s+", " ");
    if (text.length() > NAME_LENGTH) {
      errors.add(new FieldError(field, capitalised(words) + " must be " + NAME_LENGTH + " characters or fewer"));
    } else if (!NAME.matcher(text).matches()) {
      errors.add(new FieldError(field,
          capitalised(words) + " must only include letters, spaces, hyphens, apostrophes and full stops"));
    }
    return text;
  }

  private @Nullable LocalDate dateOfBirth(DateInput date) {
    Parsed<LocalDate> read = date.read("Date of birth");
    if (read instanceof Parsed.Invalid<LocalDate> invalid) {
      errors.add(new FieldError("dateOfBirth", invalid.message()));
      return null;
    }
    LocalDate parsed = ((Parsed.Valid<LocalDate>) read).value();
    if (!parsed.isBefore(today)) {
      errors.add(new FieldError("dateOfBirth", "Date of birth must be in the past"));
    } else if (parsed.isAfter(today.minusYears(MINIMUM_AGE))) {
      errors.add(new FieldError("dateOfBirth",
          "Date of birth must be at least " + MINIMUM_AGE + " years ago: the person must be old enough to be convicted"));
    } else if (parsed.isBefore(today.minusYears(MAXIMUM_AGE))) {
      errors.add(new FieldError("dateOfBirth", "Date of birth must be within the last " + MAXIMUM_AGE + " years"));
    }
    return parsed;
  }

  private <E extends Enum<E>> @Nullable E choice(String field, @Nullable String value, Class<E> type, boolean required,
      String message) {
    String text = text(value);
    if (text == null) {
      if (required) {
        errors.add(new FieldError(field, message));
      }
      return null;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, message));
      return null;
    }
  }

  private <T> @Nullable T identifier(String field, @Nullable String value, Function<String, Parsed<T>> parser) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    Parsed<T> parsed = parser.apply(text);
    if (parsed instanceof Parsed.Invalid<T> invalid) {
      errors.add(new FieldError(field, invalid.message()));
      return null;
    }
    return ((Parsed.Valid<T>) parsed).value();
  }

  private @Nullable String matching(String field, @Nullable String value, Pattern pattern, String message) {
    String text = text(value);
    if (text != null && (text.length() > 254 || !pattern.matcher(text).matches())) {
      errors.add(new FieldError(field, message));
    }
    return text;
  }

  private @Nullable Address address(PersonInput in) {
    String line1 = text(in.addressLine1());
    String line2 = text(in.addressLine2());
    String town = text(in.town());
    String postcode = text(in.postcode());
    if (line1 == null && line2 == null && town == null && postcode == null) {
      return null;
    }
    if (line1 == null) {
      errors.add(new FieldError("addressLine1", "Enter the first line of the address"));
    }
    if (town == null) {
      errors.add(new FieldError("town", "Enter the town or city"));
    }
    for (String[] line : new String[][] {{"addressLine1", line1}, {"addressLine2", line2}, {"town", town}}) {
      if (line[1] != null && line[1].length() > 100) {
        errors.add(new FieldError(line[0], "Address lines must be 100 characters or fewer"));
      }
    }
    String normalisedPostcode = null;
    if (postcode == null) {
      errors.add(new FieldError("postcode", "Enter the postcode"));
    } else {
      String compact = postcode.toUpperCase().replaceAll("\\s+", "");
      if (!POSTCODE.matcher(compact).matches()) {
        errors.add(new FieldError("postcode", "Enter a real postcode, like SW1A 1AA"));
      } else {
        normalisedPostcode = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
      }
    }
    return line1 == null || town == null || normalisedPostcode == null ? null
        : new Address(line1, line2, town, normalisedPostcode);
  }

  private @Nullable Boolean caring(@Nullable String value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    return switch (text.toLowerCase()) {
      case "yes", "true" -> true;
      case "no", "false" -> false;
      default -> {
        errors.add(new FieldError("caringResponsibilities", "Select yes or no"));
        yield null;
      }
    };
  }

  private List<Alias> aliases(List<AliasInput> inputs) {
    List<Alias> aliases = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      AliasInput alias = inputs.get(i);
      if (text(alias.firstName()) == null && text(alias.lastName()) == null) {
        continue;
      }
      String first = name("aliases[" + i + "].firstName", "alias first name", alias.firstName(), true);
      String last = name("aliases[" + i + "].lastName", "alias last name", alias.lastName(), true);
      if (first != null && last != null) {
        aliases.add(new Alias(first, last));
      }
    }
    if (aliases.size() > 20) {
      errors.add(new FieldError("aliases", "A person can have at most 20 aliases"));
    }
    return aliases;
  }

  private static @Nullable String text(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
