package org.probatio.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The errors of a submitted form, for the GOV.UK error summary and the messages beside each field.
 * A field's anchor is the id of the input the summary links to.
 */
public final class FormErrors {

  public record Item(String field, String message, String anchor) {}

  private final Map<String, Item> byField = new LinkedHashMap<>();

  public static FormErrors none() {
    return new FormErrors();
  }

  /** Adds an error; the first one for a field is the one shown. */
  public FormErrors add(String field, String message, String anchor) {
    byField.putIfAbsent(field, new Item(field, message, anchor));
    return this;
  }

  public FormErrors add(String field, String message) {
    return add(field, message, field);
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  public @Nullable String message(String field) {
    Item item = byField.get(field);
    return item == null ? null : item.message();
  }

  public List<Item> items() {
    return new ArrayList<>(byField.values());
  }

  /** The {@code aria-describedby} of an input: its hint and its error, when present. */
  public String describedBy(String field, boolean hasHint) {
    List<String> ids = new ArrayList<>();
    if (hasHint) {
      ids.add(field + "-hint");
    }
    if (has(field)) {
      ids.add(field + "-error");
    }
    return String.join(" ", ids);
  }
}
