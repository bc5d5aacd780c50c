package org.probatio.workforce;

public record Provider(String code, String name, ProviderType type) {}
