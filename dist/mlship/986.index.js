export const id = 986;
export const ids = [986];
export const modules = {

/***/ 67605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCredential: () => (/* binding */ createCredential)
/* harmony export */ });
/* harmony import */ var _azure_identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23952);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);


const KNOWN_AUTHORITIES = ['login.microsoftonline.com', 'login.microsoftonline.us', 'login.chinacloudapi.cn', 'login.microsoftonline.de'];
/**
 * Picks a credential, most specific first: GitHub OIDC federation (no stored secret), a service
 * principal secret, then an `azure/login` session. Every token is masked as soon as it is issued.
 * Never DefaultAzureCredential: it probes the instance-metadata address, which is neither
 * expected on a runner nor reachable offline.
 * @throws ConfigError saying which of the three ways to set up.
 */
function createCredential(settings, logger) {
    const options = settings.authorityHost
        ? { authorityHost: settings.authorityHost, disableInstanceDiscovery: !KNOWN_AUTHORITIES.includes(new URL(settings.authorityHost).hostname) }
        : {};
    let credential;
    let kind;
    if (settings.clientId && settings.tenantId && settings.oidcAssertion) {
        credential = new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ClientAssertionCredential */ .XI(settings.tenantId, settings.clientId, settings.oidcAssertion, options);
        kind = 'GitHub OIDC federated credential';
    }
    else if (settings.clientId && settings.tenantId && settings.clientSecret) {
        logger.secret(settings.clientSecret);
        credential = new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .ClientSecretCredential */ .HC(settings.tenantId, settings.clientId, settings.clientSecret, options);
        kind = 'service principal secret';
    }
    else if (settings.useAzureCli) {
        credential = new _azure_identity__WEBPACK_IMPORTED_MODULE_0__/* .AzureCliCredential */ .nG(settings.tenantId ? { tenantId: settings.tenantId } : {});
        kind = 'azure/login session';
    }
    else {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('no Azure credentials. Set up one of: (1) GitHub OIDC: give client-id, tenant-id and subscription-id, and grant the job `permissions: id-token: write`; ' +
            '(2) a service principal: AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET in the environment; (3) an azure/login step before this one.');
    }
    logger.debug(`Authenticating with a ${kind}.`);
    return masked(credential, logger, kind, settings.authorityHost);
}
/**
 * What to do about an Entra refusal mlship can explain. AADSTS700213/70021: no federated
 * credential of the app names the subject GitHub gave this job, which is
 * `repo:<owner>/<repo>:environment:<name>` for a job with `environment:`, else `...:pull_request` or
 * `...:ref:<ref>` (GitHub's OIDC docs; Azure/login#379).
 */
function signInAdvice(message, authorityHost) {
    // MSAL's word for an authority nothing answers at; on loopback that is a stopped emulator.
    if (authorityHost &&
        /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(authorityHost) &&
        /endpoints_resolution_error|ECONNREFUSED|fetch failed/i.test(message))
        return (`. Nothing answers at ${authorityHost}: the mlship emulator these settings point at (an env file from \`mlship emulator --env-out\`) is not running. ` +
            'Start it again and load the file it writes (each start has a new port and certificate), or unset MLSHIP_ARM_ENDPOINT and AZURE_AUTHORITY_HOST to use Azure.');
    if (/AADSTS(700213|70021)\b/.test(message))
        return ('. The identity does not trust this job: its federated credentials name other subjects. A job in a GitHub environment presents ' +
            "`repo:<owner>/<repo>:environment:<name>`; run the job in the environment this identity is for, or sign in with that environment's identity (its AZURE_CLIENT_ID).");
    return '';
}
function masked(inner, logger, kind, authorityHost) {
    return {
        getToken: async (scopes, options) => {
            try {
                const token = await inner.getToken(scopes, options);
                if (token)
                    logger.secret(token.token);
                return token;
            }
            catch (err) {
                const message = err.message.split('\n')[0];
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`Azure sign-in with the ${kind} failed: ${message}${signInAdvice(message, authorityHost)}`);
            }
        },
    };
}


/***/ })

};
