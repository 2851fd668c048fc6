/** Who is calling: users, Discord login, sessions and CSRF, roles and the permission matrix. */
package gg.pickban.identity;
