/**
 * Implementation helpers shared by mim-core's packages: argument checks with field-naming messages and the style
 * in which Immutables generates builders. Not exported by the module; hosts must not depend on it.
 */
@NullMarked
package dev.mim.core.internal;

import org.jspecify.annotations.NullMarked;
