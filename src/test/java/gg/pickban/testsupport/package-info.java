/** Test plumbing: real Payara Micro processes with the WAR, the loopback PostgreSQL and Redis, an HTTP client. */
package gg.pickban.testsupport;
