package org.probatio.allocation;

/** The provider in this region that a policy's choice (NPS, CRC, Probation Service) means, and why. */
public record ReceivingProvider(String code, String name, String why) {}
