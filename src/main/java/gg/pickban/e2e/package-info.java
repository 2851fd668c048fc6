/** The data the frontend's end-to-end tests assume (docs/e2e-seed.md): wipe and seed, and the test-only lookups and helpers. */
package gg.pickban.e2e;
