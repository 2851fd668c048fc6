/** The tango joke: every logged-in user can buy tangoes, one at a time, and none is ever lost. */
package gg.pickban.jokes;
