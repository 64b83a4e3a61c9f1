/**
 * Keeps the in-memory indexes of several application nodes on one PostgreSQL database in step: a node announces
 * the ids of what it changed in the changing transaction ({@link com.researchbridge.cluster.ChangeNotices}); every
 * other node hears of it through PostgreSQL {@code LISTEN/NOTIFY}, reads the change from the database and
 * publishes {@link com.researchbridge.cluster.RemoteChange} locally, once and in commit order. On the embedded H2
 * database (one node) it does nothing. Depends on no other module.
 */
package com.researchbridge.cluster;
