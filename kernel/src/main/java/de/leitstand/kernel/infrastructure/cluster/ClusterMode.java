package de.leitstand.kernel.infrastructure.cluster;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether this node runs as a member of a Leitstand cluster ({@code LEITSTAND_CLUSTER=true}), and
 * under which names. The data grid itself is Payara Micro's (started by {@code cluster/leitstand-node.sh}
 * with {@code -Dpayaramicro.*} options); this class only reads the settings the application needs.
 * A cluster needs a database all nodes share: the embedded H2 file is refused.
 */
public final class ClusterMode {

    public static final String ENABLED = "leitstand.cluster";
    public static final String NAME = "leitstand.cluster.name";
    public static final String NODE = "leitstand.node.name";

    private ClusterMode() {
    }

    /** @return true when {@code LEITSTAND_CLUSTER} (or {@code -Dleitstand.cluster}) is {@code true} */
    public static boolean enabled() {
        return config().getOptionalValue(ENABLED, Boolean.class).orElse(false);
    }

    /** @return the configured cluster name, or Payara's ({@code payaramicro.clusterName}) */
    public static String clusterName() {
        return config().getOptionalValue(NAME, String.class)
                .or(() -> config().getOptionalValue("payaramicro.clusterName", String.class))
                .orElse("leitstand");
    }

    /** @return this node's name: {@code LEITSTAND_NODE_NAME}, else Payara's instance name, else the host name */
    public static String nodeName() {
        return config().getOptionalValue(NODE, String.class)
                .or(() -> config().getOptionalValue("payaramicro.name", String.class))
                .orElseGet(ClusterMode::hostName);
    }

    /**
     * Refuses cluster mode on a database the nodes cannot share.
     *
     * @param databaseUrl the JDBC URL in use
     * @throws IllegalStateException in cluster mode with anything but PostgreSQL
     */
    public static void requireSharedDatabase(String databaseUrl) {
        requireSharedDatabase(enabled(), databaseUrl);
    }

    static void requireSharedDatabase(boolean cluster, String databaseUrl) {
        if (cluster && (databaseUrl == null || !databaseUrl.startsWith("jdbc:postgresql:"))) {
            throw new IllegalStateException("Cluster-Modus (LEITSTAND_CLUSTER=true) braucht PostgreSQL, das alle Knoten "
                    + "gemeinsam nutzen; die eingebettete H2-Datenbank gehört nur einem Knoten. "
                    + "Bitte LEITSTAND_DB_URL=jdbc:postgresql://… setzen oder LEITSTAND_CLUSTER=false.");
        }
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "leitstand";
        }
    }
}
