package org.partnershipgraph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community in-process with Bolt on 127.0.0.1, sized for a small shared machine.
 * Configuration comes from the environment so that npm scripts and tests can choose port, home and password.
 */
public final class LocalNeo4j {
  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path home = Path.of(env("NEO4J_HOME_DIR", ".data/neo4j")).toAbsolutePath();
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    String password = env("NEO4J_PASSWORD", "partnership-graph");
    Files.createDirectories(home);

    Path conf = Path.of(env("NEO4J_CONF", "neo4j/neo4j.conf")).toAbsolutePath();
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .loadPropertiesFromFile(conf)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.pagecache_memory,
            ByteUnit.mebiBytes(Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"))))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Stopping local Neo4j...");
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    setInitialPassword(dbms, password);
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("Neo4j ready at bolt://127.0.0.1:%d (home %s, %.1f s)%n", port, home, seconds);
    System.out.flush();
    stopped.await();
  }

  /** The built-in user starts with password "neo4j" and must change it; do that once, on the first start only. */
  private static void setInitialPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    boolean mustSet = system.executeTransactionally(
        "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' RETURN passwordChangeRequired AS required",
        Map.of(),
        result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("required")));
    if (mustSet) {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
      System.out.println("Set the password of user neo4j (first start).");
    }
  }
}
