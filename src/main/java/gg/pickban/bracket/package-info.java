/** A tournament's bracket: its games' places, saved by reconciling the editor's elements, and winners advanced. */
package gg.pickban.bracket;
