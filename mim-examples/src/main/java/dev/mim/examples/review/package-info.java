/** The post-incident review of the practice's Monday-morning example, rendered as README shows it. */
package dev.mim.examples.review;
