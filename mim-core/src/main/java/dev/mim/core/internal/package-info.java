/**
 * Implementation helpers shared by mim-core's packages: argument checks with field-naming messages and a
 * small persistent list. Not exported by the module; hosts must not depend on it.
 */
package dev.mim.core.internal;
