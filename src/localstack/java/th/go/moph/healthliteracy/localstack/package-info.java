/**
 * The local stack: embedded PostgreSQL, a local Elasticsearch node and Payara Micro, started by
 * {@code deploy/local/run} and by the integration tests. Never part of the WAR; production points at real services.
 */
package th.go.moph.healthliteracy.localstack;
