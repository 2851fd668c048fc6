/** The staff site at /admin/: Jakarta Faces pages over the other components' own rules, every change they make audited. */
package gg.pickban.admin;
