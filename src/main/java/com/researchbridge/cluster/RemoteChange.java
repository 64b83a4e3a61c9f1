package com.researchbridge.cluster;

/**
 * Another node committed a change: published on this node (on the listener thread, outside any transaction) once
 * per change and in commit order. Listeners re-read what they need from the database.
 */
public record RemoteChange(long seq, ChangeKind kind, long ref) {
}
