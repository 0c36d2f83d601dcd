/**
 * Implementation helpers shared by mim-core's packages: argument checks with field-naming messages and the style
 * in which Immutables generates builders. Not exported by the module; hosts must not depend on it.
 */
package dev.mim.core.internal;
