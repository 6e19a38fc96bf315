package de.leitstand.kernel.infrastructure.cluster;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Collection;
import java.util.Optional;

/**
 * A read-only look at Payara's Domain Data Grid (the Hazelcast instance Payara binds at
 * {@code payara/Hazelcast}): how many members it has and under which cluster name. Read by
 * reflection so that the WAR needs no Hazelcast API at compile time and still deploys where the
 * grid is switched off.
 */
public final class DataGrid {

    static final String JNDI_NAME = "payara/Hazelcast";

    /**
     * What the grid says about itself.
     *
     * @param members     members this node sees
     * @param clusterName the grid's cluster name
     * @param safe        every partition has its backups (no migration running): losing one member loses no session
     */
    public record State(int members, String clusterName, boolean safe) {
    }

    private DataGrid() {
    }

    /** @return the grid's state, empty when Payara runs without a data grid */
    public static Optional<State> state() {
        try {
            Object instance = new InitialContext().lookup(JNDI_NAME);
            ClassLoader loader = instance.getClass().getClassLoader();
            Class<?> instanceType = Class.forName("com.hazelcast.core.HazelcastInstance", false, loader);
            Object lifecycle = instanceType.getMethod("getLifecycleService").invoke(instance);
            if (!(Boolean) Class.forName("com.hazelcast.core.LifecycleService", false, loader)
                    .getMethod("isRunning").invoke(lifecycle)) {
                return Optional.empty();
            }
            Object cluster = instanceType.getMethod("getCluster").invoke(instance);
            Collection<?> members = (Collection<?>) Class.forName("com.hazelcast.cluster.Cluster", false, loader)
                    .getMethod("getMembers").invoke(cluster);
            Object config = instanceType.getMethod("getConfig").invoke(instance);
            String name = (String) config.getClass().getMethod("getClusterName").invoke(config);
            Object partitions = instanceType.getMethod("getPartitionService").invoke(instance);
            boolean safe = (Boolean) Class.forName("com.hazelcast.partition.PartitionService", false, loader)
                    .getMethod("isClusterSafe").invoke(partitions);
            return Optional.of(new State(members.size(), name, safe));
        } catch (NamingException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
