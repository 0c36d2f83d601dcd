/**
 * A tenant's policy set as a document an administrator edits and a host stores: {@link
 * dev.mim.config.PolicyDocuments} reads one (JSON or YAML) strictly, reporting every problem at once with its JSON
 * Pointer, and writes one back; {@link dev.mim.config.PolicyDocument} holds the document's id, version and the
 * {@link dev.mim.core.spi.PolicySet} it describes.
 */
@NullMarked
package dev.mim.config;

import org.jspecify.annotations.NullMarked;
