package org.probatio.workforce;

public record Team(String code, String name, String deliveryUnitCode) {}
