package gg.pickban.cluster.control;

/** In one process both "instances" are the one counter. */
class LocalConnectionCountsTest extends ConnectionCountsContract {

    private final LocalConnectionCounts counts = new LocalConnectionCounts();

    @Override
    ConnectionCounts instanceA() {
        return counts;
    }

    @Override
    ConnectionCounts instanceB() {
        return counts;
    }
}
