/**
 * Portal: what owners see — their sign-in by mobile and one-time code or from WeChat (a session
 * for the mobile pages, a bearer token for the app and the mini-program) and their H5 pages. It
 * sits on the top floor and calls the other
 * modules' public APIs; no module depends on it (the API's filter chain asks the platform's
 * {@code OwnerTokens}, which this module implements).
 */
@ApplicationModule(displayName = "Portal")
package org.anju.portal;

import org.springframework.modulith.ApplicationModule;
