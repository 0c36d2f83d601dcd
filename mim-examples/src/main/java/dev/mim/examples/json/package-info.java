/**
 * Events to JSON and back with Jackson 3, as a host stores them. mim needs only jackson-annotations; the host
 * brings databind. The tests run this package on the module path, so that mistakes in mim's {@code module-info}
 * (a package not opened to Jackson) show.
 */
package dev.mim.examples.json;
