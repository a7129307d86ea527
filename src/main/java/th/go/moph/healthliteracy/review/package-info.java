/**
 * The medical review: reviewers' decisions (approve with a sign-off, or request changes) and what awaits each
 * reviewer. The rules themselves live on the content aggregate; this context drives them.
 */
package th.go.moph.healthliteracy.review;
