package org.probatio.workforce;

public record DeliveryUnit(String code, String name, String providerCode) {}
