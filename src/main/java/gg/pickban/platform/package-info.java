/** Cross-cutting plumbing every component shares: JAX-RS activation, JSON settings, error shapes, the database. */
package gg.pickban.platform;
