/** What several instances share through Redis (locks, counters, fan-out), with in-process stand-ins for a single instance. */
package gg.pickban.cluster;
