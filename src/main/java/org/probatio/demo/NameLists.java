package org.probatio.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.probatio.people.Names;

/**
 * The built-in lists the generator draws names from: common first names and surnames of many
 * origins, written for Probatio, one a line in the resource files beside this class.
 */
final class NameLists {

  static final List<String> MALE_FIRST_NAMES = read("male-first-names.txt");
  static final List<String> FEMALE_FIRST_NAMES = read("female-first-names.txt");
  static final List<String> SURNAMES = read("surnames.txt");
  static final List<String> STREET_NAMES = read("street-names.txt");

  private NameLists() {}

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }

  /** A name as plain letters and digits for an email address: "Łukasz Nowak-Smith" gives "lukasznowaksmith". */
  static String plain(String name) {
    String key = Names.searchKey(name).replace('ł', 'l').replace('ı', 'i');
    return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static List<String> read(String resource) {
    try (InputStream in = NameLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The name list " + resource + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the name list " + resource, e);
    }
  }
}
