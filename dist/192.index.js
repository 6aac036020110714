export const id = 192;
export const ids = [192];
export const modules = {

/***/ 45192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createS3Client: () => (/* binding */ createS3Client),
/* harmony export */   s3ObjectStore: () => (/* binding */ s3ObjectStore)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53711);
/* harmony import */ var _http_get_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64583);


function createS3Client(options = {}) {
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .S3Client */ .YxF({
        maxAttempts: options.sdkMaxAttempts ?? 3,
        forcePathStyle: options.forcePathStyle ?? options.endpoint !== undefined,
        ...(options.region !== undefined ? { region: options.region } : {}),
        ...(options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
        ...(options.credentials !== undefined ? { credentials: options.credentials } : {}),
    });
}
/** An ObjectStore over an S3 client; `destroy()` closes its sockets (call it in `finally`). */
function s3ObjectStore(client) {
    return {
        async get(bucket, key, limits = {}) {
            const signal = limits.signal ? { abortSignal: limits.signal } : {};
            const res = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }), signal);
            if (res.Body === undefined)
                return Buffer.alloc(0);
            return readLimited(res.Body, res.ContentLength, limits.maxBytes);
        },
        async *list(bucket, prefix) {
            let token;
            do {
                const res = await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .ListObjectsV2Command */ .u6x({
                    Bucket: bucket,
                    Prefix: prefix,
                    ...(token !== undefined ? { ContinuationToken: token } : {}),
                }));
                for (const obj of res.Contents ?? [])
                    if (obj.Key !== undefined)
                        yield obj.Key;
                token = res.IsTruncated ? res.NextContinuationToken : undefined;
            } while (token !== undefined);
        },
        async put(bucket, key, body, contentType) {
            await client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .PutObjectCommand */ .wKZ({
                Bucket: bucket,
                Key: key,
                Body: body,
                ...(contentType !== undefined ? { ContentType: contentType } : {}),
            }));
        },
        destroy() {
            client.destroy();
        },
    };
}
/** The whole stream, unless it is (or declares to be) larger than `maxBytes`: then it is destroyed unread. */
async function readLimited(body, declared, maxBytes = Infinity) {
    if (declared !== undefined && declared > maxBytes) {
        body.destroy();
        throw new _http_get_js__WEBPACK_IMPORTED_MODULE_0__/* .BodyTooLargeError */ .Au(maxBytes);
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > maxBytes) {
            body.destroy();
            throw new _http_get_js__WEBPACK_IMPORTED_MODULE_0__/* .BodyTooLargeError */ .Au(maxBytes);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, size);
}


/***/ })

};
