package org.probatio.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.probatio.workforce.Provider;
import org.probatio.workforce.ProviderType;

/**
 * The regions a demo can be set in: under the Transforming Rehabilitation model of 2014, one NPS
 * division and the Community Rehabilitation Companies of its areas; under the unified Probation
 * Service, one region working in the towns of the same areas. Provider names are invented; towns and
 * postcode areas are real places, so addresses look right.
 */
enum Region {
  NORTH_WEST("N01", "NPS North West", "R01", "Probation Service North West",
      new Area("C01", "Cumbria and Lancashire CRC", 4, List.of(
          new Town("Preston", "PR", 1, 5), new Town("Blackburn", "BB", 1, 2), new Town("Burnley", "BB", 10, 12),
          new Town("Lancaster", "LA", 1, 2), new Town("Blackpool", "FY", 1, 4), new Town("Carlisle", "CA", 1, 3),
          new Town("Barrow-in-Furness", "LA", 13, 14))),
      new Area("C02", "Merseyside and Cheshire CRC", 5, List.of(
          new Town("Liverpool", "L", 1, 25), new Town("Birkenhead", "CH", 41, 43), new Town("St Helens", "WA", 9, 11),
          new Town("Warrington", "WA", 1, 5), new Town("Chester", "CH", 1, 4), new Town("Crewe", "CW", 1, 2),
          new Town("Southport", "PR", 8, 9)))),
  NORTH_EAST("N02", "NPS North East", "R02", "Probation Service North East",
      new Area("C03", "Durham and Tees Valley CRC", 4, List.of(
          new Town("Durham", "DH", 1, 1), new Town("Darlington", "DL", 1, 3), new Town("Middlesbrough", "TS", 1, 8),
          new Town("Hartlepool", "TS", 24, 26), new Town("Stockton-on-Tees", "TS", 18, 20),
          new Town("Bishop Auckland", "DL", 14, 14), new Town("Redcar", "TS", 10, 10))),
      new Area("C04", "Tyne, Wear and Northumberland CRC", 5, List.of(
          new Town("Newcastle upon Tyne", "NE", 1, 15), new Town("Sunderland", "SR", 1, 6),
          new Town("Gateshead", "NE", 8, 11), new Town("South Shields", "NE", 33, 34), new Town("Blyth", "NE", 24, 24),
          new Town("Morpeth", "NE", 61, 61), new Town("Hexham", "NE", 46, 46)))),
  MIDLANDS("N03", "NPS Midlands", "R03", "Probation Service Midlands",
      new Area("C05", "Black Country and Staffordshire CRC", 6, List.of(
          new Town("Birmingham", "B", 1, 45), new Town("Wolverhampton", "WV", 1, 14), new Town("Coventry", "CV", 1, 6),
          new Town("Walsall", "WS", 1, 5), new Town("Stoke-on-Trent", "ST", 1, 6), new Town("Stafford", "ST", 16, 17),
          new Town("Dudley", "DY", 1, 3))),
      new Area("C06", "East Midlands CRC", 5, List.of(
          new Town("Nottingham", "NG", 1, 11), new Town("Derby", "DE", 1, 24), new Town("Leicester", "LE", 1, 5),
          new Town("Lincoln", "LN", 1, 6), new Town("Mansfield", "NG", 18, 21), new Town("Chesterfield", "S", 40, 41),
          new Town("Loughborough", "LE", 11, 11))));

  /**
   * The NPS supervised about three cases in ten, those at high risk of serious harm; as many cases are at
   * high risk in a unified region.
   */
  static final double NPS_CASE_SHARE = 0.30;

  /** Letters used in the last part of a postcode: never C, I, K, M, O or V. */
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  record Town(String name, String postcodeArea, int firstDistrict, int lastDistrict) {
    String postcode(SplittableRandom random) {
      int district = firstDistrict + random.nextInt(lastDistrict - firstDistrict + 1);
      return postcodeArea + district + " " + (1 + random.nextInt(9))
          + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
          + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }
  }

  /** A CRC's area: its name, its relative number of cases and its towns. */
  record Area(String crcCode, String crcName, int caseWeight, List<Town> towns) {}

  private final String npsCode;
  private final String npsName;
  private final String unifiedCode;
  private final String unifiedName;
  private final List<Area> areas;

  Region(String npsCode, String npsName, String unifiedCode, String unifiedName, Area... areas) {
    this.npsCode = npsCode;
    this.npsName = npsName;
    this.unifiedCode = unifiedCode;
    this.unifiedName = unifiedName;
    this.areas = List.of(areas);
  }

  /**
   * The providers of one or two of the region's areas, each with its share of the cases and its towns,
   * the one working the courts first: under Transforming Rehabilitation the NPS division, in every
   * area's towns, then each area's CRC; in a unified region, the region alone, in every area's towns.
   */
  List<ProviderArea> providerAreas(RegionModel model, int areaCount) {
    List<Area> chosen = areas.subList(0, Math.min(areaCount, areas.size()));
    List<Town> towns = chosen.stream().flatMap(area -> area.towns().stream()).toList();
    if (model == RegionModel.UNIFIED_SERVICE) {
      return List.of(new ProviderArea(new Provider(unifiedCode, unifiedName, ProviderType.UNIFIED_REGION), 1, towns));
    }
    double weights = chosen.stream().mapToInt(Area::caseWeight).sum();
    List<ProviderArea> providers = new ArrayList<>();
    providers.add(new ProviderArea(new Provider(npsCode, npsName, ProviderType.NPS_DIVISION), NPS_CASE_SHARE, towns));
    for (Area area : chosen) {
      providers.add(new ProviderArea(new Provider(area.crcCode(), area.crcName(), ProviderType.CRC),
          (1 - NPS_CASE_SHARE) * area.caseWeight() / weights, area.towns()));
    }
    return providers;
  }

  /** One provider of the region: its share of the region's cases and the towns it may work in. */
  record ProviderArea(Provider provider, double caseShare, List<Town> towns) {
    String code() {
      return provider.code();
    }
  }
}
