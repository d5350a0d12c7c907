package dev.wharf.worker;

import dev.wharf.control.DbPoolStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;

/**
 * The app's HikariCP pools, found through the MXBeans Hikari registers when the app sets
 * {@code registerMbeans=true}: {@code com.zaxxer.hikari:type=Pool (NAME)} for the live numbers and
 * {@code com.zaxxer.hikari:type=PoolConfig (NAME)} for {@code maximumPoolSize}.
 *
 * <p>JMX alone, by attribute name: the engine never loads a Hikari class, so it works whichever
 * loader (and whichever Hikari version) the app brought. Found afresh at each sample, so a pool the
 * lifespan opens late, closes, or opens anew after a reload is seen as it is. The worker never
 * creates the platform MBean server itself (its beans cost hundreds of classes): a Hikari that
 * registered its beans has created it, and {@link MBeanServerFactory#findMBeanServer} finds it; no
 * server means no pools.
 *
 * <p>The whole domain is queried and the {@code type} read back, rather than matching a name pattern,
 * so a pool name with characters a pattern would treat as wildcards ({@code *}, {@code ?}) is found too.
 */
final class HikariPools {

    private static final String DOMAIN = "com.zaxxer.hikari";
    private static final String POOL = "Pool (";
    private static final String CONFIG = "PoolConfig (";
    private static final String[] LIVE = {
        "ActiveConnections", "IdleConnections", "TotalConnections", "ThreadsAwaitingConnection"
    };
    private static final String[] MAX = {"MaximumPoolSize"};

    /** Made at the first sample that finds an MBean server: a worker without one never loads JMX's names. */
    private ObjectName everyHikariBean;

    /** Every pool the app registered, by name; empty without any. */
    List<DbPoolStats> sample() {
        List<MBeanServer> servers = MBeanServerFactory.findMBeanServer(null);
        if (servers.isEmpty()) {
            return List.of();
        }
        if (everyHikariBean == null) {
            try {
                everyHikariBean = ObjectName.getInstance(DOMAIN + ":*");
            } catch (JMException e) {
                throw new IllegalStateException(e);
            }
        }
        List<DbPoolStats> pools = new ArrayList<>();
        for (MBeanServer server : servers) {
            Map<String, ObjectName> live = new HashMap<>();
            Map<String, ObjectName> configs = new HashMap<>();
            for (ObjectName bean : server.queryNames(everyHikariBean, null)) {
                String type = bean.getKeyProperty("type");
                if (type == null || !type.endsWith(")")) {
                    continue;
                }
                if (type.startsWith(POOL)) {
                    live.put(type.substring(POOL.length(), type.length() - 1), bean);
                } else if (type.startsWith(CONFIG)) {
                    configs.put(type.substring(CONFIG.length(), type.length() - 1), bean);
                }
            }
            live.forEach((name, bean) -> {
                try {
                    Map<String, Integer> numbers = ints(server.getAttributes(bean, LIVE));
                    ObjectName config = configs.get(name);
                    int max = config == null
                            ? -1
                            : ints(server.getAttributes(config, MAX)).getOrDefault(MAX[0], -1);
                    pools.add(new DbPoolStats(
                            name,
                            numbers.getOrDefault("ActiveConnections", 0),
                            numbers.getOrDefault("IdleConnections", 0),
                            numbers.getOrDefault("TotalConnections", 0),
                            max,
                            numbers.getOrDefault("ThreadsAwaitingConnection", 0)));
                } catch (JMException e) {
                    // The pool closed between the query and the read: it is gone from the next sample.
                }
            });
        }
        pools.sort(Comparator.comparing(DbPoolStats::name));
        return pools;
    }

    private static Map<String, Integer> ints(AttributeList attributes) {
        Map<String, Integer> values = new HashMap<>();
        for (Attribute attribute : attributes.asList()) {
            if (attribute.getValue() instanceof Number number) {
                values.put(attribute.getName(), number.intValue());
            }
        }
        return values;
    }
}
