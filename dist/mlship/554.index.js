export const id = 554;
export const ids = [554];
export const modules = {

/***/ 24554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAzureBatch: () => (/* binding */ createAzureBatch)
/* harmony export */ });
/**
 * Batch endpoints on Azure ML compute (`amlcompute`) for a workspace. Azure's SDKs are loaded here,
 * only when a batch deployment goes to Azure.
 */
async function createAzureBatch(ctx, settings) {
    const [{ ArmClient }, { AzureAssets }, { createCredential }, { AzureBatch }] = await Promise.all([
        __webpack_require__.e(/* import() */ 489).then(__webpack_require__.bind(__webpack_require__, 88489)),
        Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(53), __webpack_require__.e(222)]).then(__webpack_require__.bind(__webpack_require__, 48222)),
        Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(952), __webpack_require__.e(986)]).then(__webpack_require__.bind(__webpack_require__, 67605)),
        Promise.all(/* import() */[__webpack_require__.e(192), __webpack_require__.e(892)]).then(__webpack_require__.bind(__webpack_require__, 16892)),
    ]);
    const credential = createCredential(settings.auth, ctx.logger);
    const client = new ArmClient({
        endpoint: settings.armEndpoint,
        credential,
        logger: ctx.logger,
        clock: ctx.clock,
        subscriptionId: settings.subscriptionId,
        resourceGroup: settings.resourceGroup,
        workspace: settings.workspace,
        poll: settings.poll,
    });
    return new AzureBatch({
        client,
        assets: new AzureAssets(client, ctx.logger, { credential, blobEndpoint: settings.blobEndpoint }),
        location: settings.location,
    });
}


/***/ })

};
