/**
 * The public face of major incidents: a status page's components and their status, computed from the open
 * incidents that affect them and the maintenance windows under way ({@link dev.mim.core.status.StatusPage}), and
 * the public updates, in the states status pages use, tied to each incident's lifecycle
 * ({@link dev.mim.core.status.StatusUpdates}). mim computes them; the host publishes them.
 */
@NullMarked
package dev.mim.core.status;

import org.jspecify.annotations.NullMarked;
