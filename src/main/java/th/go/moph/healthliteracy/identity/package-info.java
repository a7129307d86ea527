/**
 * Users, agencies and role grants, and signing in. Offers the other contexts the signed-in user's opaque id,
 * agency and grants; names and e-mail addresses stay here (PDPA data minimisation).
 */
package th.go.moph.healthliteracy.identity;
