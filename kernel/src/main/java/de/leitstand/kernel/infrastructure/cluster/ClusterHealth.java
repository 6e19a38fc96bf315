package de.leitstand.kernel.infrastructure.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Each node names itself in {@code /health}: node name, cluster mode, and the members of the data
 * grid it sees. Always UP: a single surviving member serves on; a member count below the expected
 * one is for monitoring to alert on.
 */
@Liveness
@ApplicationScoped
public class ClusterHealth implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("cluster")
                .withData("node", ClusterMode.nodeName())
                .withData("mode", ClusterMode.enabled() ? "cluster" : "single");
        DataGrid.state().ifPresentOrElse(
                grid -> response.withData("members", grid.members()).withData("clusterName", grid.clusterName())
                        .withData("backupsComplete", grid.safe()),
                () -> response.withData("members", 1));
        return response.up().build();
    }
}
