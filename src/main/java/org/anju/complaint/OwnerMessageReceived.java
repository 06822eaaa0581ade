package org.anju.complaint;

/** The owner added to an open complaint (a reply mail, a WeChat message, the same complaint on another channel). */
public record OwnerMessageReceived(long complaintId, Channel channel, String text) {
}
