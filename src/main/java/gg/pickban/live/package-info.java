/** Live sockets: the groups they watch, their outboxes, the bus that carries group messages between instances, per-key tickers. */
package gg.pickban.live;
