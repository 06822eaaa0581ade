/**
 * Operations: who may scrape the Prometheus metrics, and the cache the modules' gauges share. The
 * meters themselves live in the modules that own the data (complaint, sla, notification, intake).
 */
package org.anju.platform.ops;
