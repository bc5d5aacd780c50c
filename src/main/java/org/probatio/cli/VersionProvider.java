package org.probatio.cli;

import picocli.CommandLine.IVersionProvider;

class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"probatio " + (version != null ? version : "development build")};
  }
}
